// All reasons' phrases compiled once into one matcher. The result is the same as trying each
// reason in precedence order and each of its phrases in turn (the first reason with a matching
// phrase wins), but the text is read once: the literal phrases go into an Aho-Corasick automaton
// (every occurrence, overlapping ones included, in one linear pass), and a reason's regex phrases
// run only when no literal phrase of that reason or of an earlier one has already decided, and only
// when the text holds the literal every match of the regex needs (requiredLiteral: a substring test
// is far cheaper than a regex scan, and most texts hold none of them).
import type {ReasonRule} from './types';

export interface PhraseIndex {
	/** Index (in the rules' order) of the first rule with a phrase in the text, or -1. */
	firstRule(text: string): number;
}

export function buildPhraseIndex(rules: readonly ReasonRule[]): PhraseIndex {
	const NONE = rules.length;
	const literals: {phrase: string; rule: number}[] = [];
	const regexes: {rule: number; re: RegExp; needle: string}[] = [];
	rules.forEach((rule, index) => {
		for (const phrase of rule.phrases) {
			if (typeof phrase === 'string') literals.push({phrase, rule: index});
			else regexes.push({rule: index, re: phrase, needle: phrase.flags ? '' : requiredLiteral(phrase.source)});
		}
	});
	// One column per character that occurs in a phrase (column 0, every other character, leads back
	// to the root); at most one state per phrase character, plus the root.
	const classOf = new Map<number, number>();
	const ascii = new Uint8Array(128);
	let states = 1;
	for (const {phrase} of literals) {
		states += phrase.length;
		for (let i = 0; i < phrase.length; i++) {
			const c = phrase.charCodeAt(i);
			if (classOf.has(c)) continue;
			classOf.set(c, classOf.size + 1);
			if (c < 128) ascii[c] = classOf.size;
		}
	}
	const width = classOf.size + 1;
	// The automaton as a table (a DFA): one row per state, one column per character class. It first
	// holds the trie of the literal phrases (0: no edge, as no edge of a trie leads to the root), and
	// per state the lowest rule index of a phrase ending there.
	const table = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
	const best = new Int32Array(states).fill(NONE);
	// Each state's trie edges as a list (first, then next), in the order they were made.
	const firstEdge = new Int32Array(states).fill(-1);
	const nextEdge = new Int32Array(states).fill(-1);
	const lastEdge = new Int32Array(states).fill(-1);
	const edgeClass = new Int32Array(states);
	let used = 1;
	for (const {phrase, rule} of literals) {
		let state = 0;
		for (let i = 0; i < phrase.length; i++) {
			const k = classOf.get(phrase.charCodeAt(i))!;
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
		// The empty phrase occurs in every text (String#includes('') is true).
		if (rule < best[state]!) best[state] = rule;
	}
	// Breadth first: a state's row becomes its failure state's row (complete, as that state is
	// shallower) with its own trie edges written over it; a state's best also covers the phrases that end as a suffix of it (its
	// failure chain), so a match is read off the state alone.
	const fail = new Int32Array(used);
	const queue = new Int32Array(used);
	let tail = 0;
	for (let to = firstEdge[0]!; to >= 0; to = nextEdge[to]!) queue[tail++] = to;
	for (let q = 0; q < tail; q++) {
		const state = queue[q]!;
		const f = fail[state]!;
		if (best[f]! < best[state]!) best[state] = best[f]!;
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
	const bestOf = best;
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
			for (const {rule, re, needle} of regexes) {
				if (rule >= found) break;
				if ((!needle || text.includes(needle)) && re.test(text)) return rule;
			}
			return found === NONE ? -1 : found;
		},
	};
}

// Skips a quantifier (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy) that starts after
// position i; returns the position of its last character, or i when there is none.
function skipQuantifier(source: string, i: number): number {
	const m = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i + 1, i + 16));
	return m ? i + m[0].length : i;
}

/**
 * The longest run of literal characters that every match of a flag-less regex source contains, or ''
 * when it cannot tell (an alternation at the top level, a run shorter than two characters). Only the
 * top-level sequence is read: groups, classes, `.`, escapes such as `\b` `\s` `\d`, and any quantified
 * atom end a run.
 */
export function requiredLiteral(source: string): string {
	let best = '';
	let run = '';
	let depth = 0;
	const flush = (): void => {
		if (run.length > best.length) best = run;
		run = '';
	};
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\') {
			const next = source[i + 1] ?? '';
			i++;
			if (depth > 0) continue;
			// An escaped punctuation mark is that character; `\b`, `\d`, `\s`, `\n`, `\x41` … are not literals.
			if (/\w/.test(next) || !next) {
				flush();
				i = skipQuantifier(source, i);
				continue;
			}
			const quantified = skipQuantifier(source, i);
			if (quantified !== i) {
				flush();
				i = quantified;
			} else run += next;
			continue;
		}
		if (c === '[') {
			for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
			if (depth === 0) {
				flush();
				i = skipQuantifier(source, i);
			}
			continue;
		}
		if (c === '(') {
			if (depth === 0) flush();
			depth++;
			continue;
		}
		if (c === ')') {
			depth--;
			if (depth === 0) i = skipQuantifier(source, i);
			continue;
		}
		if (depth > 0) continue;
		if (c === '|') return '';
		if (c === '.' || c === '^' || c === '$') {
			flush();
			i = skipQuantifier(source, i);
			continue;
		}
		const quantified = skipQuantifier(source, i);
		if (quantified !== i) {
			flush();
			i = quantified;
		} else run += c;
	}
	flush();
	return best.length >= 2 ? best : '';
}

