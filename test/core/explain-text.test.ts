// explainText: each reply explained as a whole — its words decide the card, the provider comes from
// the whole bounce, and one code in one text gets one explanation.
import {describe, expect, it} from 'vitest';
import {explainReplies, explainText} from '../../src/core/explain-text';
import {bounceHosts, bounceProvider} from '../../src/core/bounce-provider';
import {standIns} from '../../src/core/reply-reading';
import {enhancedEntry} from '../../src/core/data';
import type {BounceReport} from '../../src/core/types';

const only = (text: string) => {
	const found = explainText(text);
	expect(found).toHaveLength(1);
	return found[0]!.explanation;
};

const OUTLOOK_NDR = [
	'Delivery has failed to these recipients or groups:',
	'',
	'user@contoso.example',
	'The email address you entered couldn\'t be found.',
	'',
	'Diagnostic information for administrators:',
	'',
	'Generating server: BN8PR01MB1234.namprd01.prod.outlook.com',
	'',
	'user@contoso.example',
	'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
	'',
	'Original message headers:',
	'',
	'Reporting-MTA: dns; BN8PR01MB1234.namprd01.prod.outlook.com',
	'Final-Recipient: rfc822;user@contoso.example',
	'Action: failed',
	'Status: 5.1.10',
	'',
	'Status code: 550 5.1.10',
].join('\n');

describe('a reply is explained by its words', () => {
	it('reads "No such user!" under 5.7.1 as an unknown address, keeping the code', () => {
		const e = only('host mx.example.com[192.0.2.1] said: 550 5.7.1 No such user! (in reply to RCPT TO command)');
		expect(e.code).toBe('550 5.7.1');
		expect(e.title).toBe('Bad destination mailbox address');
		expect(e.reason).toBe('userunknown');
		expect(e.severity).toBe('permanent');
		expect(e.retry).toBe('do-not-retry');
		expect(e.notes[0]).toMatch(/5\.7\.1 \(Delivery not authorized, message refused\).*5\.1\.1/);
	});

	it('reads 452 4.5.3 as too many recipients, never as storage', () => {
		const e = only('452 4.5.3 Too many recipients');
		expect(e.title).toBe('Too many recipients');
		expect(e.severity).toBe('transient');
		expect(only('452 Too many recipients received this session').title).toBe('Too many recipients');
		// Too many connections is not too many recipients: the 421's own card stays.
		expect(only('421 Too many concurrent SMTP connections; please try again later').title).not.toMatch(/recipients/i);
	});

	it('reads Postgrey\'s greylisting as a transient "try again later"', () => {
		const e = only('450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html');
		expect(e.code).toBe('450 4.2.0');
		expect(e.title).toMatch(/greylist/i);
		expect(e.title).not.toMatch(/undefined mailbox status/i);
		expect(e).toMatchObject({severity: 'transient', retry: 'will-retry', whoActs: 'nobody'});
		expect(only('451 4.7.1 Greylisting in action, please come back later').retry).toBe('will-retry');
	});

	it('follows the words under a generic code, and where the code disagrees with them', () => {
		expect(only('550 5.0.0 User unknown').title).toBe('Bad destination mailbox address');
		expect(only('550 5.1.1 Mailbox full').title).toBe('Mailbox full');
		expect(only('550 Mailbox full').title).toBe('Mailbox full');
		// Words that agree with a precise code leave its card alone; no words leave it too.
		const agreed = only('550 5.1.1 User unknown');
		expect(agreed.title).toBe('Bad destination mailbox address');
		expect(agreed.notes.join(' ')).not.toMatch(/its words say/);
		expect(only('550 5.7.1').title).toBe('Delivery not authorized, message refused');
	});

	it('lists each source of a card that follows the words once: the stand-in\'s and the sent code\'s, citation by citation', () => {
		const e = only('550 5.2.1 <a@example.com>... User Unknown');
		expect(e.title).toBe('Bad destination mailbox address');
		expect(e.notes.join(' ')).toMatch(/its words say/);
		expect(e.sources).toEqual(['RFC 3463 §3.2', 'IANA SMTP Enhanced Status Codes registry', 'RFC 3463 §3.3', 'RFC 5321 §4.2.2']);
	});

	it('keeps a provider\'s reading of its own reply', () => {
		const e = only('550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. gsmtp');
		expect(e.provider?.id).toBe('google');
	});

	it('has stand-ins the registry itself gives that reason', () => {
		for (const [reason, code] of standIns()) expect(enhancedEntry(code.replace('X', '5'))?.reason, code).toBe(reason);
	});
});

describe('one code in one report, one explanation', () => {
	it('gives both occurrences of 5.1.10 in one Outlook NDR Microsoft\'s "Recipient not found"', () => {
		const found = explainText(OUTLOOK_NDR);
		const tenners = found.filter(f => f.finding.enhanced?.code === '5.1.10');
		expect(tenners.length).toBeGreaterThanOrEqual(3);
		for (const f of tenners) {
			expect(f.explanation.title).toMatch(/Recipient not found/);
			expect(f.explanation.title).not.toMatch(/null MX/);
			expect(f.explanation).toBe(tenners[0]!.explanation);
		}
	});

	it('gives a bare Status the reply\'s reading, and a pair and its Status one explanation', () => {
		const found = explainText('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown');
		expect(found).toHaveLength(2);
		expect(found[0]!.explanation).toBe(found[1]!.explanation);
		expect(found[0]!.explanation.code).toBe('550 5.1.1');
	});

	it('keeps replies of one code apart when their words say different things', () => {
		const found = explainText('550 5.7.1 No such user here\n\n550 5.7.1 Message rejected as spam by Content Filtering');
		expect(found).toHaveLength(2);
		expect(found[0]!.explanation.title).toBe('Bad destination mailbox address');
		expect(found[1]!.explanation.title).not.toBe('Bad destination mailbox address');
	});
});

describe('a reply said again is read once', () => {
	const X = {reply: '550', enhanced: '5.1.1', tags: [], text: '550 5.1.1 User unknown'};
	const Y = {reply: '550', enhanced: '5.1.1', tags: [], text: '550 5.1.1 Mailbox is full'};
	const Z = {reply: '550', enhanced: '5.1.1', tags: ['TSS04'], text: '550 5.1.1 Mailbox is full'};

	it('gives a repeat what a fresh reading gives: the same as the reply read alone in its place', () => {
		const [x, y1, x2, y2] = explainReplies([X, Y, {...X}, {...Y}]);
		const [, fresh] = explainReplies([X, Y]);
		expect(x2).toBe(x);
		expect(y1).toEqual(fresh);
		expect(y2).toEqual(fresh);
		// Words that disagree with the group's reading keep a reading of their own: one object per reply.
		expect(y1!.title).not.toBe(x!.title);
		expect(y2).not.toBe(y1);
		// Other tags are another reply: a provider's tag makes it the group's reading.
		const [, z, x3, x4] = explainReplies([Y, Z, X, {...X}]);
		expect(z!.provider).toBeDefined();
		expect(x3).toEqual(x);
		expect(x4).toEqual(x);
		expect(x4).not.toBe(x3);
	});

	it('in a whole text too: a reply said twice gets its own reading twice, as two objects', () => {
		const text = 'Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\nStatus: 5.1.1\n\n550 5.1.1 Mailbox is full\n\n550 5.1.1 Mailbox is full';
		const found = explainText(text);
		expect(found.map(f => f.explanation.title)).toEqual(['Bad destination mailbox address', 'Bad destination mailbox address', 'Mailbox full', 'Mailbox full']);
		expect(found[1]!.explanation).toBe(found[0]!.explanation);
		expect(found[3]!.explanation).not.toBe(found[2]!.explanation);
		expect(found[3]!.explanation).toEqual(found[2]!.explanation);
	});
});

describe('the provider comes from the whole bounce', () => {
	it('reads the host fields in order, not a provider named elsewhere', () => {
		expect(bounceHosts('<a@b.example>: host mx1.example.net[192.0.2.7] said: 550 5.1.1 nope')).toEqual(['mx1.example.net']);
		expect(bounceProvider('Remote-MTA: dns; mx.google.com\nReporting-MTA: dns; mail.example.org')).toBe('google');
		expect(bounceProvider(OUTLOOK_NDR)).toBe('microsoft');
		expect(bounceProvider('From: someone@outlook.com\n550 5.7.1 refused')).toBeUndefined();
	});

	it('explains a reply that names no provider in the light of the bounce\'s provider', () => {
		const text = 'Reporting-MTA: dns; BN8PR01MB1234.namprd01.prod.outlook.com\nStatus: 5.1.10';
		const [reply] = explainText(text);
		expect(reply?.explanation.provider?.id).toBe('microsoft');
		expect(explainText('Status: 5.1.10')[0]?.explanation.provider).toBeUndefined();
	});

	it('takes a report\'s recipient provider when given one', () => {
		const report: BounceReport = {kind: 'bounce', summary: '', recipients: [{
			recipient: 'user@contoso.example', status: '5.1.10', replyCode: '550', reason: 'userunknown', hardBounce: true,
			action: 'failed', diagnostic: '550 5.1.10', command: 'RCPT', remoteMta: '', provider: 'microsoft',
		}]};
		expect(explainText('Status code: 550 5.1.10', report)[0]?.explanation.provider?.id).toBe('microsoft');
		expect(explainReplies([{reply: '550', enhanced: '5.1.10', tags: [], text: '550 5.1.10'}], {report})[0]?.provider?.id).toBe('microsoft');
	});

	it('explains nothing in a text without codes, and never throws on odd input', () => {
		expect(explainText('')).toEqual([]);
		expect(explainText('no codes here at all')).toEqual([]);
		expect(explainReplies([{tags: ['ZZZZ99'], text: 'x'}])).toEqual([undefined]);
	});
});

describe('a precise code whose registry meaning states the words keeps its card', () => {
	it('reads size words under X.2.3 as X.2.3 itself', () => {
		const e = only('552 5.2.3 Message size exceeds fixed maximum message size (10485760)');
		expect(e.title).toBe('Message length exceeds administrative limit');
		expect(e.notes.join(' ')).not.toMatch(/its words say/);
	});
});
