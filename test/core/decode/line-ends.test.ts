import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../../src/core/decode';
import {trimRawLineEnds} from '../../../src/core/decode/mime';
import {blankAtLineEnd, plainSpaces, trimLineEnds} from '../../../src/core/decode/text';
import {mulberry32} from '../../helpers/prng';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('blanks at the ends of lines', () => {
	test('trimLineEnds drops them, and empties lines of blanks only', () => {
		expect(trimLineEnds('Status: 5.1.1 \t\nAction: failed  \n   \nend ')).toBe('Status: 5.1.1\nAction: failed\n\nend');
		const clean = 'no blanks\nhere';
		expect(trimLineEnds(clean)).toBe(clean);
	});

	test('blankAtLineEnd tells what /[ \t](?:\n|$)/ tells, on random runs of blanks, CRs, LFs and letters', () => {
		const rnd = mulberry32(0x1f0a);
		let blank = 0;
		for (let k = 0; k < 20_000; k++) {
			const s = Array.from({length: Math.floor(rnd() * 16)}, () => ' \t\r\nab'[Math.floor(rnd() * 6)]).join('');
			const want = /[ \t](?:\n|$)/.test(s);
			expect(blankAtLineEnd(s), JSON.stringify(s)).toBe(want);
			if (want) blank++;
		}
		expect(blank).toBeGreaterThan(5000);
		expect(blank).toBeLessThan(15_000);
	});

	test('trimRawLineEnds keeps CRLF, keeps lines of blanks only, returns clean input itself', () => {
		expect(text(trimRawLineEnds(bytes('A: 1 \r\nB: 2\t\n \t\n\nbody  \nlast  ')))).toBe('A: 1\r\nB: 2\n \t\n\nbody\nlast');
		expect(text(trimRawLineEnds(bytes('\nfirst line empty\nsecond  \n')))).toBe('\nfirst line empty\nsecond\n');
		const clean = bytes('A: 1\r\n\r\nbody\r\n');
		expect(trimRawLineEnds(clean)).toBe(clean);
	});

	test('trimRawLineEnds and decodeBounce leave the caller\'s bytes as they were, a Node Buffer too', async () => {
		const raw = 'From: MAILER-DAEMON@example.net  \nSubject: Undelivered  \n\nStatus: 5.1.1  \nbody  \n';
		for (const input of [Buffer.from(raw), bytes(raw)]) {
			expect(text(trimRawLineEnds(input))).toBe('From: MAILER-DAEMON@example.net\nSubject: Undelivered\n\nStatus: 5.1.1\nbody\n');
			expect(text(input)).toBe(raw);
			await decodeBounce(input);
			expect(text(input)).toBe(raw);
		}
	});

	test('trimRawLineEnds equals its line-by-line definition on random runs of blanks, CRs, LFs and letters', () => {
		// Untouched unless an LF-ended line has blanks before its (CR)LF; then every line, the last
		// included, loses the blanks before its end (one CR kept), unless it is blanks only.
		const reference = (s: string): string =>
			/[ \t]\r?\n/.test(s)
				? s.split('\n').map((line) => {
					const cr = line.endsWith('\r') ? '\r' : '';
					const body = line.slice(0, line.length - cr.length);
					const trimmed = body.replace(/[ \t]+$/, '');
					return (trimmed ? trimmed : body) + cr;
				}).join('\n')
				: s;
		const rnd = mulberry32(0x7e1a);
		for (let k = 0; k < 20_000; k++) {
			const s = Array.from({length: Math.floor(rnd() * 24)}, () => ' \t\r\nab'[Math.floor(rnd() * 6)]).join('');
			const raw = bytes(s);
			const got = trimRawLineEnds(raw);
			expect(text(got)).toBe(reference(s));
			if (!/[ \t]\r?\n/.test(s)) expect(got).toBe(raw);
		}
	});

	// A quoted-printable notice whose soft line break (`=` at the end of a line) falls inside the
	// reply: padded, `= ` is no soft break unless the decoder first drops the blanks (RFC 2045 §6.7).
	const notice = (pad: string) =>
		[
			'From: MAILER-DAEMON@mx.example.org',
			'Subject: Undelivered Mail Returned to Sender',
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset=us-ascii',
			'Content-Transfer-Encoding: quoted-printable',
			'',
			`This is the mail system at host mx.example.org.${pad}`,
			'',
			`<a@example.com>: host mx.example.com said: 55=${pad}`,
			`2 5.2.2 Mailbox is full (in reply to RCPT TO command)${pad}`,
			'',
		].join('\r\n');

	test('a raw notice padded with blanks (a quoted-printable soft break among them) reads as the unpadded one', async () => {
		const plain = await decodeBounce(notice(''));
		expect(plain.recipients[0]).toMatchObject({recipient: 'a@example.com', status: '5.2.2', replyCode: '552', reason: 'mailboxfull'});
		expect(await decodeBounce(notice(' \t'))).toEqual(plain);
		expect(await decodeBounce(bytes(notice(' ')))).toEqual(plain);
	});

	test('displayed text padded with blanks reads as the unpadded one', () => {
		const shown = 'This is the mail system at host mx.example.org.\n\n<a@example.com>: host mx.example.com said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n';
		const plain = decodeText(shown);
		expect(plain.recipients[0]).toMatchObject({recipient: 'a@example.com', status: '5.1.1', reason: 'userunknown'});
		expect(decodeText(shown.replace(/\n/g, '   \n'))).toEqual(plain);
	});

	test('no-break and zero-width characters a page renders read as plain spaces, or nothing', () => {
		expect(plainSpaces('a\u00a0b\u202fc\u3000d 5.1.\u200b1\ufeff')).toBe('a b c d 5.1.1');
		const shown = 'This is the mail system at host mx.example.org.\n\n<a@example.com>: host mx.example.com said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n';
		const rendered = shown.replace(/^ {4}/m, '\u00a0'.repeat(4)).replace('said: ', 'said:\u00a0').replace('5.1.1', '5.1.\u200b1');
		expect(decodeText(rendered)).toEqual(decodeText(shown));
	});
});
