// All reasons' phrases compiled once into one matcher. The result is the same as trying each
// reason in precedence order and each of its phrases in turn (the first reason with a matching
// phrase wins), but the text is read once: the literal phrases go into an Aho-Corasick automaton
// (every occurrence, overlapping ones included, in one linear pass), and a reason's regex phrases
// run only when no literal phrase of that reason or of an earlier one has already decided.
import type {ReasonRule} from './types';

export interface PhraseIndex {
	/** Index (in the rules' order) of the first rule with a phrase in the text, or -1. */
	firstRule(text: string): number;
}

export function buildPhraseIndex(rules: readonly ReasonRule[]): PhraseIndex {
	const NONE = rules.length;
	// Trie of the literal phrases: per state its transitions, and the lowest rule index of a phrase
	// ending there.
	const next: Map<number, number>[] = [new Map()];
	const best: number[] = [NONE];
	const regexes: {rule: number; re: RegExp}[] = [];
	rules.forEach((rule, index) => {
		for (const phrase of rule.phrases) {
			if (typeof phrase !== 'string') {
				regexes.push({rule: index, re: phrase});
				continue;
			}
			let state = 0;
			for (let i = 0; i < phrase.length; i++) {
				const c = phrase.charCodeAt(i);
				let to = next[state]!.get(c);
				if (to === undefined) {
					to = next.length;
					next.push(new Map());
					best.push(NONE);
					next[state]!.set(c, to);
				}
				state = to;
			}
			// The empty phrase occurs in every text (String#includes('') is true).
			best[state] = Math.min(best[state]!, index);
		}
	});
	// The automaton as a table (a DFA): one row per state, one column per character class (each
	// character that occurs in a phrase; column 0, every other character, leads back to the root).
	const classOf = new Map<number, number>();
	for (const map of next) for (const c of map.keys()) if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
	const width = classOf.size + 1;
	const ascii = new Uint8Array(128);
	for (const [c, k] of classOf) if (c < 128) ascii[c] = k;
	const table = next.length <= 0xffff ? new Uint16Array(next.length * width) : new Int32Array(next.length * width);
	// Breadth first: a state's row is its failure state's row (complete, as that state is shallower)
	// with its own transitions written over it; a state's best also covers the phrases that end as
	// a suffix of it (its failure chain), so a match is read off the state alone.
	const fail = new Int32Array(next.length);
	const queue: number[] = [];
	for (const [c, to] of next[0]!) {
		table[classOf.get(c)!] = to;
		queue.push(to);
	}
	for (let q = 0; q < queue.length; q++) {
		const state = queue[q]!;
		best[state] = Math.min(best[state]!, best[fail[state]!]!);
		const row = state * width;
		const fallback = fail[state]! * width;
		table.copyWithin(row, fallback, fallback + width);
		for (const [c, to] of next[state]!) {
			const k = classOf.get(c)!;
			fail[to] = table[fallback + k]!;
			table[row + k] = to;
			queue.push(to);
		}
	}
	const bestOf = Int32Array.from(best);
	return {
		firstRule(text: string): number {
			let found = bestOf[0]!;
			let state = 0;
			for (let i = 0; i < text.length && found > 0; i++) {
				const c = text.charCodeAt(i);
				const k = c < 128 ? ascii[c]! : (classOf.get(c) ?? 0);
				state = k === 0 ? 0 : table[state * width + k]!;
				const b = bestOf[state]!;
				if (b < found) found = b;
			}
			// Regex phrases of rules that precede the best literal match, in precedence order.
			for (const {rule, re} of regexes) {
				if (rule >= found) break;
				if (re.test(text)) return rule;
			}
			return found === NONE ? -1 : found;
		},
	};
}
