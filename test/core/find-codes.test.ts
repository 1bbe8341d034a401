import {describe, expect, it} from 'vitest';
import {findCodes, findMatches, hasCodes} from '../../src/core/find-codes';
import type {Finding, MatchKind} from '../../src/core/types';
import {expectValidOffsets} from '../helpers/offsets';
import {negatives as diagnosticNegatives, positives as diagnosticPositives} from '../helpers/diagnostics';

// Fixture format: see the header of each file in test/fixtures/diagnostics/.
const positives = diagnosticPositives();
const negatives = diagnosticNegatives();

const kindOf = (code: string): MatchKind =>
	/^\d{3}$/.test(code) ? 'reply' : /^\d\.\d\.\d{1,3}$/.test(code) ? 'enhanced' : 'provider-tag';

const summary = (f: Finding): string =>
	[f.reply?.code ?? '-', f.enhanced?.code ?? '-', ...f.tags.map((t) => t.code)].join(' ');

describe('fixtures', () => {
	it('has the spread the style guide asks for', () => {
		expect(positives.length).toBeGreaterThanOrEqual(60);
		expect(negatives.length).toBeGreaterThanOrEqual(40);
	});

	it.each(positives)('finds $expected in %#', ({expected, input}) => {
		const matches = findMatches(input);
		expect(matches.map((m) => m.code)).toEqual(expected);
		expect(matches.map((m) => m.kind)).toEqual(expected.map(kindOf));
		expectValidOffsets(input, matches);
	});

	it.each(negatives)('finds nothing in %j', (input) => {
		expect(findMatches(input)).toEqual([]);
		expect(findCodes(input)).toEqual([]);
		expect(hasCodes(input)).toBe(false);
	});

	it('says a text has codes exactly when findCodes finds some (hasCodes stops at the first)', () => {
		for (const {input} of positives) expect(hasCodes(input)).toBe(true);
		// Tags only, a code only after look-alikes, a refused code before an accepted one.
		for (const input of ['[TSS04]', 'see (S3150) here', 'OFR_506', 'order #550 then\n550 5.1.1 no such user', 'took 250 ms; said: 421 try later', 'v2.3.1 and 10:550', '']) {
			expect(hasCodes(input)).toBe(findCodes(input).length > 0);
		}
		expect(hasCodes('took 250 ms, order #550')).toBe(false);
	});

	it('groups every positive into findings that hold all its tokens', () => {
		for (const {input} of positives) {
			const findings = findCodes(input);
			const tokens = findMatches(input);
			const grouped = findings.flatMap((f) => [f.reply, f.enhanced, ...f.tags]).filter((m) => m !== undefined);
			// Each finding's first token opens it; every token lies inside a finding's span.
			for (const t of tokens) expect(findings.some((f) => f.start <= t.start && t.end <= f.end)).toBe(true);
			expect(grouped.length).toBeLessThanOrEqual(tokens.length);
		}
	});
});

describe('grouping', () => {
	it('joins a Postfix-wrapped reply: code, enhanced code and tag on different lines', () => {
		const text =
			'<b@yahoo.com>: host mta6.am0.yahoodns.net[192.0.2.37] said: 421\n' +
			'    4.7.0 [TSS04] Messages from 192.0.2.16 temporarily deferred due to\n' +
			'    unexpected volume or user complaints - 4.16.55.1; see\n' +
			'    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)\n' +
			'\n' +
			'Reporting-MTA: dns; mailer.example.net\n';
		const findings = findCodes(text);
		expect(findings.map(summary)).toEqual(['421 4.7.0 TSS04']);
		const [f] = findings;
		expect(f?.text).toBe(
			'421 4.7.0 [TSS04] Messages from 192.0.2.16 temporarily deferred due to unexpected volume or user complaints' +
				' - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)',
		);
		expect(text.slice(f!.start, f!.end).startsWith('421')).toBe(true);
		expect(text.slice(f!.start, f!.end).endsWith('command)')).toBe(true);
	});

	it('makes one finding of a multi-line reply and drops the repeated prefixes from its text', () => {
		const text =
			'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try\n' +
			" 550-5.1.1 double-checking the recipient's email address for typos or\n" +
			' 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser y3si675602plr.1 - gsmtp\n' +
			'Last-Attempt-Date: Wed, 5 Dec 2023 14:03:22 +0100\n';
		const findings = findCodes(text);
		expect(findings.map(summary)).toEqual(['550 5.1.1']);
		expect(findings[0]?.text).toBe(
			'550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the' +
				" recipient's email address for typos or https://support.google.com/mail/?p=NoSuchUser y3si675602plr.1 - gsmtp",
		);
		expect(findMatches(text)).toHaveLength(6);
	});

	it('joins continuation prefixes that Postfix folded into mid-line positions', () => {
		const text =
			'<data@gmail.com>: host alt1.gmail-smtp-in.l.google.com[192.0.2.26]\n' +
			'    said: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail\n' +
			'    originating 421-4.7.28 from your SPF domain. To protect 421-4.7.28 our\n' +
			'    users from spam, mail sent from your domain has been temporarily rate\n' +
			'    limited. 421 4.7.28 review our Bulk Email Senders Guidelines. (in reply to\n' +
			'    end of DATA command)\n';
		const findings = findCodes(text);
		expect(findings.map(summary)).toEqual(['421 4.7.28']);
		expect(findings[0]?.text).toBe(
			'421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain.' +
				' To protect our users from spam, mail sent from your domain has been temporarily rate limited.' +
				' review our Bulk Email Senders Guidelines. (in reply to end of DATA command)',
		);
	});

	it('joins a multi-line reply without enhanced codes', () => {
		const text =
			'<p@example.nl>: host example.nl[192.0.2.14] said: 550-The mail server\n' +
			'    could not deliver mail to p@example.nl.  The account 550-or domain may\n' +
			'    not exist, they may be blacklisted, or missing the proper dns 550 entries.\n' +
			'    (in reply to RCPT TO command)\n';
		const findings = findCodes(text);
		expect(findings.map(summary)).toEqual(['550 -']);
		expect(findings[0]?.text).toBe(
			'550 The mail server could not deliver mail to p@example.nl. The account or domain may not exist, they may' +
				' be blacklisted, or missing the proper dns entries. (in reply to RCPT TO command)',
		);
	});

	it('pairs codes whose classes disagree (the explainer flags it)', () => {
		expect(findCodes('550 4.2.2 Mailbox full').map(summary)).toEqual(['550 4.2.2']);
	});

	it('keeps a nested Exchange reply apart from the outer one', () => {
		const text =
			"Remote Server returned '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable" +
			" -> 550 Unknown user'";
		const findings = findCodes(text);
		expect(findings.map(summary)).toEqual(['550 5.1.351', '550 -']);
		expect(findings[0]?.text).toBe('550 5.1.351 Remote server returned unknown recipient or mailbox unavailable');
		expect(findings[1]?.text).toBe('550 Unknown user');
	});

	it('separates the Exchange hop code from the reply it wraps', () => {
		const text = 'mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#';
		expect(findCodes(text).map(summary)).toEqual(['- 5.7.1', '530 5.7.1']);
	});

	it('gives DSN fields and each recipient of a report their own findings', () => {
		const text =
			'<a@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>:\n' +
			'    Recipient address rejected: User unknown (in reply to RCPT TO command)\n' +
			'<b@example.org>: host mx.example.org[192.0.2.2] said: 552 5.2.2 <b@example.org>:\n' +
			'    Mailbox full (in reply to RCPT TO command)\n' +
			'\n' +
			'Final-Recipient: rfc822; a@example.com\n' +
			'Action: failed\n' +
			'Status: 5.1.1\n' +
			'Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown\n';
		const findings = findCodes(text);
		expect(findings.map(summary)).toEqual(['550 5.1.1', '552 5.2.2', '- 5.1.1', '550 5.1.1']);
		expect(findings[1]?.text).toBe('552 5.2.2 <b@example.org>: Mailbox full (in reply to RCPT TO command)');
		expect(findings[2]?.text).toBe('5.1.1');
	});

	it('ends a reply at a blank line', () => {
		const findings = findCodes('said: 550 User unknown\n\n    Status: 5.1.1\n');
		expect(findings.map(summary)).toEqual(['550 -', '- 5.1.1']);
	});

	it('keeps the tags of a reply with it and a lone tag on its own', () => {
		const findings = findCodes('554 5.7.1 [CS01] Message rejected (S3150)\n\nSee [HME1] for details.');
		expect(findings.map(summary)).toEqual(['554 5.7.1 CS01 S3150', '- - HME1']);
	});

	it('trims the quote of `returned \'…\'` and caps the text', () => {
		const [f] = findCodes(`Remote Server returned '550 5.1.10 ${'x'.repeat(3000)}'`);
		expect(f?.text.length).toBeLessThanOrEqual(1000);
		const [g] = findCodes("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found'");
		expect(g?.text).toBe('550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found');
	});

	it('reports offsets of the scanned text, whatever comes before', () => {
		const text = 'héllo wörld 🙂\r\n\tsaid: 550\r\n    5.1.1 User unknown [TSS04]';
		const matches = findMatches(text);
		expect(matches.map((m) => m.code)).toEqual(['550', '5.1.1', 'TSS04']);
		expectValidOffsets(text, matches);
	});

	it('finds nothing in empty or code-free input', () => {
		expect(findCodes('')).toEqual([]);
		expect(findMatches('Hello')).toEqual([]);
	});
});

describe('numbered provider codes', () => {
	// Spectrum `AUP#I-1310`, Orange / La Poste `OFR_506`, `OFR004_506`, `LPN007_416`: each token is
	// marked as written and joins the reply it ends.
	const tagged: Array<[input: string, expected: string[]]> = [
		['421 4.7.0 Too many connections. AUP#In-1310', ['421', '4.7.0', 'AUP#In-1310']],
		['554 5.7.1 Please see https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#I-1000', ['554', '5.7.1', 'AUP#I-1000']],
		['550 5.7.1 AUP#O-1010', ['550', '5.7.1', 'AUP#O-1010']],
		['550 5.5.0 Mail rejete. Mail rejected. OFR_506 [506]', ['550', '5.5.0', 'OFR_506']],
		['552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]', ['552', '5.1.1', 'OFR_417']],
		['host smtp-in.orange.fr[192.0.2.65] said: 421 mwinf5c79 ME Trop de connexions. Too many connections, slow down. OFR005_104 [104]', ['421', 'OFR005_104']],
		['550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416', ['550', '5.5.0', 'LPN007_416']],
		['550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]', ['550', '5.2.0', 'ofr_506']],
		['Mail rejected. OUK_513', ['OUK_513']],
		['AUP#I-1310', ['AUP#I-1310']],
		['OFR_506', ['OFR_506']],
	];

	it.each(tagged)('finds the tag in %j', (input, expected) => {
		const matches = findMatches(input);
		expect(matches.map((m) => m.code)).toEqual(expected);
		expect(matches.map((m) => m.kind)).toEqual(expected.map(kindOf));
		expectValidOffsets(input, matches);
		expect(findCodes(input)).toHaveLength(1);
	});

	it('keeps the tag with its reply, and a later reply apart', () => {
		const findings = findCodes('<a@charter.net>: host mx.charter.net said: 550 5.1.0 sender rejected.\n    AUP#In-1310 (in reply to MAIL FROM command)\n\n552 5.1.1 Recipient overquota. OFR_417 [417]');
		expect(findings.map(summary)).toEqual(['550 5.1.0 AUP#In-1310', '552 5.1.1 OFR_417']);
	});

	it.each([
		'AUP#CXSNDR',
		'AUP#I-13100',
		'AUP#I-131',
		'xAUP#I-1310',
		'TLS1_2 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
		'MY_VAR_123',
		'xOFR_506',
		'PROFR_506',
		'OFR_5067',
		'OFR_50',
		'OFR_506x',
		'LPN12_416',
		'file_name_123.txt',
		'_506',
	])('finds no tag in %j', (input) => {
		expect(findMatches(input)).toEqual([]);
	});

	it('scans a long run of underscores and AUP marks in linear time', () => {
		const start = performance.now();
		for (const unit of ['_', 'OFR_50', 'AUP#', 'AUP#In-131', '1_1']) findMatches(unit.repeat(Math.ceil(200_000 / unit.length)));
		expect(performance.now() - start).toBeLessThan(500);
	});
});
