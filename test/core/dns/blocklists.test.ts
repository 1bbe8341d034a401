import {describe, expect, it} from 'vitest';
import {BLOCK_LISTS, checkListings, readListing} from '../../../src/core/dns/blocklists';
import {parseIp} from '../../../src/core/dns/names';
import {localDoh} from './helpers';

const spamhaus = BLOCK_LISTS.find(list => list.id === 'spamhaus')!;

describe('block lists', () => {
	const doh = localDoh();

	it('queries reversed octets and reads each list\'s return codes', async () => {
		const resolver = doh.resolver();
		const results = await checkListings(parseIp('127.0.0.2')!, resolver);
		expect(results.map(r => [r.query, r.status])).toEqual([
			['2.0.0.127.zen.spamhaus.org', 'listed'],
			['2.0.0.127.b.barracudacentral.org', 'listed'],
			['2.0.0.127.bl.spamcop.net', 'listed'],
		]);
		expect(results[0]!.codes.map(c => c.meaning.split(':')[0])).toEqual(['SBL', 'XBL', 'PBL (set by the network\'s owner)']);
	});

	it('recognises Spamhaus\'s public-resolver answer as a refusal, not a listing', async () => {
		const results = await checkListings(parseIp('203.0.113.7')!, doh.resolver());
		expect(results[0]).toMatchObject({list: 'spamhaus', status: 'refused', codes: [{code: '127.255.255.254'}]});
		expect(results[0]!.detail).toMatch(/refuses queries sent through public or open resolvers/);
		expect(results[1]).toMatchObject({list: 'barracuda', status: 'listed'});
		expect(results[2]).toMatchObject({list: 'spamcop', status: 'clear'});
		expect(readListing(spamhaus, ['127.255.255.255']).status).toBe('refused');
		expect(readListing(spamhaus, ['127.255.255.252']).status).toBe('refused');
		expect(readListing(spamhaus, ['127.255.255.253']).status).toBe('refused');
	});

	it('does not take a rewritten answer for a listing, and skips IPv6 where a list has none', async () => {
		expect(readListing(spamhaus, ['198.51.100.1']).status).toBe('error');
		const results = await checkListings(parseIp('2001:db8::1')!, doh.resolver());
		expect(results.map(r => r.status)).toEqual(['clear', 'skipped', 'skipped']);
	});

	it('names a source for every list', () => {
		for (const list of BLOCK_LISTS) expect(list.source).toMatch(/^https:\/\//);
	});
});
