// Many literals found in one pass over a text: an Aho-Corasick automaton (every occurrence, overlapping
// ones included, in one linear pass), kept compact. The shallow states (the first DENSE_DEPTH
// characters of a literal) and the states where literals part each keep a row of a table (a DFA),
// one column per character that occurs in a literal (column 0, every other character, leads back to
// the root). Every other state lies on one literal's own path, with one edge forward, and keeps that
// edge and its failure state: a character other than the edge's goes on from the failure state,
// which is what its row would have held. A row for every state is 3 MB for the reason phrases' 948
// literals (~14,000 states, 74 columns), more than a core's cache: a bulk run, which comes to it
// between other work, read it at ~50 ns a character (~6 ns with nothing else running). Kept compact
// it is ~0.2 MB, read at ~33 ns a character there.
// ASCII letters of the text are read in either case (the literals are given in lower case), as a
// pattern's `i` flag reads them without the u flag; other characters are read as they are.

/** One literal and the id it reports. */
export interface Literal {
	text: string;
	id: number;
}

export interface LiteralAutomaton {
	/** One more than the highest id: the length a `seen` array needs. */
	readonly ids: number;
	/**
	 * Marks `seen[id] = 1` for each literal the text holds and returns the lowest id found (`ids`
	 * when none). Reading stops once an id below `until` is found (0: reads the whole text).
	 */
	scan(text: string, seen: Uint8Array, until: number): number;
}

/** Depth down to which every state keeps a row of the table. */
const DENSE_DEPTH = 2;

/** An ASCII upper-case letter's lower case; any other character as it is. */
function fold(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * An automaton's tables: plain data (typed arrays, a Map, numbers), which a host may keep between
 * runs of the same program (kept-tables.ts) and give back to automatonOf.
 */
export interface AutomatonTables {
	ids: number;
	/** Each ASCII character's class (an upper-case letter's is its lower case's); 0: no literal has it. */
	ascii: Uint32Array;
	/** Every character's class, by its (folded) code. */
	classOf: Map<number, number>;
	width: number;
	/** States below `rows` keep a row of `dense`; the others are on one literal's path. */
	rows: number;
	dense: Uint16Array | Int32Array;
	edgeOf: Uint16Array | Int32Array;
	forward: Uint16Array | Int32Array;
	failure: Uint16Array | Int32Array;
	/** Per state, the lowest id reported there (`ids`: none), and the ids: reportIds[reportStart[n], reportStart[n + 1]). */
	lowest: Int32Array;
	reportStart: Int32Array;
	reportIds: Int32Array;
}

export function buildLiteralAutomaton(literals: readonly Literal[]): LiteralAutomaton {
	return automatonOf(automatonTables(literals));
}

export function automatonTables(literals: readonly Literal[]): AutomatonTables {
	const ids = literals.reduce((max, {id}) => Math.max(max, id + 1), 0);
	const NONE = ids;
	const classOf = new Map<number, number>();
	const ascii = new Uint32Array(128);
	let states = 1;
	for (const {text} of literals) {
		states += text.length;
		for (let i = 0; i < text.length; i++) {
			const c = fold(text.charCodeAt(i));
			if (classOf.has(c)) continue;
			classOf.set(c, classOf.size + 1);
			if (c < 128) ascii[c] = classOf.size;
		}
	}
	// An upper-case ASCII letter reads as its lower case (the literals are read folded the same way).
	for (let c = 65; c <= 90; c++) ascii[c] = ascii[c + 32]!;
	const width = classOf.size + 1;
	// First the trie, each state's edges kept as a list (the root's also by class: it has the most).
	const firstEdge = new Int32Array(states).fill(-1);
	const nextEdge = new Int32Array(states).fill(-1);
	const edgeClass = new Int32Array(states);
	const rootEdge = new Int32Array(width);
	// The ids of the literals ending at a state, for the few states where one ends.
	const ending = new Map<number, number[]>();
	let used = 1;
	for (const {text, id} of literals) {
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			const k = classOf.get(fold(text.charCodeAt(i)))!;
			let to = state === 0 ? rootEdge[k]! : firstEdge[state]!;
			if (state !== 0) while (to >= 0 && edgeClass[to] !== k) to = nextEdge[to]!;
			if (to <= 0) {
				to = used++;
				edgeClass[to] = k;
				nextEdge[to] = firstEdge[state]!;
				firstEdge[state] = to;
				if (state === 0) rootEdge[k] = to;
			}
			state = to;
		}
		// The empty literal occurs in every text: it is reported at the root, before any character.
		const ids = ending.get(state);
		if (ids) ids.push(id);
		else ending.set(state, [id]);
	}
	// Breadth-first order, each state's depth and number of edges.
	const queue = new Int32Array(used);
	const depth = new Int32Array(used);
	const edges = new Int32Array(used);
	let tail = 1;
	for (let q = 0; q < tail; q++) {
		const state = queue[q]!;
		for (let to = firstEdge[state]!; to >= 0; to = nextEdge[to]!) {
			depth[to] = depth[state]! + 1;
			edges[state]!++;
			queue[tail++] = to;
		}
	}
	// New numbers: the states that keep a row first (the root 0), in breadth-first order; then the
	// others, one literal's path after another, so that a path is read from consecutive entries.
	const keepsRow = (state: number): boolean => state === 0 || depth[state]! <= DENSE_DEPTH || edges[state]! >= 2;
	const number = new Int32Array(used).fill(-1);
	let rows = 0;
	for (let q = 0; q < tail; q++) {
		const state = queue[q]!;
		if (keepsRow(state)) number[state] = rows++;
	}
	let next = rows;
	for (let q = 0; q < tail; q++) {
		const state = queue[q]!;
		if (!keepsRow(state)) continue;
		for (let to = firstEdge[state]!; to >= 0; to = nextEdge[to]!) {
			for (let on = to; on >= 0 && !keepsRow(on); on = firstEdge[on]!) number[on] = next++;
		}
	}
	// Breadth first, each state's failure state and, for a state that keeps one, its row: its
	// failure state's moves with its own edges over them. Its ids are its own and those of its
	// failure chain (the root's, the empty literal's, are reported once at the start), so what ends
	// at a position is read off the state alone. A move from a shallower state is read from what is
	// built already: its row, else its one edge, else on from its failure state.
	const fail = new Int32Array(used);
	const row = new Int32Array(rows * width);
	const move = (from: number, k: number): number => {
		for (let state = from; ; state = fail[state]!) {
			const n = number[state]!;
			if (n < rows) return row[n * width + k]!;
			const to = firstEdge[state]!;
			if (to >= 0 && edgeClass[to] === k) return to;
		}
	};
	for (let q = 0; q < tail; q++) {
		const state = queue[q]!;
		const f = fail[state]!;
		if (state !== 0) {
			const inherited = f === 0 ? undefined : ending.get(f);
			if (inherited) ending.set(state, [...new Set([...(ending.get(state) ?? []), ...inherited])]);
		}
		const n = number[state]!;
		if (n < rows) {
			if (state !== 0) for (let k = 1; k < width; k++) row[n * width + k] = move(f, k);
			for (let to = firstEdge[state]!; to >= 0; to = nextEdge[to]!) row[n * width + edgeClass[to]!] = to;
		}
		for (let to = firstEdge[state]!; to >= 0; to = nextEdge[to]!) fail[to] = state === 0 ? 0 : move(f, edgeClass[to]!);
	}
	const small = used <= 0xffff;
	const dense = small ? new Uint16Array(rows * width) : new Int32Array(rows * width);
	for (let i = 0; i < rows * width; i++) dense[i] = number[row[i]!]!;
	// A path state's one edge (its class; 0 at a literal's end, which no character read here has) and
	// the state it leads to, and its failure state.
	const edgeOf = width <= 0xffff ? new Uint16Array(used) : new Int32Array(used);
	const forward = small ? new Uint16Array(used) : new Int32Array(used);
	const failure = small ? new Uint16Array(used) : new Int32Array(used);
	for (let state = 0; state < used; state++) {
		const n = number[state]!;
		if (n < rows) continue;
		const to = firstEdge[state]!;
		if (to >= 0) {
			edgeOf[n] = edgeClass[to]!;
			forward[n] = number[to]!;
		}
		failure[n] = number[fail[state]!]!;
	}
	// Per state (new numbers), the ids reported there, flat: few arrays, as a keeper copies each one.
	const lowest = new Int32Array(used).fill(NONE);
	const reportStart = new Int32Array(used + 1);
	for (const [state, list] of ending) {
		reportStart[number[state]! + 1] = list.length;
		lowest[number[state]!] = Math.min(...list);
	}
	for (let n = 0; n < used; n++) reportStart[n + 1]! += reportStart[n]!;
	const reportIds = new Int32Array(reportStart[used]!);
	for (const [state, list] of ending) reportIds.set(list, reportStart[number[state]!]!);
	return {ids, ascii, classOf, width, rows, dense, edgeOf, forward, failure, lowest, reportStart, reportIds};
}

/** The automaton that reads with the tables (automatonTables's, or the same kept and given back). */
export function automatonOf(tables: AutomatonTables): LiteralAutomaton {
	const {ids, ascii, classOf, width, rows, dense, edgeOf, forward, failure, lowest, reportStart, reportIds} = tables;
	const NONE = ids;
	const mark = (state: number, seen: Uint8Array): void => {
		for (let r = reportStart[state]!, end = reportStart[state + 1]!; r < end; r++) seen[reportIds[r]!] = 1;
	};
	return {
		ids,
		scan(text: string, seen: Uint8Array, until: number): number {
			let found = NONE;
			if (lowest[0]! < NONE) {
				mark(0, seen);
				found = lowest[0]!;
			}
			let state = 0;
			const length = text.length;
			for (let i = 0; i < length && found >= until; i++) {
				// String.prototype's own method, not `text.charCodeAt`: the texts scanned come in many string
				// representations (flat, joined, sliced, one- or two-byte), and reading a property of so many
				// kinds of receiver is a generic (megamorphic) lookup in optimised code, once per character.
				const c = String.prototype.charCodeAt.call(text, i);
				const k = c < 128 ? ascii[c]! : (classOf.get(c) ?? 0);
				if (k === 0) state = 0;
				else if (state < rows) state = dense[state * width + k]!;
				else {
					// Along a literal's path: its edge, else on from its failure state, as that state's row reads.
					for (;;) {
						if (edgeOf[state] === k) {
							state = forward[state]!;
							break;
						}
						state = failure[state]!;
						if (state < rows) {
							state = dense[state * width + k]!;
							break;
						}
					}
				}
				const low = lowest[state]!;
				if (low === NONE) continue;
				mark(state, seen);
				if (low < found) found = low;
			}
			return found;
		},
	};
}
