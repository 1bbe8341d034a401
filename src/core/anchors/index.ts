// One pass over a text that tells which of many words occur in it, and where first: the anchor
// pass. Each regex (or detection made of several) comes with the condition on words every text it
// matches meets (required.ts); a text that does not meet it cannot match, and the regex need not run.
//
// The words go into one Aho-Corasick automaton (every occurrence, overlapping ones included, in one
// linear pass), read with ASCII case ignored and with the few characters that another view of the
// text turns into an ASCII character read as that character (FOLDS, required.ts). Every other
// character outside ASCII is read as one and the same, which the word NON_ASCII is. A word is then
// found wherever a regex it came from could match in the text or in those views of it.
import {FOLDS, NON_ASCII, wordsOf} from './required';
import type {Need} from './required';

export {needAll, needAny, needOf} from './required';
export type {Need} from './required';

/**
 * Where each word and each condition was first met in a text: the end (exclusive) of the shortest
 * prefix of the text that meets it, -1 when the text does not.
 */
export type Found = Int32Array;

export interface AnchorIndex {
	/**
	 * One reading of the text. `into` (a Found of this index, from an earlier scan) is written over
	 * and returned instead of a new one: a caller that keeps only its last reading allocates nothing.
	 */
	scan(text: string, into?: Found): Found;
	/**
	 * Whether the text (or its first `limit` characters) meets condition `i` (in the order the
	 * conditions were given): false means the regex it came from cannot match there. A null condition
	 * is always met.
	 */
	may(i: number, found: Found, limit?: number): boolean;
}

/**
 * The conditions as one graph whose nodes are the words (numbered as they are) and then the `all`
 * and `any` conditions of every need. A node is met when `left` of its children are: all of them
 * for `all`, one for `any`. The scan meets each word where it first ends, and a node met there meets
 * its parents in turn: a condition is met at the end of the shortest prefix that meets it, so asking
 * whether a prefix meets it is one comparison, however many words it names.
 */
interface Graph {
	/** Per need, its node; -1 for a null need (always met). */
	roots: Int32Array;
	/** Per node, its parents: from parentStart[n] to parentStart[n + 1] in parents. */
	parentStart: Int32Array;
	parents: Int32Array;
	/** Per node, where a reading starts: met at 0 (an `all` of nothing) or not (-1). */
	at: Int32Array;
	/** Per node, how many of its children are still to be met at the start of a reading. */
	left: Int32Array;
}

function conditionGraph(needs: readonly (Need | null)[], words: readonly string[]): Graph {
	const id = new Map(words.map((w, i) => [w, i]));
	const parentsOf: number[][] = words.map(() => []);
	const left: number[] = words.map(() => 1);
	const add = (need: Need): number => {
		if ('word' in need) return id.get(need.word)!;
		const kids = 'all' in need ? need.all : need.any;
		const n = left.length;
		left.push('all' in need ? kids.length : 1);
		parentsOf.push([]);
		// A child named twice is a parent's twice: it counts twice, as it is listed twice.
		for (const kid of kids) parentsOf[add(kid)]!.push(n);
		return n;
	};
	const roots = Int32Array.from(needs.map((need) => (need === null ? -1 : add(need))));
	const parentStart = new Int32Array(left.length + 1);
	parentsOf.forEach((list, n) => (parentStart[n + 1] = parentStart[n]! + list.length));
	const graph: Graph = {roots, parentStart, parents: Int32Array.from(parentsOf.flat()), at: new Int32Array(left.length).fill(-1), left: Int32Array.from(left)};
	// An `all` of nothing is met before the text starts (needAll makes none, but a Need may say so).
	for (let n = words.length; n < left.length; n++) if (graph.left[n] === 0 && graph.at[n]! < 0) meet(graph.at, graph.left, graph, n, 0);
	return graph;
}

/** Node n is met at `end`: so is every parent it was the last child still to be met of. */
function meet(at: Int32Array, left: Int32Array, graph: Graph, n: number, end: number): void {
	at[n] = end;
	for (let k = graph.parentStart[n]!, stop = graph.parentStart[n + 1]!; k < stop; k++) {
		const p = graph.parents[k]!;
		left[p] = left[p]! - 1;
		if (left[p] === 0) meet(at, left, graph, p, end);
	}
}

/**
 * What the index reads with: plain data (typed arrays, numbers), which a host may keep between runs of
 * the same program (kept-tables.ts) and give back to anchorIndexOf.
 */
export interface AnchorTables {
	graph: Graph;
	words: WordTables;
}

/** The automaton of the conditions' words. */
export function anchorIndex(needs: readonly (Need | null)[]): AnchorIndex {
	return anchorIndexOf(anchorTables(needs));
}

export function anchorTables(needs: readonly (Need | null)[]): AnchorTables {
	const words = [...needs.reduce((all, need) => wordsOf(need, all), new Set<string>())];
	const graph = conditionGraph(needs, words);
	return {graph, words: wordTables(words)};
}

/** The index that reads with the tables (anchorTables's, or the same kept and given back). */
export function anchorIndexOf(tables: AnchorTables): AnchorIndex {
	const {graph} = tables;
	const roots = graph.roots;
	return {
		scan: wordScan(tables.words, graph),
		may: (i, found, limit = Infinity) => {
			const root = roots[i]!;
			if (root < 0) return true;
			const at = found[root]!;
			return at >= 0 && at <= limit;
		},
	};
}

/** The word automaton's tables: a DFA whose entries are where their rows start, and the words ending at each state. */
interface WordTables {
	/** How many words. */
	count: number;
	width: number;
	/** The class of every UTF-16 unit. */
	classes: Uint8Array;
	dfa: Uint16Array | Int32Array;
	/** States from `ending` on are where words end: their words are outWords[outStart[n - ending], outStart[n - ending + 1]). */
	ending: number;
	outStart: Int32Array;
	outWords: Int32Array;
}

/** The automaton of the words (each lower-case ASCII, as needOf gives them). */
function wordTables(words: readonly string[]): WordTables {
	// Trie: per state its transitions and the words that end there.
	const next: Map<number, number>[] = [new Map()];
	const outs: number[][] = [[]];
	const classOf = new Map<number, number>();
	words.forEach((word, w) => {
		let state = 0;
		for (let i = 0; i < word.length; i++) {
			const c = word.charCodeAt(i);
			let k = classOf.get(c);
			if (k === undefined) classOf.set(c, (k = classOf.size + 1));
			let to = next[state]!.get(k);
			if (to === undefined) {
				to = next.length;
				next.push(new Map());
				outs.push([]);
				next[state]!.set(k, to);
			}
			state = to;
		}
		outs[state]!.push(w);
	});
	// Column per character class; column 0 (any other character) leads back to the root.
	const width = classOf.size + 1;
	// The class of every UTF-16 unit, in one table: a character other than ASCII is looked up as cheaply.
	// The words are printable ASCII without upper case, and NON_ASCII: fewer than 256 classes.
	const classes = new Uint8Array(0x10000);
	for (const [c, k] of classOf) classes[c] = k;
	for (let c = 0x41; c <= 0x5a; c++) classes[c] = classOf.get(c + 0x20) ?? 0;
	classes.fill(classOf.get(NON_ASCII.charCodeAt(0)) ?? 0, 0x80);
	for (const [c, to] of FOLDS) classes[c] = classOf.get(to.charCodeAt(0)) ?? 0;
	// A dense table (a DFA): breadth first, a state's row is its failure state's row (complete, as that
	// state is shallower) with its own transitions written over it; its words include its failure state's.
	const table = new Int32Array(next.length * width);
	const fail = new Int32Array(next.length);
	const queue: number[] = [];
	for (const [k, to] of next[0]!) {
		table[k] = to;
		queue.push(to);
	}
	for (let q = 0; q < queue.length; q++) {
		const state = queue[q]!;
		const row = state * width;
		const fallback = fail[state]! * width;
		outs[state]!.push(...outs[fail[state]!]!);
		table.copyWithin(row, fallback, fallback + width);
		for (const [k, to] of next[state]!) {
			fail[to] = table[fallback + k]!;
			table[row + k] = to;
			queue.push(to);
		}
	}
	// States renumbered so that the ones where words end come last: the scan tells them by number.
	const order = [...next.keys()].sort((a, b) => Number(outs[a]!.length > 0) - Number(outs[b]!.length > 0));
	const renumber = new Int32Array(next.length);
	order.forEach((state, n) => (renumber[state] = n));
	const firstOut = order.findIndex((state) => outs[state]!.length > 0);
	const ending = firstOut < 0 ? next.length : firstOut;
	// Each entry is where its target state's row starts (the state times the width): the scan adds the
	// character's class to it, with no multiplication per character.
	const dfa = next.length * width <= 0xffff ? new Uint16Array(table.length) : new Int32Array(table.length);
	for (let state = 0; state < next.length; state++) {
		for (let k = 0; k < width; k++) dfa[renumber[state]! * width + k] = renumber[table[state * width + k]!]! * width;
	}
	// The words of each ending state (numbered from `ending`), flat.
	const outStart = new Int32Array(next.length - ending + 1);
	for (let n = ending; n < next.length; n++) outStart[n - ending + 1] = outStart[n - ending]! + outs[order[n]!]!.length;
	const outWords = new Int32Array(outStart[outStart.length - 1]!);
	for (let n = ending; n < next.length; n++) outWords.set(outs[order[n]!]!, outStart[n - ending]!);
	return {count: words.length, width, classes, dfa, ending, outStart, outWords};
}

/** One pass over a text for the words. */
function wordScan(tables: WordTables, graph: Graph): (text: string, into?: Found) => Found {
	const {width, classes, dfa, ending, outStart, outWords} = tables;
	const endingRow = ending * width;
	// A reading's count of children still to be met per node, and the words it found in the order
	// found (so by where they first end), each written over by the next reading.
	const left = new Int32Array(graph.left.length);
	const firsts = new Int32Array(tables.count);
	return (text: string, into?: Found): Found => {
		const found = into && into.length === graph.at.length ? into : new Int32Array(graph.at.length);
		found.set(graph.at);
		let count = 0;
		let row = 0;
		// The tables in locals: the loop reads no variable of the closure per character.
		const table = dfa;
		const classOfUnit = classes;
		const firstEnding = endingRow;
		for (let i = 0, length = text.length; i < length; i++) {
			row = table[row + classOfUnit[text.charCodeAt(i)]!]!;
			if (row >= firstEnding) {
				const n = row / width - ending;
				for (let o = outStart[n]!, end = outStart[n + 1]!; o < end; o++) {
					const w = outWords[o]!;
					if (found[w]! < 0) {
						found[w] = i + 1;
						firsts[count++] = w;
					}
				}
			}
		}
		// The conditions, after the scan (its loop stays as small as it can be): each word, in the order
		// found, meets the conditions it was the last one needed for where it ends.
		left.set(graph.left);
		for (let k = 0; k < count; k++) meet(found, left, graph, firsts[k]!, found[firsts[k]!]!);
		return found;
	};
}
