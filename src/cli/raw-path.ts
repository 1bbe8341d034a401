// Paths whose names are not UTF-8. A POSIX system names files by bytes, and not every name is UTF-8
// (a file saved by a Latin-1 system: `Gr\xfc\xdfe.eml`). The command reads every path as text — an
// argument, a line of --files-from, a name in a folder's listing — and there a byte that is not
// UTF-8 reads as U+FFFD: that text names nothing on disk, and the file would be "no such file" while
// it is there. So where a path holding U+FFFD names nothing, each part of it that holds one is looked
// up by bytes in its folder: the one entry whose name reads as that part is the one meant. Every
// other path is used as it is, at no cost: the lookup is made only after the file system said ENOENT.
import {readdirSync} from 'node:fs';

const LOST = '\uFFFD';
const SLASH = Buffer.from('/');

/** A path holding U+FFFD where several names of one folder read as the same text: which is meant cannot be told. */
export class AmbiguousName extends Error {}

/** The last folder listed by bytes: a folder of such names is listed once, not once per name. */
let listed: {dir: string; names: Buffer[]} | undefined;

function namesIn(dir: Buffer | string): Buffer[] {
	const key = dir.toString('latin1');
	if (listed?.dir !== key) listed = {dir: key, names: readdirSync(dir, {encoding: 'buffer'})};
	return listed.names;
}

/**
 * The bytes of the path that `text` reads as, when it holds U+FFFD and each part that holds one is
 * the name of exactly one entry of its folder; undefined when it holds none (or on Windows, whose
 * names are UTF-16) or when a part names no entry. Throws AmbiguousName where several do.
 */
export function rawPath(text: string): Buffer | undefined {
	if (!text.includes(LOST) || process.platform === 'win32') return undefined;
	// The path so far; undefined before the first part (`a/b` is read from the current folder).
	let at: Buffer | undefined;
	for (const part of text.split('/')) {
		let name: Buffer = Buffer.from(part);
		if (part.includes(LOST)) {
			let names: Buffer[];
			try {
				names = namesIn(at === undefined ? '.' : at.length === 0 ? '/' : at);
			} catch {
				return undefined;
			}
			const found = names.filter(entry => entry.toString('utf8') === part);
			if (found.length === 0) return undefined;
			if (found.length > 1) throw new AmbiguousName(`${found.length} names in its folder are not UTF-8 and read as this one: rename them to read them.`);
			name = found[0]!;
		}
		at = at === undefined ? name : Buffer.concat([at, SLASH, name]);
	}
	return at;
}

/**
 * `use(path)`; where that throws ENOENT and the path holds U+FFFD, `use` of the bytes it stands for
 * (rawPath). Anything else `use` throws is thrown as it is.
 */
export function onDisk<T>(path: string, use: (path: string | Buffer) => T): T {
	try {
		return use(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		const raw = rawPath(path);
		if (raw === undefined) throw error;
		return use(raw);
	}
}
