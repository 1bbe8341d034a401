import {describe, expect, it} from 'vitest';
import {WordSet} from '../../../src/core/find-codes/words';

const has = (set: WordSet, word: string): boolean => set.has(`..${word}..`, 2, 2 + word.length);

describe('WordSet', () => {
	const set = new WordSet(['temporarily', 'temporary', 'section', 'sections', 'ok', 'v', 'unrouteable', 'unroutable']);

	it('finds its words in any ASCII case, read in place from a longer text', () => {
		for (const w of ['temporarily', 'TEMPORARY', 'Section', 'sectionS', 'ok', 'OK', 'v', 'V', 'unrouteable', 'Unroutable']) {
			expect(has(set, w), w).toBe(true);
		}
	});

	it('tells apart words sharing their first five letters and length', () => {
		expect(has(set, 'temporarilx')).toBe(false);
		expect(has(set, 'sectiom')).toBe(false);
		expect(has(set, 'temporal')).toBe(false);
		expect(has(set, 'unrouteabl')).toBe(false);
	});

	it('refuses prefixes, extensions and empty ranges', () => {
		for (const w of ['o', 'oka', 'sectio', 'sectionss', 'vv', 'temp']) expect(has(set, w), w).toBe(false);
		expect(set.has('ok', 1, 1)).toBe(false);
		expect(set.has('ok', 2, 1)).toBe(false);
	});

	it('stays exact with many words and colliding slots', () => {
		const words = Array.from({length: 300}, (_, k) => `w${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}x`);
		const big = new WordSet(words);
		for (const w of words) expect(has(big, w), w).toBe(true);
		for (const w of words) expect(has(big, `${w}y`), `${w}y`).toBe(false);
		expect(has(big, 'wzzx')).toBe(false);
		expect(new WordSet([]).has('a', 0, 1)).toBe(false);
	});
});
