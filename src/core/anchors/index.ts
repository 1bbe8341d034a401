// One pass over a text that tells which of many words occur in it, and where first: the anchor
// pass. Each regex (or detection made of several) comes with the condition on words every text it
// matches meets (required.ts); a text that does not meet it cannot match, and the regex need not run.
//
// The words go into one Aho-Corasick automaton (every occurrence, overlapping ones included, in one
// linear pass), read with ASCII case ignored and with the few characters that another view of the
// text turns into an ASCII character read as that character: a typographic apostrophe (matchView),
// the compatibility forms that NFC maps to ASCII (Kelvin sign, Greek question mark, Greek varia),
// and the ones a `u`-flag case-insensitive regex folds to ASCII (long s, Kelvin sign). A word is then
// found wherever a regex it came from could match in the text or in those views of it.
import {wordsOf} from './required';
import type {Need} from './required';

export {needAll, needAny, needOf} from './required';
export type {Need} from './required';

/** Characters read as an ASCII one (see above). */
const FOLDS: ReadonlyMap<number, string> = new Map([
	[0x2018, "'"],
	[0x2019, "'"],
	[0x02bc, "'"],
	[0x212a, 'k'],
	[0x017f, 's'],
	[0x037e, ';'],
	[0x1fef, '`'],
]);

/** Where each word was first found in a text: the end (exclusive) of its first occurrence, -1 when none. */
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

type Check = (found: Found, limit: number) => boolean;

/** The automaton of the conditions' words. */
export function anchorIndex(needs: readonly (Need | null)[]): AnchorIndex {
	const words = [...needs.reduce((all, need) => wordsOf(need, all), new Set<string>())];
	const id = new Map(words.map((w, i) => [w, i]));
	const compile = (need: Need | null): Check => {
		if (need === null) return () => true;
		if ('word' in need) {
			const w = id.get(need.word)!;
			return (found, limit) => found[w]! >= 0 && found[w]! <= limit;
		}
		const parts = ('all' in need ? need.all : need.any).map(compile);
		// Plain loops: a check runs for every pattern asked about, and a callback per call would be
		// an allocation per check.
		if ('all' in need) {
			return (found, limit) => {
				for (let k = 0; k < parts.length; k++) if (!parts[k]!(found, limit)) return false;
				return true;
			};
		}
		return (found, limit) => {
			for (let k = 0; k < parts.length; k++) if (parts[k]!(found, limit)) return true;
			return false;
		};
	};
	const checks = needs.map(compile);
	const scan = wordIndex(words);
	return {scan, may: (i, found, limit = Infinity) => checks[i]!(found, limit)};
}

/** One pass over a text for the words (each lower-case ASCII, as needOf gives them). */
function wordIndex(words: readonly string[]): (text: string, into?: Found) => Found {
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
	const ascii = new Uint16Array(128);
	for (const [c, k] of classOf) ascii[c] = k;
	for (let c = 0x41; c <= 0x5a; c++) ascii[c] = classOf.get(c + 0x20) ?? 0;
	const folds = new Map<number, number>();
	for (const [c, to] of FOLDS) {
		const k = classOf.get(to.charCodeAt(0));
		if (k) folds.set(c, k);
	}
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
	const endingRow = ending * width;

	return (text: string, into?: Found): Found => {
		const found = into && into.length === words.length ? into.fill(-1) : new Int32Array(words.length).fill(-1);
		let row = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			row = dfa[row + (c < 128 ? ascii[c]! : (folds.get(c) ?? 0))]!;
			if (row >= endingRow) {
				const n = row / width - ending;
				for (let o = outStart[n]!, end = outStart[n + 1]!; o < end; o++) {
					const w = outWords[o]!;
					if (found[w]! < 0) found[w] = i + 1;
				}
			}
		}
		return found;
	};
}
