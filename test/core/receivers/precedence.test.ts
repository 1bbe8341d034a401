import {describe, expect, it} from 'vitest';
import {detectProviders, findProviderRule, findTags, inRange, normaliseTag, receivers} from '../../../src/core/receivers';
import {legacyTags} from '../../../src/core/receivers/tags';
import {resolve} from './helpers';

// The six lines the issue names: each must give a specific, provider-named match.
const SIX: Array<[line: string, provider: string, reason: string, check: (meaning: string, fix: string) => void]> = [
	[
		'550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.1] = did not pass - gsmtp',
		'google',
		'authfailure',
		(meaning, fix) => {
			expect(meaning).toMatch(/SPF nor DKIM/);
			expect(fix).toMatch(/SPF/);
			expect(fix).toMatch(/DKIM/);
		},
	],
	[
		'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
		'microsoft',
		'userunknown',
		meaning => expect(meaning).toMatch(/Permanent/),
	],
	[
		'421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
		'yahoo',
		'badreputation',
		meaning => expect(meaning).toMatch(/temporarily deferring/),
	],
	[
		"550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)",
		'outlook-com',
		'blocked',
		(meaning, fix) => {
			expect(meaning).toMatch(/block list/);
			expect(fix).toMatch(/SNDS/);
		},
	],
	[
		'554 5.7.1 [CS01] Message rejected due to local policy',
		'apple',
		'policyviolation',
		meaning => expect(meaning).toMatch(/iCloud/),
	],
	[
		'554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
		'spamhaus',
		'blocked',
		(meaning, fix) => {
			expect(meaning).toMatch(/Spamhaus ZEN/);
			expect(fix).toMatch(/check\.spamhaus\.org/);
		},
	],
];

describe('the six lines of the issue', () => {
	it.each(SIX)('%s', (line, provider, reason, check) => {
		const found = findProviderRule({text: line});
		expect(found).toBeDefined();
		expect(found?.receiver.id).toBe(provider);
		expect(found?.rule.reason).toBe(reason);
		expect(found?.rule.source).toMatch(/^https:\/\//);
		check(found?.rule.meaning ?? '', found?.rule.fix.join(' ') ?? '');
	});

	it('accepts the lines exactly as the issue writes them', () => {
		const literal: Array<[string, string]> = [
			['550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. … gsmtp', 'google'],
			['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'microsoft'],
			['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', 'yahoo'],
			["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)", 'outlook-com'],
			['554 5.7.1 [CS01] Message rejected due to local policy', 'apple'],
			['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'spamhaus'],
		];
		for (const [line, provider] of literal) {
			const found = findProviderRule({text: line});
			expect(found?.receiver.id, line).toBe(provider);
			expect(found?.receiver.name.length).toBeGreaterThan(0);
		}
		expect(findProviderRule({text: literal[0]![0]})?.rule.status).toBe('5.7.26');
	});

	it('names the Spamhaus list and its lookup page', () => {
		const found = findProviderRule({text: SIX[5]![0]});
		expect(found?.rule.title).toMatch(/Spamhaus ZEN/);
		expect(found?.rule.source).toMatch(/spamhaus\.org/);
		expect(found?.rule.fix.join(' ')).toMatch(/check\.spamhaus\.org/);
	});
});

describe('precedence', () => {
	it('a provider named with a block list speaks before the list’s generic card', () => {
		// GoDaddy's code after Cloudmark's name: the provider's reply, its own rule.
		expect(resolve('554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103')?.provider).toBe('godaddy');
		// A list named alone keeps its card; a provider whose rules do not read the words leaves it to the list.
		expect(resolve('554 Rejected: poor reputation on Cloudmark Sender Intelligence')?.provider).toBe('cloudmark');
		expect(resolve('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org (mx.zoho.com)')?.provider).toBe('spamhaus');
	});

	it('5.7.27 from Gmail is not 5.7.27 from elsewhere', () => {
		const gmail = resolve("550-5.7.27 This message was blocked because it didn't pass SPF authentication. - gsmtp");
		expect(gmail?.provider).toBe('google');
		expect(gmail?.rule.meaning).toMatch(/SPF/);
		expect(resolve('550 5.7.27 Sender address has null MX')).toBeUndefined();
		expect(findProviderRule({status: '5.7.27', provider: 'microsoft'})).toBeUndefined();
		expect(findProviderRule({status: '5.7.27', provider: 'google'})?.receiver.id).toBe('google');
	});

	it('5.1.10 is permanent and userunknown, with or without the text', () => {
		for (const found of [findProviderRule({status: '5.1.10', provider: 'microsoft'}), findProviderRule({text: SIX[1]![0]})]) {
			expect(found?.rule.reason).toBe('userunknown');
			expect(found?.rule.retry).toBe('do-not-retry');
		}
	});

	it("Microsoft's 4.7.650 means IP reputation, retry later at lower volume", () => {
		const found = findProviderRule({reply: '451', status: '4.7.650', provider: 'microsoft'});
		expect(found?.rule.reason).toBe('badreputation');
		expect(found?.rule.retry).toBe('will-retry');
		expect(found?.rule.meaning).toMatch(/IP/);
		expect(found?.rule.meaning).toMatch(/lower volume/);
		expect(found?.rule.fix.join(' ')).toMatch(/SNDS/);
	});

	it('a tag beats the status rules of a detected provider', () => {
		const line = "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent (S3150) [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]";
		expect(detectProviders(line).map(r => r.id)).toContain('microsoft');
		expect(resolve(line)?.provider).toBe('outlook-com');
		expect(findProviderRule({tags: ['tss09']})?.rule.tag).toBe('TSS09');
	});

	it('a numbered provider code beats the status rules of another provider', () => {
		// Microsoft has a rule of its own for 5.1.10; the La Poste code names the cause.
		const relayed = "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Adresse destinataire invalide. Invalid recipient. LPN007_416'";
		expect(findProviderRule({status: '5.1.10', provider: 'microsoft'})?.receiver.id).toBe('microsoft');
		expect(findProviderRule({status: '5.1.10', provider: 'microsoft', text: relayed})?.receiver.id).toBe('orange');
		// Gmail's 5.7.26 rule is exact, and the text is detected as Gmail's; the Spectrum code wins.
		const gmail = '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. - gsmtp AUP#I-1000';
		expect(detectProviders(gmail).map(r => r.id)).toContain('google');
		expect(resolve(gmail)?.provider).toBe('spectrum');
		expect(resolve(gmail)?.reason).toBe('blocked');
		// The first tag written decides when two providers' tags are present.
		expect(resolve('421 4.7.0 [TSS04] deferred; AUP#I-1310')?.provider).toBe('yahoo');
		expect(resolve('421 4.7.0 AUP#I-1310 deferred [TSS04]')?.provider).toBe('spectrum');
	});

	it('normalises every written form of a numbered code to one tag', () => {
		expect(findTags('AUP#I-1310 AUP#In-1310 AUP#O-1010 AUP#1010')).toEqual(['AUP#1310', 'AUP#1010']);
		expect(findTags('OFR_506 OFR004_506 ofr_506 LPN007_416 OUK_416')).toEqual(['OFR_506', 'OFR_416']);
		expect(findTags('AUP#CXSNDR TLS1_2 MY_VAR_1234 xOFR_506 AUP#I-13100')).toEqual([]);
		expect(['AUP#In-1310', 'aup#o-1310', 'AUP#1310'].map(normaliseTag)).toEqual(['AUP#1310', 'AUP#1310', 'AUP#1310']);
		expect(['OFR004_506', 'LPN007_506', '[OFR_506]'].map(normaliseTag)).toEqual(['OFR_506', 'OFR_506', 'OFR_506']);
		expect(['tss04', '(S3150)', 'AS(2005)', 'SC-001', 'hello world'].map(normaliseTag)).toEqual(['TSS04', 'S3150', 'AS2005', 'SC-001', undefined]);
	});

	it('takes tags as findCodes writes them', () => {
		expect(findProviderRule({tags: ['AUP#In-1310']})?.rule.reason).toBe('toomanyconn');
		expect(findProviderRule({tags: ['LPN007_426']})?.rule.reason).toBe('suspend');
		expect(findProviderRule({tags: ['AUP#I-1095']})).toBeUndefined();
	});

	it('asks the given tags first, then the legacy codes of the words, whatever kind of array holds them', () => {
		const hotmail = '550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren\'t sent.';
		expect(findProviderRule({tags: [], text: hotmail})?.rule.tag).toBe('SC-001');
		expect(findProviderRule({tags: ['AUP#I-1095'], text: hotmail})?.rule.tag).toBe('SC-001');
		expect(findProviderRule({tags: ['[TSS04]', 'SC-001'], text: hotmail})?.rule.tag).toBe('TSS04');
		const sparse: string[] = [];
		sparse[1] = '(S3150)';
		sparse.shift();
		expect(findProviderRule({tags: [...['aup#in-1310']], text: hotmail})?.rule.reason).toBe('toomanyconn');
		expect(findProviderRule({tags: sparse, text: 'no legacy code here'})?.rule.tag).toBe('S3150');
		expect(legacyTags('RP-002 and SC-001, SC-001 again', ['SC-001'])).toEqual(['SC-001', 'RP-002']);
		expect(legacyTags('no code', ['X'])).toEqual(['X']);
	});

	it('a status rule applies only to its own provider', () => {
		expect(findProviderRule({status: '5.1.10', provider: 'google'})).toBeUndefined();
		expect(resolve('550 5.1.10 Recipient not found', {provider: 'yahoo'})).toBeUndefined();
	});

	it('a rule with status and phrase needs both', () => {
		expect(resolve('550 5.2.1 Something else entirely - gsmtp')).toBeUndefined();
		expect(resolve('550 5.2.1 The email account that you tried to reach is inactive. - gsmtp')?.reason).toBe('suspend');
		expect(resolve('550 5.7.1 Delivery not authorized, message refused', {provider: 'google'})).toBeUndefined();
	});

	it('prefers an exact status, then a range, then phrases, then block lists', () => {
		expect(resolve('451 4.7.650 x', {provider: 'microsoft'})?.rule.status).toBe('4.7.650');
		expect(resolve('451 4.7.651 x', {provider: 'microsoft'})?.rule.status).toEqual({from: '4.7.500', to: '4.7.699'});
		// Component prefix without a code of its own.
		expect(resolve('Remote Server returned RESOLVER.ADR.RecipNotFound; not found')?.title).toMatch(/resolver/);
		// A Gmail-relayed rejection that names a list, with no Gmail rule for it.
		const relayed = resolve('550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net - gsmtp');
		expect(relayed?.provider).toBe('spamcop');
	});

	it('does not take a Gmail-generated report of another server for a Gmail reply', () => {
		const dsn = "Learn more at https://support.google.com/mail/?p=NoSuchUser The response from the remote server was: 550 5.1.1 <user@example.org>... User Unknown";
		expect(resolve(dsn)).toBeUndefined();
	});

	it('uses the reply code where a rule names one', () => {
		expect(resolve('451 Message temporarily deferred due to unresolvable RFC.5321 from domain', {provider: 'yahoo'})?.rule.retry).toBe('will-retry');
		expect(resolve('554 Message not accepted due to unresolvable RFC.5321 from domain', {provider: 'yahoo'})?.rule.retry).toBe('retry-after-fix');
	});

	it('reads status, reply and tags from the text when not given', () => {
		expect(resolve('   550-5.7.26 Unauthenticated email from example.com is not accepted due to\n   550-5.7.26 domain\'s DMARC policy. - gsmtp')?.title).toMatch(/DMARC/);
		expect(findTags('x (S3150) [TSS04] AS(201806281) (AS843) [CS01] SC-001')).toEqual(['S3150', 'TSS04', 'AS201806281', 'AS843', 'CS01', 'SC-001']);
	});

	it('orders detected providers by first appearance', () => {
		const text = 'Reporting-MTA: dns; mx.google.com … gsmtp … Remote-MTA: dns; mta7.am0.yahoodns.net';
		expect(detectProviders(text).map(r => r.id)).toEqual(['google', 'yahoo']);
		expect(detectProviders('nothing here')).toEqual([]);
	});

	it('compares ranges numerically within one class and subject', () => {
		const range = {from: '5.7.606', to: '5.7.649'};
		expect(inRange('5.7.606', range)).toBe(true);
		expect(inRange('5.7.649', range)).toBe(true);
		expect(inRange('5.7.65', range)).toBe(false);
		expect(inRange('5.7.6060', range)).toBe(false);
		expect(inRange('4.7.610', range)).toBe(false);
		expect(inRange('5.6.610', range)).toBe(false);
	});
});

describe('receivers whose table decides the reason', () => {
	it('are receiving providers, never server software or block lists that any host may quote', async () => {
		const {receivers} = await import('../../../src/core/receivers');
		const deciding = receivers.filter(r => r.decides).map(r => r.id);
		expect(deciding.length).toBeGreaterThan(0);
		for (const r of receivers) if (r.decides) expect(r.anywhere, r.id).toBeFalsy();
		expect(deciding).not.toContain('spamhaus');
		expect(deciding).not.toContain('postfix');
	});
});

describe('lookups that keep their last answer or join their patterns', () => {
	it('detectProviders answers the same text again after a receiver’s signature changed', () => {
		const text = '550 5.1.1 rejected by mx.quietzone-example.net';
		const greylisting = receivers.find(r => r.id === 'greylisting')!;
		expect(detectProviders(text)).toEqual([]);
		const saved = greylisting.detect;
		try {
			greylisting.detect = [/quietzone-example/i];
			expect(detectProviders(text).map(r => r.id)).toEqual(['greylisting']);
		} finally {
			greylisting.detect = saved;
		}
		expect(detectProviders(text)).toEqual([]);
	});

	it('finds a phrase rule added to an anywhere receiver after the joined phrases were built', () => {
		const text = '554 5.7.1 Refused by the quietzone filter';
		expect(findProviderRule({reply: '554', status: '5.7.1', text})).toBeUndefined();
		const greylisting = receivers.find(r => r.id === 'greylisting')!;
		const rule = {...greylisting.rules[0]!, phrase: /quietzone filter/i};
		greylisting.rules.push(rule);
		try {
			expect(findProviderRule({reply: '554', status: '5.7.1', text})?.rule).toBe(rule);
		} finally {
			greylisting.rules.pop();
		}
		expect(findProviderRule({reply: '554', status: '5.7.1', text})).toBeUndefined();
	});

	it('folds each text afresh: a phrase split by a continuation prefix in one reply, not in the next', () => {
		const wrapped = '550-5.7.1 Message rejected: greylisted\n550 5.7.1 see the help page';
		expect(findProviderRule({reply: '550', status: '5.7.1', text: wrapped})?.receiver.id).toBe('greylisting');
		expect(findProviderRule({reply: '550', status: '5.7.1', text: '550 5.7.1 Message rejected'})).toBeUndefined();
	});
});
