// DMARC for a domain without a record of its own: RFC 9989's DNS tree walk (§4.10), the Organizational
// Domain it selects (§4.10.2) and the policy that then applies (§4.10.1: sp, or np for a domain that does
// not exist), against the local DoH server — each test says exactly which names were asked.
import {describe, expect, it} from 'vitest';
import {checkDmarc} from '../../../src/core/dns/dmarc';
import {oneLabelBelow, psdTag, treeWalkNames, walkOutcome, type WalkEntry} from '../../../src/core/dns/dmarc-walk';
import {localDoh} from './helpers';

describe('the walk\'s names (RFC 9989 §4.10)', () => {
	it('goes up one label at a time after the domain, down to one label', () => {
		expect(treeWalkNames('a.mail.example.com')).toEqual(['mail.example.com', 'example.com', 'com']);
		expect(treeWalkNames('example.com')).toEqual(['com']);
		expect(treeWalkNames('com')).toEqual([]);
	});

	it('jumps to seven labels for a longer name: eight queries at most (the RFC\'s own example)', () => {
		expect(treeWalkNames('a.b.c.d.e.f.g.h.i.j.mail.example.com')).toEqual([
			'g.h.i.j.mail.example.com', 'h.i.j.mail.example.com', 'i.j.mail.example.com', 'j.mail.example.com', 'mail.example.com', 'example.com', 'com',
		]);
		// Eight labels: the parent has seven either way.
		expect(treeWalkNames('a.b.c.d.e.f.example.com')).toHaveLength(7);
		expect(treeWalkNames('a.b.c.d.e.f.example.com')[0]).toBe('b.c.d.e.f.example.com');
	});

	it('reads psd= on its own, and finds the name one label below a public suffix', () => {
		expect(psdTag('v=DMARC1; p=reject; PSD = y')).toBe('y');
		expect(psdTag('v=DMARC1; psd=n; p=bogus')).toBe('n');
		expect(psdTag('v=DMARC1; p=reject; xpsd=y')).toBe('u');
		expect(oneLabelBelow('a.b.example.gov', 'gov')).toBe('example.gov');
	});
});

describe('the Organizational Domain and the record that applies (§4.10.1, §4.10.2)', () => {
	const record = (name: string, psd: WalkEntry['psd'] = 'u'): WalkEntry => ({name, kind: 'record', text: 'v=DMARC1; p=none', psd});
	const none = (name: string): WalkEntry => ({name, kind: 'none'});

	it('the RFC\'s examples for a.mail.example.com', () => {
		// Records at mail.example.com and example.com: the fewest labels wins.
		expect(walkOutcome('a.mail.example.com', [record('mail.example.com'), record('example.com'), none('com')])).toMatchObject({organizationalDomain: 'example.com', policy: {name: 'example.com'}, source: 'organizational-domain'});
		// psd=n at mail.example.com: that is the Organizational Domain.
		expect(walkOutcome('a.mail.example.com', [record('mail.example.com', 'n')])).toMatchObject({organizationalDomain: 'mail.example.com', policy: {name: 'mail.example.com'}});
		// Only a psd=y record at com: example.com is the Organizational Domain, and with no record of its own the PSD's applies.
		expect(walkOutcome('a.mail.example.com', [none('mail.example.com'), none('example.com'), record('com', 'y')])).toMatchObject({organizationalDomain: 'example.com', policy: {name: 'com'}, source: 'public-suffix-domain'});
	});

	it('discarded and missing records select nothing', () => {
		expect(walkOutcome('a.example.com', [{name: 'example.com', kind: 'multiple'}, none('com')])).toEqual({organizationalDomain: 'a.example.com'});
	});
});

describe('DMARC of a subdomain through the walk, on the local resolver', () => {
	const doh = localDoh();
	const asked = (from: number) => doh.server().asked.slice(from).filter(q => q.startsWith('TXT _dmarc.'));

	it('an existing subdomain gets its organisational domain\'s sp=', async () => {
		const from = doh.server().asked.length;
		const dmarc = await checkDmarc('mail.corp.example', doh.resolver());
		expect(dmarc).toMatchObject({
			status: 'ok', source: 'organizational-domain', policyDomain: 'corp.example', organizationalDomain: 'corp.example',
			applied: {policy: 'quarantine', tag: 'sp'}, exists: true, walk: ['corp.example', 'example'],
			record: {p: 'reject', sp: 'quarantine', np: 'reject', rua: ['mailto:dmarc@corp.example']},
		});
		expect(asked(from)).toEqual(['TXT _dmarc.mail.corp.example', 'TXT _dmarc.corp.example', 'TXT _dmarc.example']);
	});

	it('a subdomain that does not exist (NXDOMAIN) gets np=', async () => {
		const dmarc = await checkDmarc('ghost.corp.example', doh.resolver());
		expect(dmarc).toMatchObject({status: 'ok', policyDomain: 'corp.example', applied: {policy: 'reject', tag: 'np'}, exists: false});
	});

	it('a record between the subdomain and its organisational domain does not apply; one that says psd=n does', async () => {
		expect(await checkDmarc('x.team.corp.example', doh.resolver())).toMatchObject({policyDomain: 'corp.example', organizationalDomain: 'corp.example', applied: {policy: 'quarantine', tag: 'sp'}});
		const from = doh.server().asked.length;
		const unit = await checkDmarc('a.unit.corp.example', doh.resolver());
		expect(unit).toMatchObject({policyDomain: 'unit.corp.example', organizationalDomain: 'unit.corp.example', applied: {policy: 'none', tag: 'sp'}, walk: ['unit.corp.example']});
		// psd=n stopped the walk, and sp = np = p: no question about the domain's existence.
		expect(doh.server().asked.slice(from)).toEqual(['TXT _dmarc.a.unit.corp.example', 'TXT _dmarc.unit.corp.example']);
		expect(unit.exists).toBeUndefined();
	});

	it('two records at the domain are discarded, and the walk goes on', async () => {
		const dmarc = await checkDmarc('dup.corp.example', doh.resolver());
		expect(dmarc).toMatchObject({status: 'ok', policyDomain: 'corp.example', applied: {policy: 'quarantine', tag: 'sp'}});
		expect(dmarc.detail).toBe('_dmarc.dup.corp.example has 2 DMARC records, so receivers discard them all (RFC 9989 §4.10)');
	});

	it('a public suffix domain\'s record (psd=y) applies only where the registered domain has none', async () => {
		expect(await checkDmarc('shop.brand.psd.example', doh.resolver())).toMatchObject({
			status: 'ok', source: 'public-suffix-domain', policyDomain: 'psd.example', organizationalDomain: 'brand.psd.example', applied: {policy: 'quarantine', tag: 'sp'}, walk: ['brand.psd.example', 'psd.example'],
		});
		expect(await checkDmarc('news.brand2.psd.example', doh.resolver())).toMatchObject({
			source: 'organizational-domain', policyDomain: 'brand2.psd.example', organizationalDomain: 'brand2.psd.example', applied: {policy: 'none', tag: 'sp'},
		});
	});

	it('a name of ten labels takes eight queries', async () => {
		const from = doh.server().asked.length;
		const dmarc = await checkDmarc('a.b.c.d.e.f.g.h.corp.example', doh.resolver());
		expect(dmarc).toMatchObject({policyDomain: 'corp.example', applied: {tag: 'np', policy: 'reject'}, exists: false});
		expect(asked(from)).toEqual(['a.b.c.d.e.f.g.h.corp.example', 'd.e.f.g.h.corp.example', 'e.f.g.h.corp.example', 'f.g.h.corp.example', 'g.h.corp.example', 'h.corp.example', 'corp.example', 'example'].map(name => `TXT _dmarc.${name}`));
	});

	it('a parent whose DNS fails ends the walk with an error, not with a guess', async () => {
		expect(await checkDmarc('a.failing.example', doh.resolver())).toMatchObject({status: 'error', walk: ['failing.example'], detail: expect.stringMatching(/^no DMARC record at _dmarc\.a\.failing\.example; the search of its parents failed: _dmarc\.failing\.example: /)});
	});
});
