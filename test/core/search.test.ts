import {describe, expect, it} from 'vitest';
import {search} from '../../src/core/search';

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
		expect(search('throttled').every(hit => hit.reason === 'speeding')).toBe(true);
	});

	it('returns nothing for an empty query and nothing for nonsense', () => {
		expect(search('')).toEqual([]);
		expect(search('zzqxv')).toEqual([]);
	});

	it('orders results by score', () => {
		const scores = search('relay denied').map(hit => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});
});
