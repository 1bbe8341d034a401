import {describe, expect, it} from 'vitest';
import {SEARCH_WORDS, search, searchText} from '../../../src/core/search';

describe('search', () => {
	it('ranks X.2.2 and 552 first for “mailbox full”', () => {
		const top = search('mailbox full').slice(0, 3).map(hit => hit.code);
		expect(top).toContain('X.2.2');
		expect(top).toContain('552');
	});

	it('finds the SPF codes for “spf”', () => {
		const top = search('spf').slice(0, 5).map(hit => hit.code);
		expect(top).toEqual(expect.arrayContaining(['X.7.23', 'X.7.24']));
	});

	it('finds blocklist and policy codes for “blocked”', () => {
		expect(search('blocked').length).toBeGreaterThan(3);
	});

	it('puts the registry code that stands for an everyday phrase first, even when its title says it otherwise', () => {
		const first = (query: string): string => search(query)[0]?.code ?? '';
		expect(first('user unknown')).toBe('X.1.1'); // "Bad destination mailbox address"
		expect(first('no such user')).toBe('X.1.1');
		expect(first('domain not found')).toBe('X.1.2'); // "Bad destination system address"
		expect(first('timeout')).toBe('X.4.7'); // "Delivery time expired"
		expect(first('blacklisted')).toBe('X.7.1');
		expect(search('user unknown').slice(0, 3).map(hit => hit.code)).toContain('550');
	});

	it('finds entries by their reason when no word of the query is in them', () => {
		expect(search('throttled').length).toBeGreaterThan(0);
		expect(search('throttled').slice(0, 10).every(hit => hit.reason === 'speeding')).toBe(true);
	});

	it('returns nothing for an empty query and nothing for nonsense', () => {
		expect(search('')).toEqual([]);
		expect(search('zzqxv')).toEqual([]);
	});

	it('orders results by score', () => {
		const scores = search('relay denied').map(hit => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('reads a query up to the end of its first eight words, punctuation kept', () => {
		expect(SEARCH_WORDS).toBe(8);
		expect(searchText('mailbox full')).toBe('mailbox full');
		expect(searchText('a doesn\'t exist, b c 5.7.26 one two three four five six')).toBe('a doesn\'t exist, b c 5.7.26 one two three four five');
		expect(searchText('')).toBe('');
	});

	it('ranks a long line by its first eight words only, the everyday phrasings included', () => {
		const filler = ' lorem ipsum'.repeat(50_000);
		expect(search(`user unknown${filler}`)).toEqual(search('user unknown lorem ipsum lorem ipsum lorem ipsum'));
		// A phrase far into the line is not read: it is no longer what was searched for.
		expect(search(`zzqxv${filler} mailbox full`)).toEqual([]);
	});
});
