// Stage 1 of the pipeline: the inputs of a run, as jobs, lazily and in order — arguments (codes,
// texts, files, folders, `-`) and the paths listed by `--files-from`. Only what the current item needs
// is in memory: a folder is walked as it is read, an mbox split as it is read. A regular file is a job
// by its path alone, read by whichever thread decodes it (fileItems), or in a long one-thread run by a
// reader thread ahead of it (prefetch.ts); everything else is an item.
import {closeSync, lstatSync, openSync, statSync} from 'node:fs';
import {argumentItem, type Item} from './inputs';
import {lines} from './files-from';
import {chunks, sourceItems} from './read';
import {BROKEN_LINK, specialKind, walk} from './walk';
import {AmbiguousName, onDisk} from './raw-path';

export type Source = {type: 'arg'; value: string} | {type: 'files-from'; value: string};

/** A regular file to read (its items: fileItems), or an item already read. Plain data, for any thread. */
export type Job = Item | {type: 'path'; label: string};

const STDIN = 0;

function errnoText(error: unknown): string {
	if (error instanceof AmbiguousName) return error.message;
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder.';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot read it: permission denied.';
	return `cannot read it (${code ?? (error as Error).message}).`;
}

/**
 * The items of one file or named pipe (opened here, closed when its items are done). `regular`: the
 * path was a regular file when the inputs were enumerated (a job's path always is).
 */
export function* fileItems(path: string, regular = true): Generator<Item> {
	let fd: number;
	try {
		fd = onDisk(path, p => openSync(p, 'r'));
	} catch (error) {
		yield {label: path, type: 'error', error: errnoText(error)};
		return;
	}
	try {
		yield* sourceItems(path, fd, regular);
	} catch (error) {
		yield {label: path, type: 'error', error: errnoText(error)};
	} finally {
		closeSync(fd);
	}
}

/** The content bytes a job holds already (0 for a path, whose file is read later). */
export function contentBytes(job: Job): number {
	return job.type === 'content' ? job.value.length : 0;
}

/** The items of a job. */
export function itemsOf(job: Job): Iterable<Item> {
	return job.type === 'path' ? fileItems(job.label) : [job];
}

/** The jobs below an existing path: a folder's files, a file, a named pipe's content. */
function* pathJobs(path: string): Generator<Job> {
	let stats;
	try {
		stats = onDisk(path, p => statSync(p));
	} catch (error) {
		yield {label: path, type: 'error', error: isLink(path) ? BROKEN_LINK : errnoText(error)};
		return;
	}
	if (stats.isDirectory()) {
		for (const entry of walk(path)) {
			if (entry.error !== undefined) yield {label: entry.path, type: 'error', error: entry.error};
			else yield {type: 'path', label: entry.path};
		}
	} else if (stats.isFile()) yield {type: 'path', label: path};
	else if (stats.isFIFO() || stats.isCharacterDevice()) yield* fileItems(path, false);
	else yield {label: path, type: 'error', error: `${specialKind(stats)}, not a file: cannot be read.`};
}

/** True when the path is a symbolic link (whatever it leads to, if anything). */
function isLink(path: string): boolean {
	try {
		return onDisk(path, p => lstatSync(p)).isSymbolicLink();
	} catch {
		return false;
	}
}

/** True when the argument names something on disk (a text argument is not stat-ed twice). */
function exists(arg: string): boolean {
	try {
		onDisk(arg, p => statSync(p));
		return true;
	} catch (error) {
		// A path that exists but cannot be looked into (EACCES), whose name can be several (AmbiguousName)
		// or that is a link to nothing, is reported by pathJobs.
		return error instanceof AmbiguousName || (error as NodeJS.ErrnoException).code === 'EACCES' || isLink(arg);
	}
}

/** Every job of a run, in the order of the sources. */
export function* enumerate(sources: Iterable<Source>): Generator<Job> {
	for (const source of sources) {
		if (source.type === 'files-from') {
			const listed = source.value === '-' ? null : onDisk(source.value, p => openSync(p, 'r'));
			try {
				for (const line of lines(chunks(listed ?? STDIN))) if (line.trim() !== '') yield* pathJobs(line);
			} finally {
				if (listed !== null) closeSync(listed);
			}
		} else if (source.value === '-') yield* sourceItems('-', STDIN);
		else if (exists(source.value)) yield* pathJobs(source.value);
		else yield argumentItem(source.value);
	}
}
