import {describe, expect, it} from 'vitest';
import {PROVIDER_DOMAINS, domainProvider, hostDomainProvider} from '../../../src/core/receivers/domains';
import {hostProvider, wordsProvider} from '../../../src/core/receivers/receiving';

describe('provider mail domains', () => {
	it.each([
		['gmail.com', 'google'],
		['GoogleMail.com', 'google'],
		['outlook.com', 'outlook-com'],
		['hotmail.co.uk', 'outlook-com'],
		['live.fr', 'outlook-com'],
		['msn.com', 'outlook-com'],
		['yahoo.fr', 'yahoo'],
		['aol.com', 'yahoo'],
		['icloud.com', 'apple'],
		['laposte.net', 'orange'],
		['web.de', 'united-internet'],
		['gmx.net', 'united-internet'],
		['163.com', 'netease'],
		['qq.com', 'tencent'],
		['mail.ru', 'mailru'],
		['yandex.ru', 'yandex'],
		['charter.net', 'spectrum'],
		['simulator.amazonses.com', 'amazon-ses'],
	])('%s is %s’s', (domain, id) => {
		expect(domainProvider(domain)).toBe(id);
	});

	it.each(['example.com', 'outlook.example.com', 'gmail.example.com', 'yahoo.co.jp', 'hotmail.example', 'mail.google.com.evil.example', ''])('%s names no provider', domain => {
		expect(domainProvider(domain)).toBeUndefined();
	});

	it('reads a host by the provider domain it lies under, Microsoft 365’s and Outlook.com’s servers by their signatures', () => {
		expect(hostDomainProvider('mx3.hotmail.com')).toBe('outlook-com');
		expect(hostDomainProvider('smtp.office365.com')).toBe('microsoft');
		expect(hostDomainProvider('mta7.am0.yahoodns.net.')).toBe('yahoo');
		expect(hostDomainProvider('mx.example.net')).toBeUndefined();
		expect(hostProvider('hotmail-com.olc.protection.outlook.com')).toBe('outlook-com');
		expect(hostProvider('apc.olc.protection.outlook.com')).toBe('outlook-com');
		expect(hostProvider('example-com.mail.protection.outlook.com')).toBe('microsoft');
		expect(hostProvider('BN6PR11MB1234.namprd11.prod.outlook.com')).toBe('microsoft');
		expect(hostProvider('mx1.secureserver.net')).toBe('godaddy');
		expect(hostProvider('')).toBeUndefined();
	});

	it('reads the reply’s words: Outlook.com’s tags, Exchange’s, and a provider before the block list it names', () => {
		expect(wordsProvider('550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren’t sent.')).toBe('outlook-com');
		expect(wordsProvider('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')).toBe('microsoft');
		expect(wordsProvider('554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103')).toBe('godaddy');
		expect(wordsProvider('554 Rejected: poor reputation on Cloudmark Sender Intelligence')).toBe('cloudmark');
		expect(wordsProvider('550 5.1.1 User unknown')).toBeUndefined();
	});

	it('lists each domain once, each with a source', () => {
		const all = PROVIDER_DOMAINS.flatMap(p => [...p.domains, ...(p.hosts ?? [])]);
		expect(new Set(all).size).toBe(all.length);
		for (const p of PROVIDER_DOMAINS) expect(p.source, p.id).toMatch(/^https:\/\//);
	});
});
