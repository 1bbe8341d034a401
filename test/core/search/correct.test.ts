import {describe, expect, it} from 'vitest';
import {correctQuery, correctWord, editDistance} from '../../../src/core/search/correct';
import {searchText} from '../../../src/core/search';
import {fold} from '../../../src/core/search/terms';

const correct = (query: string) => correctQuery(fold(searchText(query)));

describe('correct', () => {
	it('measures edits, transpositions included', () => {
		expect(editDistance('mailbox', 'mailbx', 2)).toBe(1);
		expect(editDistance('quota', 'qouta', 2)).toBe(1);
		expect(editDistance('spam', 'relay', 1)).toBe(2);
	});

	it('corrects a word that is no real word', () => {
		expect(correct('qouta exceeded')).toBe('quota exceeded');
		expect(correctWord('mailbx')).toBe('mailbox');
	});

	it('leaves known words, starts of known words and short words alone', () => {
		expect(correct('mailbox full')).toBeUndefined();
		expect(correct('spf')).toBeUndefined();
		expect(correctWord('mailb')).toBe('mailb');
		expect(correct('mailbox ful')).toBeUndefined();
	});

	it('never turns a real word into another real word, in any language the search reads', () => {
		expect(correct('Postfach voll')).toBeUndefined();
		expect(correct('auto reply')).toBeUndefined();
		expect(correct('boîte pleine')).toBeUndefined();
		expect(correct('greylisted')).toBeUndefined();
		expect(correct('blocklisted')).toBeUndefined();
		expect(correct('usuario desconocido')).toBeUndefined();
	});

	it('leaves words in other scripts and words with digits alone', () => {
		expect(correctWord('宛先不明')).toBe('宛先不明');
		expect(correctWord('ofr999')).toBe('ofr999');
	});

	it('corrects only the words the search reads, however long the line', () => {
		const line = `qouta exceeded${' zzzzz'.repeat(20_000)}`;
		expect(correct(line)).toBe(`quota exceeded${' zzzzz'.repeat(6)}`);
	});
});
