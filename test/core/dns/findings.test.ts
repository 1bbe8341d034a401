import {describe, expect, it} from 'vitest';
import {runDnsChecks} from '../../../src/core/dns/check';
import {dnsFindings} from '../../../src/core/dns/findings';
import type {DnsPlan} from '../../../src/core/dns/plan';
import {localDoh} from './helpers';

const gmail: DnsPlan = {topic: 'authentication', checks: ['spf', 'dmarc', 'dkim'], request: {}, provider: 'google', providerName: 'Gmail', status: '5.7.26'};
const microsoft509: DnsPlan = {topic: 'authentication', checks: ['spf', 'dmarc', 'dkim'], request: {}, provider: 'microsoft', providerName: 'Microsoft 365 / Exchange Online', status: '5.7.509'};

describe('DNS results said for the bounce', () => {
	const doh = localDoh();

	it('Gmail 5.7.26 and an IP the SPF does not cover', async () => {
		const report = await runDnsChecks({domain: 'sender.example', ip: '203.0.113.7', checks: ['spf', 'dmarc']}, doh.resolver());
		const texts = dnsFindings(report, gmail).map(f => f.text);
		expect(texts).toContain('Gmail wants SPF or DKIM to pass: your SPF does not cover 203.0.113.7 (sender.example: softfail, by ~all). Add the sending service\'s include: or ip4:/ip6: to the record.');
		expect(texts).toContain('DMARC p=reject and SPF fails: Gmail will keep refusing until DKIM passes for sender.example (d= aligned with the From: domain) or SPF covers 203.0.113.7.');
		expect(texts[0]).toMatch(/^SPF of sender\.example: v=spf1 .* \(7 of 10 DNS lookups; ~all: everything else soft-fails\)\.$/);
	});

	it('Microsoft 5.7.509 with p=reject; a covered IP is said to pass', async () => {
		const report = await runDnsChecks({domain: 'sender.example', ip: '198.51.100.20', checks: ['spf', 'dmarc']}, doh.resolver());
		const findings = dnsFindings(report, microsoft509);
		expect(findings.find(f => f.check === 'spf' && f.tone === 'ok')?.text).toMatch(/^SPF of sender\.example covers 198\.51\.100\.20 \(include:_spf\.sender\.example\): if Microsoft 365/);
		expect(findings.some(f => /will keep refusing/.test(f.text))).toBe(false);
	});

	it('a subdomain sender: the organisational domain\'s record, and the sp= it gets, said for the bounce', async () => {
		const report = await runDnsChecks({domain: 'mail.corp.example', ip: '203.0.113.7', checks: ['spf', 'dmarc']}, doh.resolver());
		const texts = dnsFindings(report, gmail).map(f => f.text);
		expect(texts).toContain('DMARC of mail.corp.example: no record of its own, so the record of corp.example applies (its organisational domain, found by RFC 9989\'s DNS tree walk): p=reject, sp=quarantine, np=reject, and mail.corp.example gets sp=quarantine; DKIM alignment relaxed, SPF alignment relaxed; aggregate reports to mailto:dmarc@corp.example.');
		expect(texts).toContain('DMARC sp=quarantine and SPF fails: Gmail will keep refusing until DKIM passes for mail.corp.example (d= aligned with the From: domain) or SPF covers 203.0.113.7.');
		const ghost = dnsFindings(await runDnsChecks({domain: 'ghost.corp.example', checks: ['dmarc']}, doh.resolver())).map(f => f.text);
		expect(ghost[0]).toContain('and ghost.corp.example, which does not exist, gets np=reject;');
	});

	it('a lookup that fails is a note for SPF as for MX and DMARC, not a problem of the record', async () => {
		const findings = dnsFindings(await runDnsChecks({domain: 'broken.example', checks: ['mx', 'spf', 'dmarc']}, doh.resolver()));
		const spf = findings.filter(f => f.check === 'spf');
		expect(spf).toEqual([{check: 'spf', tone: 'note', text: expect.stringMatching(/^SPF of broken\.example could not be looked up: .*SERVFAIL/)}]);
		expect(findings.filter(f => f.check === 'mx').map(f => f.tone)).toEqual(['note']);
		expect(findings.some(f => f.tone === 'problem')).toBe(false);
	});

	it('the lookup limit, a null MX, a revoked DKIM key', async () => {
		const resolver = doh.resolver();
		const spf = dnsFindings(await runDnsChecks({domain: 'toomany.example', checks: ['spf']}, resolver));
		expect(spf.some(f => f.tone === 'problem' && /needs 11 DNS lookups, more than the 10/.test(f.text))).toBe(true);
		const mx = dnsFindings(await runDnsChecks({recipientDomain: 'nomail.example'}, resolver));
		expect(mx[0]).toEqual({check: 'mx', tone: 'problem', text: 'nomail.example publishes a null MX: it accepts no mail at all (RFC 7505), so no address @nomail.example can receive.'});
		const dkim = dnsFindings(await runDnsChecks({domain: 'sender.example', selector: 'old', checks: ['dkim']}, resolver));
		expect(dkim[0]?.tone).toBe('problem');
	});

	it('reverse DNS and block lists: Spamhaus\'s refusal is said as such, the named list\'s listing as the cause', async () => {
		const report = await runDnsChecks({ip: '203.0.113.7'}, doh.resolver());
		const findings = dnsFindings(report, {topic: 'block-list', checks: ['blocklists', 'ptr'], request: {}, provider: 'barracuda', providerName: 'Barracuda'});
		expect(findings.map(f => [f.check, f.tone])).toEqual([['ptr', 'ok'], ['blocklists', 'note'], ['blocklists', 'problem'], ['blocklists', 'ok']]);
		expect(findings[1]!.text).toMatch(/^Spamhaus ZEN: Spamhaus refuses queries sent through public or open resolvers/);
		expect(findings[2]!.text).toMatch(/this is the listing the refusal names/);
		const generic = dnsFindings(await runDnsChecks({ip: '203.0.113.8', checks: ['ptr']}, doh.resolver()), {topic: 'reverse-dns', checks: ['ptr'], request: {}});
		expect(generic[0]!.text).toBe('203.0.113.8 points to host-8.generic.example, which does not resolve back to 203.0.113.8: the receiving server wants a name that leads back to the address (forward-confirmed reverse DNS); fix the PTR or the name\'s address record.');
	});
});
