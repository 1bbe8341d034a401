// Tables the core builds from its own rules when they are first needed: the literal automata of the
// reason phrases and of the receivers' signatures, and the anchor pass's index. Building them is most
// of what a first email costs (~35 ms of a one-bounce run of the command, 2026-12-07), and every
// process, every worker thread, builds them again. A host that can keep data between its runs (the
// command's bin keeps a file beside its script: src/cli/kept-tables.ts) gives the core a keeper; the
// library and the extension give none, and the tables are built as before.
//
// Sound by construction: a table is kept under the whole text of the inputs it was built from (each
// pattern's source and flags, each literal, in order), and given back only for those very inputs; a
// keeper gives back only what the same program built (the bin's file is for its script's length and
// CRC-32). Tables are plain data (typed arrays, arrays, Maps, numbers, strings), never a result of
// any email: nothing of an input is kept.

/** Where built tables may be kept between runs of the same program. */
export interface TableKeeper {
	/** The tables kept for `kind` built from exactly `inputs`, or undefined. */
	get(kind: string, inputs: string): unknown;
	/** Tables just built from `inputs`: the keeper may keep them. */
	keep(kind: string, inputs: string, tables: unknown): void;
}

let keeper: TableKeeper | undefined;

/** Sets (or, with undefined, removes) the keeper the builders ask. */
export function keepTablesIn(next: TableKeeper | undefined): void {
	keeper = next;
}

/**
 * The tables of `kind` for the inputs that `inputs()` writes out whole: the keeper's, else built (and
 * given to the keeper). `inputs` is asked only when there is a keeper.
 */
export function builtTables<T>(kind: string, inputs: () => string, build: () => T): T {
	if (!keeper) return build();
	const text = inputs();
	const kept = keeper.get(kind, text);
	if (kept !== undefined) return kept as T;
	const tables = build();
	keeper.keep(kind, text, tables);
	return tables;
}

/** A pattern as the inputs of a table write it (within JSON): its source and its flags. */
export function patternInputs(pattern: RegExp): [string, string] {
	return [pattern.source, pattern.flags];
}
