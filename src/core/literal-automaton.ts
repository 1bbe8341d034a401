// Many literals found in one pass over a text: an Aho-Corasick automaton (every occurrence, overlapping
// ones included, in one linear pass), kept as a table (a DFA) with one row per state and one column
// per character that occurs in a literal (column 0, every other character, leads back to the root).
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

/** An ASCII upper-case letter's lower case; any other character as it is. */
function fold(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

export function buildLiteralAutomaton(literals: readonly Literal[]): LiteralAutomaton {
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
	// First the trie (0: no edge, as no trie edge leads to the root), each state's edges kept as a list.
	const table = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
	const firstEdge = new Int32Array(states).fill(-1);
	const nextEdge = new Int32Array(states).fill(-1);
	const lastEdge = new Int32Array(states).fill(-1);
	const edgeClass = new Int32Array(states);
	// The ids of the literals ending at a state, for the few states where one ends.
	const ending = new Map<number, number[]>();
	let used = 1;
	for (const {text, id} of literals) {
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			const k = classOf.get(fold(text.charCodeAt(i)))!;
			let to = table[state * width + k]!;
			if (to === 0) {
				to = used++;
				table[state * width + k] = to;
				edgeClass[to] = k;
				if (lastEdge[state]! < 0) firstEdge[state] = to;
				else nextEdge[lastEdge[state]!] = to;
				lastEdge[state] = to;
			}
			state = to;
		}
		// The empty literal occurs in every text: it is reported at the root, before any character.
		const ids = ending.get(state);
		if (ids) ids.push(id);
		else ending.set(state, [id]);
	}
	// Breadth first: a state's row is its failure state's row (complete, as that state is shallower)
	// with its own trie edges over it, and its ids are its own and those of its failure chain (the
	// root's, the empty literal's, are reported once at the start), so what ends at a position is read
	// off the state alone.
	const fail = new Int32Array(used);
	const queue = new Int32Array(used);
	let tail = 0;
	for (let to = firstEdge[0]!; to >= 0; to = nextEdge[to]!) queue[tail++] = to;
	for (let q = 0; q < tail; q++) {
		const state = queue[q]!;
		const f = fail[state]!;
		const inherited = f === 0 ? undefined : ending.get(f);
		if (inherited) ending.set(state, [...new Set([...(ending.get(state) ?? []), ...inherited])]);
		const row = state * width;
		const fallback = f * width;
		table.copyWithin(row, fallback, fallback + width);
		for (let to = firstEdge[state]!; to >= 0; to = nextEdge[to]!) {
			const k = edgeClass[to]!;
			fail[to] = table[fallback + k]!;
			table[row + k] = to;
			queue[tail++] = to;
		}
	}
	const lowest = new Int32Array(used).fill(NONE);
	const reports = new Array<Int32Array | undefined>(used);
	for (const [state, list] of ending) {
		reports[state] = Int32Array.from(list);
		lowest[state] = Math.min(...list);
	}
	const mark = (state: number, seen: Uint8Array): void => {
		for (const id of reports[state]!) seen[id] = 1;
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
				state = k === 0 ? 0 : table[state * width + k]!;
				const low = lowest[state]!;
				if (low === NONE) continue;
				mark(state, seen);
				if (low < found) found = low;
			}
			return found;
		},
	};
}
