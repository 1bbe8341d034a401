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

	it('returns nothing for an empty query and nothing for nonsense', () => {
		expect(search('')).toEqual([]);
		expect(search('zzqxv')).toEqual([]);
	});

	it('orders results by score', () => {
		const scores = search('relay denied').map(hit => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});
});
