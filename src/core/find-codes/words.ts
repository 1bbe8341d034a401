// Case-insensitive word lists looked up straight from the scanned text: no slice, no toLowerCase,
// so the guards allocate nothing per candidate.

/** Letters packed into the key; longer words are told apart by comparing the rest. */
const PACKED = 5;

/**
 * Packs the first 5 letters (5 bits each, case folded) and the length (4 bits) into 29 bits: exact
 * for words of up to 5 letters, a pre-filter for longer ones, and a small integer, V8's fastest Map
 * key. Callers pass ASCII letters only.
 */
function key(s: string, start: number, end: number): number {
	let k = 0;
	const stop = Math.min(end, start + PACKED);
	for (let j = start; j < stop; j++) k = (k << 5) | (s.charCodeAt(j) & 31);
	return (k << 4) | Math.min(end - start, 15);
}

export class WordSet {
	private readonly byKey = new Map<number, string[]>();

	constructor(words: readonly string[]) {
		for (const w of words) {
			const k = key(w, 0, w.length);
			const bucket = this.byKey.get(k);
			if (bucket) bucket.push(w);
			else this.byKey.set(k, [w]);
		}
	}

	/** Whether text[start, end) is one of the words (lower-case in the list), ignoring ASCII case. */
	has(text: string, start: number, end: number): boolean {
		if (end <= start) return false;
		const bucket = this.byKey.get(key(text, start, end));
		if (bucket === undefined) return false;
		const len = end - start;
		if (len <= PACKED) return true;
		for (let b = 0; b < bucket.length; b++) {
			const w = bucket[b]!;
			if (w.length !== len) continue;
			let j = PACKED;
			while (j < len && w.charCodeAt(j) === (text.charCodeAt(start + j) | 32)) j++;
			if (j === len) return true;
		}
		return false;
	}
}
