// Case-insensitive word lists looked up straight from the scanned text: no slice, no toLowerCase,
// so the guards allocate nothing per candidate.

/** Letters packed into the key; longer words are told apart by comparing the rest. */
const PACKED = 5;

/**
 * Packs the first 5 letters (5 bits each, case folded) and the length (4 bits) into 29 bits: exact
 * for words of up to 5 letters, a pre-filter for longer ones. Callers pass ASCII letters only.
 */
function key(s: string, start: number, end: number): number {
	let k = 0;
	const stop = Math.min(end, start + PACKED);
	for (let j = start; j < stop; j++) k = (k << 5) | (s.charCodeAt(j) & 31);
	return (k << 4) | Math.min(end - start, 15);
}

/**
 * An open-addressing hash table over the packed keys, in typed arrays: a lookup is a multiply, a
 * shift and one or two array reads (a `Map` lookup is a builtin call, several times slower, and
 * the guards make one per candidate). Words sharing a key (same first 5 letters and length) are
 * chained through `next`.
 */
export class WordSet {
	private readonly words: string[];
	private readonly keys: Int32Array;
	/** For each slot, its first word's index + 1 (0: empty slot). */
	private readonly first: Int32Array;
	/** For each word, the next word with the same key, as index + 1 (0: none). */
	private readonly next: Int32Array;
	private readonly shift: number;

	constructor(words: readonly string[]) {
		this.words = [...words];
		let bits = 4;
		while (1 << bits < words.length * 4) bits++;
		this.shift = 32 - bits;
		this.keys = new Int32Array(1 << bits);
		this.first = new Int32Array(1 << bits);
		this.next = new Int32Array(words.length);
		words.forEach((w, index) => {
			const k = key(w, 0, w.length);
			let h = this.slot(k);
			while (this.first[h] !== 0 && this.keys[h] !== k) h = (h + 1) & (this.keys.length - 1);
			this.next[index] = this.first[h]!;
			this.keys[h] = k;
			this.first[h] = index + 1;
		});
	}

	private slot(k: number): number {
		return Math.imul(k, 0x9e3779b1) >>> this.shift;
	}

	/** Whether text[start, end) is one of the words (lower-case in the list), ignoring ASCII case. */
	has(text: string, start: number, end: number): boolean {
		return this.indexOf(text, start, end) >= 0;
	}

	/** Which of the words (its index in the list) text[start, end) is, ignoring ASCII case; -1 if none. */
	indexOf(text: string, start: number, end: number): number {
		if (end <= start) return -1;
		const k = key(text, start, end);
		const mask = this.keys.length - 1;
		let h = this.slot(k);
		let w = this.first[h]!;
		while (w !== 0 && this.keys[h] !== k) {
			h = (h + 1) & mask;
			w = this.first[h]!;
		}
		if (w === 0) return -1;
		const len = end - start;
		if (len <= PACKED) return w - 1;
		for (; w !== 0; w = this.next[w - 1]!) {
			const word = this.words[w - 1]!;
			if (word.length !== len) continue;
			let j = PACKED;
			while (j < len && word.charCodeAt(j) === (text.charCodeAt(start + j) | 32)) j++;
			if (j === len) return w - 1;
		}
		return -1;
	}
}
