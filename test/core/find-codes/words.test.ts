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

	it('tells which word it found by its index in the list', () => {
		const list = ['status', 'code', 'version', 'sections', 'section'];
		const words = new WordSet(list);
		for (const [k, w] of list.entries()) expect(words.indexOf(`(${w.toUpperCase()})`, 1, 1 + w.length)).toBe(k);
		expect(words.indexOf('versioN', 0, 7)).toBe(2);
		expect(words.indexOf('versions', 0, 8)).toBe(-1);
		expect(words.indexOf('cod', 0, 3)).toBe(-1);
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
