import {describe, expect, it} from 'vitest';
import {ACTION_LINK_HOSTS, actionLinks, explainText, receivers, type ActionLink, type Explanation} from '../../src/core';
import {ACTION_LINK_TEMPLATES} from '../../src/core/action-links';

/** The links of the first reply of `text`, as a card shows them. */
function linksOf(text: string): ActionLink[] {
	const e = explainText(text)[0]?.explanation;
	if (!e) throw new Error(`no reply in ${text}`);
	return linksFor(e, text);
}

const linksFor = (e: Explanation, text: string) => actionLinks({provider: e.provider, reason: e.reason, text, sources: e.sources});

// Every page the core's receivers name as their source: the provider pages a card may link.
const SOURCE_HOSTS = new Set(receivers.flatMap(r => r.rules.map(rule => rule.source)).filter(s => s.startsWith('https://')).map(s => new URL(s).hostname));

/** Every link is https, to a host of the table or of the receivers' own sources, with no credentials. */
function expectSafe(links: ActionLink[]): void {
	for (const link of links) {
		const url = new URL(link.url);
		expect(url.protocol).toBe('https:');
		expect(url.username + url.password).toBe('');
		expect(link.id === 'provider-page' ? SOURCE_HOSTS.has(url.hostname) : ACTION_LINK_HOSTS.has(url.hostname)).toBe(true);
	}
}

describe('action links: the table', () => {
	it('every row is https, names its source, and fills its URL in one place', () => {
		for (const t of ACTION_LINK_TEMPLATES) {
			expect(new URL(t.page).protocol).toBe('https:');
			expect(t.source.length).toBeGreaterThan(20);
			expect(t.providers.every(id => receivers.some(r => r.id === id))).toBe(true);
			if (t.url) {
				expect(t.fill).toBeDefined();
				expect(t.url.split('{value}')).toHaveLength(2);
				expect(new URL(t.url.replace('{value}', '192.0.2.1')).protocol).toBe('https:');
			}
		}
		expect(new Set(ACTION_LINK_TEMPLATES.map(t => t.id)).size).toBe(ACTION_LINK_TEMPLATES.length);
	});
});

describe('action links: filled from the reply', () => {
	it("a Spamhaus block links the checker's lookup for the bounce's IP", () => {
		const links = linksOf('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1');
		expect(links[0]).toEqual({id: 'spamhaus-lookup', url: 'https://check.spamhaus.org/results/?query=192.0.2.1', value: '192.0.2.1'});
		expect(links.map(l => l.id)).toContain('provider-page');
		expectSafe(links);
	});

	it('a Spamhaus DBL refusal looks up the bracketed sender domain', () => {
		const links = linksOf('554 5.7.1 Service unavailable; Sender address [spam@bad.example] blocked using dbl.spamhaus.org');
		expect(links[0]).toMatchObject({id: 'spamhaus-lookup', url: 'https://check.spamhaus.org/results/?query=bad.example', value: 'bad.example'});
	});

	it('an IPv6 client is URL-encoded into the lookup', () => {
		const links = linksOf('554 5.7.1 Service unavailable; Client host [2001:db8::25] blocked using zen.spamhaus.org');
		expect(links[0]).toMatchObject({url: 'https://check.spamhaus.org/results/?query=2001%3Adb8%3A%3A25', value: '2001:db8::25'});
	});

	it('Barracuda, SpamCop and Proofpoint blocks carry the IP too', () => {
		expect(linksOf('554 Service unavailable; Client host [203.0.113.5] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.5').map(l => l.url)).toEqual([
			'https://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.5',
			'https://www.barracudacentral.org/rbl/removal-request',
		]);
		expect(linksOf('554 5.7.1 Service unavailable; Client host [198.51.100.2] blocked using bl.spamcop.net')[0]?.url).toBe('https://www.spamcop.net/bl.shtml?198.51.100.2');
		expect(linksOf('554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.77')[0]?.url).toBe('https://ipcheck.proofpoint.com/?ip=192.0.2.77');
	});

	it('a private or loopback address is not looked up: the list page comes without a value', () => {
		const links = linksOf('554 5.7.1 Service unavailable; Client host [10.1.2.3] blocked using zen.spamhaus.org; 127.0.0.2');
		expect(links[0]).toEqual({id: 'spamhaus-lookup', url: 'https://check.spamhaus.org/'});
	});

	it("Microsoft's banned-IP range links its delist portal; Gmail's and Yahoo's sender refusals their sender pages", () => {
		const [ms] = explainText('550 5.7.606 Access denied, banned sending IP [198.51.100.9]');
		const microsoft = {...ms!.explanation, provider: {id: 'microsoft' as const, name: 'Microsoft 365'}};
		expect(linksFor(microsoft, '').map(l => l.url)).toContain('https://sender.office.com/');
		expect(linksOf("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. gsmtp").map(l => l.id)).toEqual(['google-postmaster', 'gmail-sender-guidelines', 'provider-page']);
		expect(linksOf("553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.44, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html").map(l => l.id)).toContain('yahoo-sender-hub');
	});

	it("a reason the sender's pages do not help with gets no sender page, only the provider's page for the code", () => {
		expect(linksOf('550 5.1.1 The email account that you tried to reach does not exist. gsmtp').map(l => l.id)).toEqual(['provider-page']);
		expect(linksOf('550 5.1.1 user unknown')).toEqual([]);
	});
});

describe('action links: hostile reply text', () => {
	const spamhaus = {provider: {id: 'spamhaus' as const, name: 'Spamhaus', kind: 'list' as const}, reason: 'blocked' as const, sources: ['https://www.spamhaus.org/zen/']};

	it.each([
		// eslint-disable-next-line no-script-url -- hostile input under test
		['javascript: in brackets', '[javascript:alert(document.cookie)] blocked using zen.spamhaus.org'],
		['quotes and markup', '"><img src=x onerror=alert(1)> [192.0.2.1"onmouseover="x] blocked using zen.spamhaus.org'],
		['IP-like junk', 'Client host [999.1.1.1] blocked using zen.spamhaus.org (from 300.2.3.4)'],
		['a version number', 'Microsoft SMTP Server id 15.20.7452.28; blocked using zen.spamhaus.org'],
		['look-alike digits', 'Client host [１９２.0.2.1] blocked using zen.spamhaus.org'],
		['look-alike letters', 'Sender address [x@gооgle.com] blocked using dbl.spamhaus.org'],
		['a URL of its own', 'see https://evil.example/?x=1 and //evil.example blocked using zen.spamhaus.org'],
	])('%s: no value, or one that parsed, on the table host', (_name, text) => {
		const links = actionLinks({...spamhaus, text});
		expectSafe(links);
		const lookup = links.find(l => l.id === 'spamhaus-lookup')!;
		expect(new URL(lookup.url).hostname).toBe('check.spamhaus.org');
		expect(lookup.value ?? '').toMatch(/^[0-9a-z.:-]*$/);
		expect(lookup.url).not.toMatch(/evil|javascript|onerror|["<>]/i);
	});

	it('a source that is not https is no provider page', () => {
		// eslint-disable-next-line no-script-url -- hostile input under test
		expect(actionLinks({...spamhaus, sources: ['javascript:alert(1)', 'http://www.spamhaus.org/zen/', 'RFC 5321'], text: ''}).map(l => l.id)).toEqual(['spamhaus-lookup']);
	});

	it('a receiver the table does not know, or none, gets no table link', () => {
		expect(actionLinks({text: '[192.0.2.1] blocked', reason: 'blocked'})).toEqual([]);
		expect(actionLinks({provider: {id: 'postfix', name: 'Postfix', kind: 'software'}, reason: 'blocked', text: '[192.0.2.1]', sources: ['https://www.postfix.org/postconf.5.html']})).toEqual([]);
	});
});
