// Typo tolerance: a word that is no real word — none of the tables' words, of the everyday
// phrasings in any language (concepts.ts) or of the spellings (terms.ts), nor the start of one — is
// replaced by the nearest word that is (`mailbx` → `mailbox`, `qouta` → `quota`). A real word is
// never "corrected" into another (`voll` stays `voll`, `auto` stays `auto`).
import {CONCEPTS, conceptWords} from './concepts';
import {docs} from './docs';
import {fold, SPELLINGS, stem, wordsOf} from './terms';

let vocabulary: Set<string> | undefined;
let byLength: Map<number, string[]> | undefined;
/** The vocabulary in code-unit order, for prefix look-ups by binary search. */
let sorted: string[] | undefined;

function build(): void {
	const all = new Set<string>();
	const add = (text: string) => {
		for (const word of text.split(/[^a-z0-9]+/)) if (word.length >= 2) all.add(word);
	};
	for (const d of docs()) add(`${d.title} ${d.body} ${d.extra} ${d.code}`);
	for (const word of conceptWords()) add(word);
	for (const [key, list] of Object.entries(SPELLINGS)) add(`${key} ${list.join(' ')}`);
	vocabulary = all;
	sorted = [...all].sort();
	byLength = new Map();
	for (const word of all) {
		const list = byLength.get(word.length) ?? [];
		list.push(word);
		byLength.set(word.length, list);
	}
}

/** Three rows of the distance table, reused across calls: words are short, so 64 columns cover them. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length + 1));
	let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		row[0] = i;
		let best = i;
		const ai = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const bj = b.charCodeAt(j - 1);
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
			if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
			row[j] = d;
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
		[prev2, prev, row] = [prev, row, prev2];
	}
	return prev[b.length]!;
}

/** Whether some known word starts with `prefix`: the first word not below it in sorted order does, if any. */
function isPrefix(prefix: string): boolean {
	const words = sorted!;
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (words[mid]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	return words[lo]?.startsWith(prefix) ?? false;
}

/** Distance allowed for a word of this length: none for short words, where a typo is a different word. */
const allowance = (length: number): number => length < 4 ? 0 : length < 7 ? 1 : 2;

/** Whether a word is real: known, or the start of a known word, as it is or as its stem. */
function isReal(word: string): boolean {
	if (!vocabulary) build();
	return vocabulary!.has(word) || isPrefix(word) || vocabulary!.has(stem(word)) || isPrefix(stem(word));
}

/** The nearest known word, or the word itself when it is real, too short, not Latin letters, or nothing is near. */
export function correctWord(word: string): string {
	const w = fold(word);
	if (!/^[a-z]+$/.test(w) || isReal(w)) return w;
	const max = allowance(w.length);
	if (max === 0) return w;
	let best = w;
	let bestDistance = max + 1;
	for (let length = w.length - max; length <= w.length + max; length++) {
		for (const candidate of byLength!.get(length) ?? []) {
			const d = editDistance(w, candidate, Math.min(max, bestDistance));
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
	}
	return best;
}

/**
 * The words of a (folded) query with the unreal ones corrected, or undefined when nothing changed.
 * A query that states an everyday phrasing is left as it is: its words are the phrasing's.
 */
export function correctQuery(folded: string): string | undefined {
	if (CONCEPTS.some(c => c.says.test(folded))) return undefined;
	const words = wordsOf(folded);
	const fixed = words.map(w => correctWord(w));
	return fixed.some((w, i) => w !== words[i]) ? fixed.join(' ') : undefined;
}
