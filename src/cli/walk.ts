// The files below a folder, lazily and in name order: every regular file; in a Maildir (a folder that
// holds cur/ or new/), the messages of cur/ and new/ and its Maildir++ folders (.Sent). Skipped:
// dotfiles and other dot-folders (.git, .DS_Store), a Maildir's tmp/ (messages still being delivered)
// and its bookkeeping files (dovecot-uidlist…).
// A folder reached twice through symbolic links is read once.
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {AmbiguousName, onDisk} from './raw-path';

/** What a symbolic link whose target does not exist is said to be. */
export const BROKEN_LINK = 'a symbolic link to nothing (no such file or folder).';

export type Entry = {path: string; error?: undefined} | {path: string; error: string};

function isDir(path: string): boolean {
	try {
		return onDisk(path, p => statSync(p)).isDirectory();
	} catch {
		return false;
	}
}

/** What a special file is, in words. */
export function specialKind(stats: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

// What a folder's entry is, as read with its name (Dirent), kept in one byte.
const FILE = 0;
const DIR = 1;
const LINK = 2;
const OTHER = 3;

/**
 * A folder's entries in name order, kept compact: their names, and what each is in a byte. A
 * Dirent each is ~90 bytes of heap besides its name: 9 MB for a folder of 100,000 bounces, held for
 * the whole run of it (a Maildir's cur/ may be that large). An entry that is neither a file, a
 * folder nor a link is rare: what it is in words is kept by its index.
 */
interface Listing {
	names: string[];
	kinds: Uint8Array;
	others: Map<number, string>;
}

function listing(dir: string): Listing {
	const entries = onDisk(dir, p => readdirSync(p, {withFileTypes: true}));
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const names: string[] = new Array<string>(entries.length);
	const kinds = new Uint8Array(entries.length);
	const others = new Map<number, string>();
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i]!;
		names[i] = entry.name;
		kinds[i] = entry.isFile() ? FILE : entry.isDirectory() ? DIR : entry.isSymbolicLink() ? LINK : OTHER;
		if (kinds[i] === OTHER) others.set(i, specialKind(entry));
	}
	return {names, kinds, others};
}

/** A Maildir, or a Maildir++ folder: it holds cur/ or new/ (read from its listing when it has one). */
function isMaildir(path: string, list?: Listing): boolean {
	if (!list) return isDir(join(path, 'cur')) || isDir(join(path, 'new'));
	const {names, kinds} = list;
	for (let i = 0; i < names.length; i++) {
		const name = names[i]!;
		if (name !== 'cur' && name !== 'new') continue;
		if (kinds[i] === DIR || (kinds[i] === LINK && isDir(join(path, name)))) return true;
	}
	return false;
}

/** The entries below `dir`; `seen` holds the folders already read (device and inode). */
export function* walk(dir: string, seen = new Set<string>()): Generator<Entry> {
	let list: Listing;
	try {
		const stats = onDisk(dir, p => statSync(p));
		const id = `${stats.dev}:${stats.ino}`;
		if (seen.has(id)) return;
		seen.add(id);
		list = listing(dir);
	} catch (error) {
		yield {path: dir, error: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`};
		return;
	}
	const maildir = isMaildir(dir, list);
	const {names, kinds, others} = list;
	for (let i = 0; i < names.length; i++) {
		const name = names[i]!;
		// An entry's name is let go once it is read: a long folder's listing shrinks as it is walked.
		names[i] = '';
		const path = join(dir, name);
		let type: 'file' | 'dir' | 'other' = kinds[i] === FILE ? 'file' : kinds[i] === DIR ? 'dir' : 'other';
		let kind = others.get(i) ?? '';
		if (kinds[i] === LINK) {
			try {
				const target = onDisk(path, p => statSync(p));
				type = target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
				kind = specialKind(target);
			} catch (error) {
				yield {path, error: error instanceof AmbiguousName ? error.message : BROKEN_LINK};
				continue;
			}
		}
		if (name.startsWith('.')) {
			if (type === 'dir' && maildir && isMaildir(path)) yield* walk(path, seen);
			continue;
		}
		if (maildir) {
			if (type === 'dir' && (name === 'cur' || name === 'new')) yield* walk(path, seen);
			continue;
		}
		if (type === 'dir') yield* walk(path, seen);
		else if (type === 'file') yield {path};
		else yield {path, error: `${kind}, not a file: skipped in a folder.`};
	}
}
