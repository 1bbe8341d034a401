import {describe, expect, it} from 'vitest';
import {parseIp} from '../../../src/core/dns/names';
import {checkSpf} from '../../../src/core/dns/spf';
import {parseSpfRecord} from '../../../src/core/dns/spf-record';
import {localDoh} from './helpers';

describe('SPF records (RFC 7208)', () => {
	const doh = localDoh();

	it('parses mechanisms, qualifiers, prefix lengths and modifiers', () => {
		const record = parseSpfRecord('v=spf1 ip4:192.0.2.0/24 -ip6:2001:db8::/32 ~a:relay.example/28//64 ?mx include:_spf.example exp=explain.example redirect=other.example');
		expect(record.errors).toEqual([]);
		expect(record.redirect).toBe('other.example');
		expect(record.mechanisms.map(m => [m.qualifier, m.name, m.domain ?? '', m.cidr4 ?? '', m.cidr6 ?? ''])).toEqual([
			['+', 'ip4', '', 24, ''],
			['-', 'ip6', '', '', 32],
			['~', 'a', 'relay.example', 28, 64],
			['?', 'mx', '', 32, 128],
			['+', 'include', '_spf.example', '', ''],
		]);
		expect(parseSpfRecord('v=spf1 ip4:192.0.2.300 include all:x ip4:192.0.2.0/33 mx/200 foo').errors).toHaveLength(6);
	});

	it('follows nested includes and counts every lookup term: 7 for sender.example', async () => {
		const spf = await checkSpf('sender.example', doh.resolver());
		expect(spf.lookups).toBe(7);
		expect(spf.overLimit).toBe(false);
		expect(spf.all).toBe('~');
		expect(spf.tree.record).toBe('v=spf1 ip4:192.0.2.0/24 include:_spf.sender.example include:mail.partner.example ~all');
		expect(spf.tree.children.map(c => c.domain)).toEqual(['_spf.sender.example', 'mail.partner.example']);
		// Cloudflare-style quoted strings are joined with nothing between them.
		expect(spf.tree.children[0]!.record).toBe('v=spf1 ip4:198.51.100.0/25 ip6:2001:db8:1::/48 a:relay.sender.example -all');
		expect(spf.tree.children[1]!.children.map(c => [c.domain, c.all])).toEqual([['_a.partner.example', '-'], ['_b.partner.example', '-']]);
	});

	it('says whether the sending IP is covered, and which term decided', async () => {
		const resolver = doh.resolver();
		const at = async (ip: string) => checkSpf('sender.example', resolver, parseIp(ip));
		expect(await at('192.0.2.44')).toMatchObject({result: 'pass', decidedBy: {term: 'ip4:192.0.2.0/24', domain: 'sender.example'}});
		expect(await at('198.51.100.20')).toMatchObject({result: 'pass', decidedBy: {term: 'include:_spf.sender.example'}});
		expect(await at('192.0.2.10')).toMatchObject({result: 'pass'});
		expect(await at('2001:db8:1::25')).toMatchObject({result: 'pass', decidedBy: {term: 'include:_spf.sender.example'}});
		expect(await at('198.51.100.200')).toMatchObject({result: 'pass', decidedBy: {term: 'include:mail.partner.example'}});
		expect(await at('203.0.113.7')).toMatchObject({result: 'softfail', decidedBy: {term: '~all', domain: 'sender.example'}});
		expect(await checkSpf('redirect.example', resolver, parseIp('203.0.113.7'))).toMatchObject({result: 'fail', all: '-'});
		expect(await checkSpf('redirect.example', resolver, parseIp('198.51.100.1'))).toMatchObject({result: 'pass'});
	});

	it('stops at the 10-lookup limit: later includes are not followed, and the result is permerror', async () => {
		const resolver = doh.resolver();
		const spf = await checkSpf('toomany.example', resolver, parseIp('192.0.2.99'));
		expect(spf.lookups).toBe(11);
		expect(spf.overLimit).toBe(true);
		const b = spf.tree.children.find(c => c.domain === 'b.toomany.example')!;
		expect(b.status).toBe('not-followed');
		expect(resolver.queries).toBeLessThan(25);
		expect(spf.result).toBe('permerror');
		expect(spf.detail).toMatch(/more than 10 DNS lookups/);
	});

	it('reports no record, two records, a missing include and a failing server', async () => {
		const resolver = doh.resolver();
		expect((await checkSpf('aonly.example', resolver)).tree.status).toBe('none');
		expect(await checkSpf('two.example', resolver, parseIp('192.0.2.1'))).toMatchObject({tree: {status: 'multiple'}, result: 'permerror'});
		expect(await checkSpf('dangling.example', resolver, parseIp('192.0.2.1'))).toMatchObject({result: 'permerror', detail: 'include:gone.example has no SPF record'});
		expect(await checkSpf('broken.example', resolver, parseIp('192.0.2.1'))).toMatchObject({tree: {status: 'error'}, result: 'temperror'});
	});
});
