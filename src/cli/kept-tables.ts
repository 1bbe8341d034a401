// The command's keeper of the core's built tables (src/core/kept-tables.ts): a file beside its script,
// dist-cli/bounce-decoder.tables, as the loader keeps V8's code cache beside it (scripts/cli-bin.mjs).
// Every thread of a run of the bin reads it when the core first asks for a table (a run that needs
// none reads nothing), and makes each table from its bytes when it is asked for; a table the file did
// not hold is built, and the main thread writes the file again at the run's end with it (the build's
// warm-up run writes the first one). In a folder this user cannot
// write (a global install) no file is made, and every run builds its tables as without one.
//
// Why it is sound: the file starts with the script's length and CRC-32 (the loader's own id of it,
// passed in) and the CRC-32 of what follows, so it is read only by the script that wrote it and only
// whole; the core gives a table back only for the very inputs it was built from. Anything else (a
// file of another build, cut, changed, unreadable) is as if there were none: the tables are built.
import {closeSync, openSync, readFileSync, renameSync, rmSync, writeSync} from 'node:fs';
import {deserialize, serialize} from 'node:v8';
import {fileURLToPath} from 'node:url';
import {isMainThread} from 'node:worker_threads';
import {crc32} from 'node:zlib';
import {keepTablesIn, type TableKeeper} from '../core';

export const TABLES = 'bounce-decoder.tables';

interface Entry {
	kind: string;
	inputs: string;
	/** The tables' bytes as the file holds them (undefined for tables built in this run). */
	bytes?: Uint8Array;
	tables?: unknown;
}

/** The header of a file of `payload` for the script `scriptId`. */
function header(scriptId: string, payload: Uint8Array): string {
	return `${scriptId}${crc32(payload).toString(16).padStart(8, '0')};`;
}

export class TableFile implements TableKeeper {
	/** The file's entries, read at the first table asked for (a run that needs none reads nothing). */
	private entries: Entry[] | undefined;
	private added = false;

	constructor(
		private readonly path: string,
		private readonly scriptId: string,
	) {}

	private read(): Entry[] {
		if (this.entries) return this.entries;
		const entries: Entry[] = [];
		try {
			const data = readFileSync(this.path);
			// The header's CRC-32 is 8 hex digits and a ';'.
			const payload = data.subarray(this.scriptId.length + 9);
			if (data.toString('latin1', 0, this.scriptId.length + 9) === header(this.scriptId, payload)) {
				for (const [kind, inputs, bytes] of deserialize(payload) as [string, string, Uint8Array][]) entries.push({kind, inputs, bytes});
			}
		} catch {
			entries.length = 0;
		}
		return (this.entries = entries);
	}

	get(kind: string, inputs: string): unknown {
		const entry = this.read().find(e => e.kind === kind && e.inputs === inputs);
		if (!entry) return undefined;
		try {
			return (entry.tables ??= deserialize(entry.bytes!));
		} catch {
			return undefined;
		}
	}

	keep(kind: string, inputs: string, tables: unknown): void {
		// An entry the file held for these inputs could not be read: the new tables take its place.
		const entries = this.read();
		const at = entries.findIndex(e => e.kind === kind && e.inputs === inputs);
		entries.splice(at < 0 ? entries.length : at, at < 0 ? 0 : 1, {kind, inputs, tables});
		this.added = true;
	}

	/** Writes the file when this run built tables it did not hold (a new file, replaced whole). */
	save(): void {
		if (!this.added) return;
		const temporary = `${this.path}.${process.pid}`;
		let fd: number | undefined;
		try {
			// Opened first: in a folder this user cannot write nothing is even serialised.
			fd = openSync(temporary, 'wx');
			const payload = serialize(this.read().map(e => [e.kind, e.inputs, e.bytes ?? serialize(e.tables)]));
			writeSync(fd, Buffer.from(header(this.scriptId, payload), 'latin1'));
			writeSync(fd, payload);
			closeSync(fd);
			fd = undefined;
			renameSync(temporary, this.path);
			this.added = false;
		} catch {
			try {
				if (fd !== undefined) closeSync(fd);
				rmSync(temporary, {force: true});
			} catch {
				// Nothing more to undo: the next run builds its tables, as without a file.
			}
		}
	}
}

/**
 * The keeper of a run of the bin, whose loader gives its script's id (scripts/cli-bin.mjs); nothing
 * when the CLI runs from its source. The main thread writes the file at its end when it built tables.
 */
export function keepTables(scriptId: string | undefined, folder: URL): TableFile | undefined {
	if (scriptId === undefined) return undefined;
	const file = new TableFile(fileURLToPath(new URL(TABLES, folder)), scriptId);
	keepTablesIn(file);
	if (isMainThread) process.once('exit', () => file.save());
	return file;
}
