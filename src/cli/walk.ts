// The files below a folder, lazily and in name order: every regular file; in a Maildir (a folder that
// holds cur/ or new/), the messages of cur/ and new/ and its Maildir++ folders (.Sent). Skipped:
// dotfiles and other dot-folders (.git, .DS_Store), a Maildir's tmp/ (messages still being delivered)
// and its bookkeeping files (dovecot-uidlist…).
// A folder reached twice through symbolic links is read once.
import {readdirSync, statSync, type Dirent} from 'node:fs';
import {join} from 'node:path';

export type Entry = {path: string; error?: undefined} | {path: string; error: string};

function isDir(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** A Maildir, or a Maildir++ folder: it holds cur/ or new/. */
function isMaildir(path: string, entries?: Dirent[]): boolean {
	if (entries) return entries.some(e => (e.name === 'cur' || e.name === 'new') && (e.isDirectory() || (e.isSymbolicLink() && isDir(join(path, e.name)))));
	return isDir(join(path, 'cur')) || isDir(join(path, 'new'));
}

/** What a special file is, in words. */
export function specialKind(stats: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

/** The entries below `dir`; `seen` holds the folders already read (device and inode). */
export function* walk(dir: string, seen = new Set<string>()): Generator<Entry> {
	let entries: Dirent[];
	try {
		const stats = statSync(dir);
		const id = `${stats.dev}:${stats.ino}`;
		if (seen.has(id)) return;
		seen.add(id);
		entries = readdirSync(dir, {withFileTypes: true});
	} catch (error) {
		yield {path: dir, error: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`};
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const maildir = isMaildir(dir, entries);
	for (const entry of entries) {
		const path = join(dir, entry.name);
		let type: 'file' | 'dir' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
		let kind = '';
		if (entry.isSymbolicLink()) {
			try {
				const target = statSync(path);
				type = target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
				kind = specialKind(target);
			} catch {
				yield {path, error: 'a symbolic link to nothing (no such file or folder).'};
				continue;
			}
		} else if (type === 'other') kind = specialKind(entry);
		if (entry.name.startsWith('.')) {
			if (type === 'dir' && maildir && isMaildir(path)) yield* walk(path, seen);
			continue;
		}
		if (maildir) {
			if (type === 'dir' && (entry.name === 'cur' || entry.name === 'new')) yield* walk(path, seen);
			continue;
		}
		if (type === 'dir') yield* walk(path, seen);
		else if (type === 'file') yield {path};
		else yield {path, error: `${kind}, not a file: skipped in a folder.`};
	}
}
