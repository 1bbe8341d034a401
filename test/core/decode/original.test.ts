import {describe, expect, it} from 'vitest';
import {decodeBounce, decodeMessages, decodeText} from '../../../src/core';
import {cleanValue, decodeWords, headerFields, MAX_VALUE} from '../../../src/core/decode/original';

/** A Postfix-style report with the returned message's headers in a part of `type`. */
function withReturned(type: string, headers: string[]): string {
	return [
		'From: MAILER-DAEMON@mail.example.org',
		'To: alice@example.org',
		'Subject: Undelivered Mail Returned to Sender',
		'MIME-Version: 1.0',
		'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
		'',
		'--b', 'Content-Type: text/plain', '',
		'<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 <bob@example.net>: user unknown (in reply to RCPT TO command)', '',
		'--b', 'Content-Type: message/delivery-status', '',
		'Reporting-MTA: dns; mail.example.org', '',
		'Final-Recipient: rfc822; bob@example.net', 'Action: failed', 'Status: 5.1.1', 'Remote-MTA: dns; mx.example.net', 'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: user unknown', '',
		'--b', `Content-Type: ${type}`, '',
		...headers, '',
		'Body of the returned message.', '',
		'--b--', '',
	].join('\r\n');
}

const HEADERS = ['Received: from x', 'From: Alice <alice@example.org>', 'To: bob@example.net', 'Subject: Quarterly', ' report', 'Date: Sun, 22 Nov 2026 10:15:01 +0100', 'Message-ID: <1@example.org>'];

describe('the returned message a bounce is about', () => {
	it.each(['message/rfc822', 'text/rfc822-headers'])('reads Subject (unfolded), Date and From from a %s part', async type => {
		const report = await decodeBounce(withReturned(type, HEADERS));
		expect(report.recipients[0]).toMatchObject({recipient: 'bob@example.net', remoteMta: 'mx.example.net', command: 'RCPT'});
		expect(report.original).toEqual({subject: 'Quarterly report', date: 'Sun, 22 Nov 2026 10:15:01 +0100', from: 'Alice <alice@example.org>'});
	});

	it("is absent when the bounce returns no headers, and never the notice's own", async () => {
		const bare = withReturned('message/rfc822', HEADERS).replace(/--b\r\nContent-Type: message\/rfc822[\s\S]*?(?=--b--)/, '');
		const report = await decodeBounce(bare);
		expect(report.recipients).toHaveLength(1);
		expect(report.original).toBeUndefined();
	});

	it('reads the header lines after an "Original message" marker in displayed text', () => {
		const text = [
			'This is the mail system at host mail.example.org.',
			'',
			'<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 user unknown (in reply to RCPT TO command)',
			'',
			'----- Original message -----',
			'',
			'DKIM-Signature: v=1; a=rsa-sha256; d=example.org;',
			'Date: Sun, 22 Nov 2026 10:15:01 +0100',
			'Subject: Release notes',
			'To: bob@example.net',
		].join('\n');
		expect(decodeText(text).original).toEqual({subject: 'Release notes', date: 'Sun, 22 Nov 2026 10:15:01 +0100'});
	});

	it("reads a returned part's own fields first, then the message's headers", () => {
		const text = '<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 user unknown (in reply to RCPT TO command)\n\nContent-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\nFrom: alice@example.org\nSubject: Hi\n';
		expect(decodeText(text).original).toEqual({subject: 'Hi', from: 'alice@example.org'});
	});

	it('a text that is no bounce has none, even with header lines', () => {
		expect(decodeText('----- Original message -----\nSubject: hello\nFrom: a@b.example\n').original).toBeUndefined();
	});

	it('decodeMessages reads it only when asked', async () => {
		const parts = [];
		for await (const part of decodeMessages(withReturned('message/rfc822', HEADERS))) parts.push(part);
		expect(parts[0]!.original?.subject).toBe('Quarterly report');
	});
});

describe('header values are attacker text', () => {
	it('decodes RFC 2047 encoded words (B and Q, adjacent words joined) and leaves malformed ones', () => {
		expect(decodeWords('=?UTF-8?B?SGVsbG8g8J+Mjg==?= =?UTF-8?Q?_w=C3=B6rld?=')).toBe('Hello 🌎 wörld');
		expect(decodeWords('=?ISO-8859-1?Q?Caf=E9?= ok')).toBe('Café ok');
		// Typographic bytes under a Latin-1 or Windows-1252 label are Windows-1252's, in every runtime (Node 20's decoder reads C1 controls).
		expect(decodeWords('=?windows-1252?Q?=93Hi=94_=96_x?= =?iso-8859-1?B?k2GU?=')).toBe('“Hi” – x“a”');
		expect(decodeWords('=?utf-8*en?q?hi?=')).toBe('hi');
		expect(decodeWords('=?x-unknown-charset?B?SGk=?=')).toBe('=?x-unknown-charset?B?SGk=?=');
		expect(decodeWords('=?UTF-8?B?!!!?=')).toBe('=?UTF-8?B?!!!?=');
	});

	it('strips control and bidi characters, folds white space and caps the length', () => {
		expect(cleanValue('Invoice\u202e fdp.exe\u0007\r\n\tpaid\u200b')).toBe('Invoice fdp.exe paid');
		expect(cleanValue('=?UTF-8?Q?a=0Db=00c?=')).toBe('a b c');
		const long = cleanValue('x'.repeat(5000));
		expect(long).toHaveLength(MAX_VALUE);
		expect(long.endsWith('…')).toBe(true);
		expect(cleanValue(' \u0000 ')).toBe('');
	});

	it('keeps markup as plain text (surfaces render it as text)', () => {
		expect(headerFields('Subject: <img src=x onerror=alert(1)>\n')).toEqual({subject: '<img src=x onerror=alert(1)>'});
	});

	it('reads a long hostile block in linear time', () => {
		const block = `Subject: ${'=?UTF-8?B?'.repeat(20_000)}\n${' x'.repeat(100_000)}\nFrom: ${'=?a?q?'.repeat(30_000)}`;
		const started = performance.now();
		headerFields(block);
		expect(performance.now() - started).toBeLessThan(500);
	});
});
