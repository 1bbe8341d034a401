import {describe, expect, it} from 'vitest';
import {explain, isInvalid, namedWithoutSearch} from '../../src/core/explain';
import {detectProviders} from '../../src/core/receivers';
import type {Explanation} from '../../src/core/types';

function ok(code: string, ctx = {}): Explanation {
	const result = explain(code, ctx);
	if (isInvalid(result)) throw new Error(`${code}: ${result.error}`);
	return result;
}

describe('explain: registry codes', () => {
	it('explains 5.1.1 as a permanent bad mailbox that must not be retried', () => {
		const e = ok('5.1.1');
		expect(e).toMatchObject({kind: 'enhanced', severity: 'permanent', title: 'Bad destination mailbox address', reason: 'userunknown', retry: 'do-not-retry', inRegistry: true});
		expect(e.fix.length).toBeGreaterThanOrEqual(2);
		expect(e.sources.join(' ')).toMatch(/RFC 3463/);
	});

	it('explains 4.2.2 as transient and says the sender retries', () => {
		expect(ok('4.2.2')).toMatchObject({severity: 'transient', retry: 'will-retry', reason: 'mailboxfull'});
	});

	it('explains 2.0.0 as success with nothing to fix', () => {
		expect(ok('2.0.0')).toMatchObject({severity: 'success', whoActs: 'nobody', fix: []});
	});

	it('explains reply codes from the RFC table', () => {
		expect(ok('550')).toMatchObject({kind: 'reply', severity: 'permanent', inRegistry: true});
		expect(ok('421')).toMatchObject({kind: 'reply', severity: 'transient', retry: 'will-retry'});
		expect(ok('354')).toMatchObject({kind: 'reply', severity: 'intermediate'});
		expect(ok('250')).toMatchObject({kind: 'reply', severity: 'success'});
	});
});

describe('explain: codes missing from the registry', () => {
	it('decomposes 5.7.999 into permanent + security or policy', () => {
		const e = ok('5.7.999');
		expect(e).toMatchObject({severity: 'permanent', inRegistry: false});
		expect(e.title).toMatch(/Permanent/i);
		expect(e.title).toMatch(/Security or Policy/i);
		expect(e.notes.join(' ')).toMatch(/not in the IANA registry/);
	});

	it('gives 4.4.316, which only Microsoft documents, Microsoft’s reading and says so', () => {
		const e = ok('4.4.316');
		expect(e).toMatchObject({severity: 'transient', retry: 'will-retry', inRegistry: false, provider: {id: 'microsoft'}});
		expect(e.notes[0]).toMatch(/not in the IANA registry.*Network and Routing/);
	});

	it('gives a pasted reply line that names no provider the only documented reading of its code', () => {
		const text = '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.';
		const e = ok('451 4.7.650', {text});
		expect(e).toMatchObject({kind: 'pair', severity: 'transient', provider: {id: 'microsoft'}});
		expect(e.notes.join(' ')).toMatch(/4\.7\.650 is not in the IANA registry; Microsoft 365 \/ Exchange Online documents it/);
		// A text that names another provider keeps that provider's rules, or the registry's reading.
		expect(ok('451 4.7.650', {text: `${text} - gsmtp`}).provider).toBeUndefined();
		// A registry code keeps the registry's reading.
		expect(ok('550 5.1.1', {text: '550 5.1.1 user unknown'}).provider).toBeUndefined();
	});

	it('does not let a provider’s documented range speak for a bare code', () => {
		expect(ok('5.7.999').provider).toBeUndefined();
	});

	it('explains an undefined but well-formed reply code from its digits', () => {
		const e = ok('542');
		expect(e).toMatchObject({severity: 'permanent', inRegistry: false});
		expect(e.sources).toContain('RFC 5321 §4.2.1');
	});
});

describe('explain: pairs', () => {
	it('explains 550 5.1.1 with both parts', () => {
		const e = ok('550 5.1.1');
		expect(e).toMatchObject({kind: 'pair', code: '550 5.1.1', severity: 'permanent', reason: 'userunknown'});
		expect(e.parts?.map(p => p.code)).toEqual(['550', '5.1.1']);
	});

	it('says so when the classes of the two codes disagree', () => {
		const e = ok('550 4.2.2');
		expect(e.severity).toBe('permanent');
		expect(e.notes[0]).toMatch(/disagree/);
	});
});

describe('explain: bad input never throws', () => {
	it.each(['', '5.1', '5.9.1', '999', 'not a code', '\u0000\u0001', '5'.repeat(10_000)])('input #%# → invalid with a message', input => {
		const result = explain(input);
		expect(isInvalid(result)).toBe(true);
		if (isInvalid(result)) expect(result.error.length).toBeGreaterThan(10);
	});

	it('survives 10 KB of random bytes', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
		const junk = String.fromCharCode(...Array.from({length: 10_240}, () => Math.floor(random() * 256)));
		expect(() => explain(junk)).not.toThrow();
	});
});

describe('explain: provider first, then registry', () => {
	it('uses Gmail’s meaning of 5.7.27 only when the bounce is Gmail’s', () => {
		const gmail = ok('550 5.7.27', {text: '550 5.7.27 The sender’s SPF did not pass. gsmtp'});
		const other = ok('550 5.7.27');
		expect(gmail.provider?.id).toBe('google');
		expect(other.provider).toBeUndefined();
		expect(gmail.title).not.toBe(other.title);
	});

	it('reads Gmail’s DMARC sentence as Gmail’s even without the gsmtp trailer', () => {
		const e = ok('550 5.7.26', {text: "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy."});
		expect(e.provider?.id).toBe('google');
		expect(e.reason).toBe('authfailure');
	});

	it('explains Microsoft’s 5.1.10 as an unknown recipient', () => {
		const e = ok('550 5.1.10', {text: 'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'});
		expect(e).toMatchObject({severity: 'permanent', reason: 'userunknown', provider: {id: 'microsoft'}});
	});

	it('explains a Yahoo tag on its own', () => {
		const e = ok('TSS04');
		expect(e).toMatchObject({kind: 'provider-tag', provider: {id: 'yahoo'}, severity: 'transient'});
	});

	it('explains a bare Spectrum code in Spectrum’s terms, in any of its written forms', () => {
		for (const code of ['AUP#I-1310', 'AUP#In-1310', 'AUP#1310', '[AUP#I-1310]']) {
			const e = ok(code);
			expect(e, code).toMatchObject({kind: 'provider-tag', provider: {id: 'spectrum'}, reason: 'toomanyconn'});
			expect(e.code).toBe(code.replace(/^\[|\]$/g, ''));
			expect(e.sources).toEqual(['https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes']);
			expect(e.fix.join(' ')).toMatch(/connections/);
		}
		expect(ok('AUP#O-1010')).toMatchObject({provider: {id: 'spectrum'}, reason: 'rejected', whoActs: 'sender'});
	});

	it('explains a bare Orange or La Poste code in Orange’s terms', () => {
		expect(ok('OFR_506')).toMatchObject({kind: 'provider-tag', provider: {id: 'orange'}, reason: 'spamdetected', severity: 'permanent'});
		expect(ok('OFR005_104')).toMatchObject({provider: {id: 'orange'}, reason: 'toomanyconn', severity: 'transient'});
		expect(ok('LPN007_416')).toMatchObject({provider: {id: 'orange'}, reason: 'userunknown', retry: 'do-not-retry'});
	});

	it('says a numbered code without a documented meaning is not explained, without throwing', () => {
		const result = explain('OFR_999');
		expect(isInvalid(result) && result.error).toMatch(/not documented/);
		expect(isInvalid(explain('AUP#I-1095'))).toBe(true);
	});

	it('says what kind of tag an unlisted provider tag is, in every form the scanner marks', () => {
		const said = (code: string): string => {
			const result = explain(code);
			return isInvalid(result) ? result.error : `explained as ${result.title}`;
		};
		expect(said('AS(2005)')).toMatch(/^“AS\(2005\)” is a Microsoft anti-spam rule tag.*publishes no list/);
		expect(said('(AS16012611)')).toMatch(/^“AS16012611” is a Microsoft anti-spam rule tag/);
		expect(said('S2017062302')).toMatch(/^“S2017062302” is an Outlook\.com tag/);
		expect(said('[TSS99]')).toMatch(/Yahoo \/ AOL tag .*not one Yahoo's error-code page lists/);
		expect(said('HME7')).toMatch(/Apple iCloud Mail tag/);
		expect(said('SC-009')).toBe('“SC-009” is not a provider tag we know.');
		expect(said('XYZ12')).toBe('“XYZ12” is not an SMTP code or a known provider tag.');
		// A listed tag is still explained by its rule.
		expect(said('(S3150)')).toBe('explained as Outlook.com block list (S3150)');
	});

	it('lets the code of a reply decide its pair’s explanation', () => {
		const text = '550 5.1.0 <0100abcd@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310';
		expect(ok('550 5.1.0', {text, tags: ['AUP#In-1310']})).toMatchObject({kind: 'pair', provider: {id: 'spectrum'}, reason: 'toomanyconn'});
		expect(ok('552 5.1.1', {text: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]'})).toMatchObject({provider: {id: 'orange'}, reason: 'mailboxfull'});
	});

	it('keeps the registry title as a note when a provider rule wins', () => {
		const e = ok('5.7.26', {provider: 'google'});
		expect(e.provider?.id).toBe('google');
		expect(e.notes.join(' ')).toMatch(/Registry title/);
	});
});

describe('a caller that knows the receivers the words name', () => {
	it('gets what explain() finds when it searches for them itself', () => {
		const replies: [string, string][] = [
			['550 5.7.1', '550 5.7.1 Service unavailable; client host blocked using zen.spamhaus.org'],
			['550 5.1.1', '550-5.1.1 The email account that you tried to reach does not exist. gsmtp'],
			['550 5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'],
			['4.4.316', '4.4.316 Connection refused'],
			['421', '421 4.7.0 [TSS04] Messages temporarily deferred'],
			['TSS04', '421 4.7.0 [TSS04] Messages temporarily deferred'],
			['550', '550 Requested action not taken'],
		];
		for (const [code, text] of replies) {
			expect(explain(code, {text, detected: detectProviders(text)}), text).toEqual(explain(code, {text}));
		}
	});
});

describe('a text without a letter', () => {
	it('names no receiver, known without searching, and explains as a search would', () => {
		for (const text of ['550', '5.1.1', '550 5.7.1', '421 4.4.2 [192.0.2.1]:25 (#4.4.2)', '']) {
			expect(namedWithoutSearch(text)).toEqual([]);
			expect(detectProviders(text)).toEqual([]);
		}
		expect(namedWithoutSearch('550 gsmtp')).toBeUndefined();
		for (const code of ['550', '5.1.1', '550 5.7.1', '4.4.316']) {
			expect(explain(code, {text: code})).toEqual(explain(code, {text: code, detected: detectProviders(code)}));
		}
	});
});

describe('a code asked about again', () => {
	it('gets an equal card that is a new object, whose notes and sources are its own', () => {
		for (const code of ['5.1.1', '4.7.999', '550', '541', '558', '550 5.1.1', '451 5.7.1']) {
			const first = ok(code);
			first.notes.push('changed by a caller');
			first.sources.push('changed by a caller');
			first.title = 'changed by a caller';
			const again = ok(code);
			expect(again).not.toBe(first);
			expect(again.notes).not.toContain('changed by a caller');
			expect(again.sources).not.toContain('changed by a caller');
			expect(again.title).not.toBe('changed by a caller');
			for (const part of again.parts ?? []) expect(part.notes).not.toContain('changed by a caller');
		}
	});
});
