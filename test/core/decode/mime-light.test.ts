import {describe, expect, it} from 'vitest';
import {LIGHT_CHARSETS, unflow} from '../../../src/core/decode/mime-body';
import {parseMime, parseMimeLight, parseMimePostal} from '../../../src/core/decode/mime';
import {expectLightAgrees, piecesData} from '../../helpers/mime';
import {bestOfTwo} from '../../helpers/timing';

// The light MIME splitter (src/core/decode/mime-light.ts) against postal-mime on hand-written
// messages: each either gives postal-mime's pieces exactly or is left to postal-mime.

const lf = (...lines: string[]): string => lines.join('\n');
const crlf = (...lines: string[]): string => lines.join('\r\n');
/** Bytes of a string whose characters are all below U+0100 (one byte each). */
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

const HEAD = ['From: MAILER-DAEMON@mx.example.org', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0'];

function report(boundary: string, text: string[], status = '5.1.1', tail = [`--${boundary}--`, '']): string[] {
	return [
		...HEAD,
		`Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="${boundary}"`,
		'',
		'This is a MIME-encapsulated message.',
		'',
		`--${boundary}`,
		...text,
		`--${boundary}`,
		'Content-Type: message/delivery-status',
		'',
		'Reporting-MTA: dns; mx.example.org',
		'',
		'Final-Recipient: rfc822; bob@example.net',
		'Action: failed',
		`Status: ${status}`,
		'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
		'',
		`--${boundary}`,
		'Content-Type: text/rfc822-headers',
		'',
		'From: alice@example.com',
		'To: bob@example.net',
		'Subject: Hello',
		'',
		...tail,
	];
}

/** Asserts the light splitter reads the message itself, as postal-mime does, and returns its pieces. */
async function light(raw: string | Uint8Array) {
	expect(await expectLightAgrees(raw)).toBe('light');
	return piecesData(parseMimeLight(raw)!);
}

/** Asserts the light splitter leaves the message to postal-mime, and parseMime still gives postal-mime's pieces. */
async function delegated(raw: string | Uint8Array): Promise<void> {
	expect(parseMimeLight(raw)).toBeUndefined();
	expect(piecesData(await parseMime(raw))).toEqual(piecesData(await parseMimePostal(raw)));
}

describe('the light MIME splitter', () => {
	it('reads a report: headers unfolded, text, delivery-status and the returned headers', async () => {
		const m = await light(lf(...report('b1', ['Content-Type: text/plain; charset=us-ascii', '', 'I could not deliver your message.', ''])));
		expect(m.headers).toContainEqual(['content-type', 'multipart/report; report-type=delivery-status;\tboundary="b1"']);
		// The empty line before a boundary stays in the part, as postal-mime keeps it.
		expect(m.text).toBe('I could not deliver your message.\n\n');
		expect(m.dsn).toEqual([expect.stringContaining('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown')]);
		expect(m.original).toBe('From: alice@example.com\nTo: bob@example.net\nSubject: Hello');
	});

	it('reads CRLF and LF line ends alike', async () => {
		const lines = report('b1', ['Content-Type: text/plain', '', 'Delivery failed.', '']);
		const a = await light(lf(...lines));
		const b = await light(crlf(...lines));
		expect({...b, body: ''}).toEqual({...a, body: ''});
	});

	it('walks nested multiparts, the innermost boundary first', async () => {
		const inner = ['Content-Type: multipart/alternative; boundary="alt"', '', '--alt', 'Content-Type: text/plain', '', 'plain notice', '--alt', 'Content-Type: text/html', '', '<p>html notice</p>', '--alt--', ''];
		const raw = lf(...HEAD, 'Content-Type: multipart/mixed; boundary="mix"', '', '--mix', ...report('rep', inner).slice(HEAD.length), '--mix', 'Content-Type: text/plain', '', 'footer', '--mix--', '');
		const m = await light(raw);
		expect(m.text).toBe('plain notice\n\nfooter\n');
		expect(m.dsn).toHaveLength(1);
	});

	it('decodes quoted-printable with soft line breaks and base64 with whitespace and padding inside', async () => {
		const qp = await light(lf(...report('q', ['Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '', '<bob@example.net>: host mx said: 55=', '0 5.1.1 Unbekannter Empf=E4nger=3D', '=ZZ and =4', ''])));
		expect(qp.text).toBe('<bob@example.net>: host mx said: 550 5.1.1 Unbekannter Empfänger=\n=ZZ and =4\n\n');
		const b64 = await light(lf(...report('b', ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', ' NTUw IDUu', 'MS4x = IFVzZXIg', '\tdW5rbm93bg==', ''])));
		expect(b64.text).toBe('550 5.1.1 User unknown');
	});

	it('decodes 8-bit text in its charset: ISO-8859-1, Shift_JIS, ISO-2022-JP', async () => {
		const part = (charset: string, body: string): Uint8Array => latin1(lf(...report('c', [`Content-Type: text/plain; charset="${charset}"`, 'Content-Transfer-Encoding: 8bit', '', body, ''])));
		expect((await light(part('ISO-8859-1', 'Empf\u00e4nger unbekannt'))).text).toBe('Empfänger unbekannt\n\n');
		// あて先 in Shift_JIS (82 A0 82 C4 90 E6) and in ISO-2022-JP (ESC $ B 24 22 24 46 40 68 ESC ( B).
		expect((await light(part('Shift_JIS', '\u0082\u00a0\u0082\u00c4\u0090\u00e6'))).text).toBe('あて先\n\n');
		expect((await light(part('iso-2022-jp', '\u001b$B$"$F@h\u001b(B'))).text).toBe('あて先\n\n');
	});

	it('reads the typographic bytes 0x80-0x9F of a part labelled Windows-1252, ISO-8859-1 or US-ASCII as a browser does, by both paths', async () => {
		// Node 20's TextDecoder reads these labels as ISO-8859-1 (C1 controls); the WHATWG index-windows-1252 reads quotes and dashes.
		const part = (charset: string, encoding: string, body: string): Uint8Array => latin1(lf(...report('w', [`Content-Type: text/plain; charset=${charset}`, `Content-Transfer-Encoding: ${encoding}`, '', body, ''])));
		for (const charset of ['windows-1252', 'ISO-8859-1', 'us-ascii', 'x-unknown']) {
			expect((await light(part(charset, '8bit', '550 5.1.1 \u0093bob\u0094 \u0096 unknown \u0080'))).text).toBe('550 5.1.1 “bob” – unknown €\n\n');
			expect((await light(part(charset, 'quoted-printable', '550 5.1.1 =93bob=94 =96 unknown'))).text).toBe('550 5.1.1 “bob” – unknown\n\n');
		}
		// The same bytes sent to postal-mime (a label only it maps) read the same.
		const postal = await parseMimePostal(part('cp-1252', '8bit', '\u0093bob\u0094 unknown'));
		expect(postal.text).toBe('“bob” unknown\n\n');
	});

	it('decodes every charset label it accepts as postal-mime does, and UTF-7 as postal-mime falls back', async () => {
		const bytes = String.fromCharCode(...Array.from({length: 256}, (_, i) => i)).replace(/\n/g, '');
		for (const label of [...LIGHT_CHARSETS, 'UTF-8 ', ' Shift_JIS', 'unicode-1-1-utf-7', 'UTF-7', 'unknown-8bit', 'x-unknown']) {
			await light(latin1(lf(...report('c', [`Content-Type: text/plain; charset="${label}"`, '', bytes, '']))));
		}
	});

	it('keeps encoded words in header values as written, as postal-mime does', async () => {
		const m = await light(lf('From: =?utf-8?B?TWFpbCBEZWxpdmVyeQ==?= <mailer-daemon@example.org>', 'Subject: =?iso-8859-1?Q?Unzustellbar=E4?=', '  =?utf-8?Q?_x?=', 'Content-Type: text/plain', '', '550 5.1.1 unknown', ''));
		expect(m.headers).toContainEqual(['subject', '=?iso-8859-1?Q?Unzustellbar=E4?=  =?utf-8?Q?_x?=']);
	});

	it('reads a boundary in quotes (parentheses and all), and a multipart whose closing boundary is missing', async () => {
		const m = await light(lf(...report('Boundary_(ID_x+1/y)', ['Content-Type: text/plain', '', 'quoted boundary']).slice(0, -2)));
		expect(m.text).toBe('quoted boundary\n');
		expect(m.original).toContain('Subject: Hello');
		await light(lf(...report('b', ['Content-Type: text/plain', '', 'x'], '5.1.1', ['--c--', 'tail'])));
	});

	it('reads a boundary that never occurs, a header block with no end, lines of bare CRs', async () => {
		expect((await light(lf(...HEAD, 'Content-Type: multipart/report; boundary="nope"', '', 'Final-Recipient: rfc822; bob@example.net'))).text).toBe('');
		await light(lf(...HEAD, 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '--b--'));
		await light(crlf(...HEAD, 'X-A: 1\r\r', '\r', 'body\rtext', '--b--\r\r'));
	});

	it('unwraps format=flowed text as postal-mime does', async () => {
		// Blanks at line ends are trimmed before any parser reads the message (mime.ts
		// trimRawLineEnds): a flowed line's final space survives only encoded (=20).
		const flowed = (delsp: string) => lf(...report('f', [`Content-Type: text/plain; charset=utf-8; format=flowed${delsp}`, 'Content-Transfer-Encoding: quoted-printable', '', 'The mail system could not=20', 'deliver your message to=20', '', ' >quoted line=20', 'end', '--=20', 'signature', '']));
		expect((await light(flowed(''))).text).toBe('The mail system could not deliver your message to >quoted line end\n--\nsignature\n\n');
		expect((await light(flowed('; DelSp=Yes'))).text).toBe('The mail system could notdeliver your message to\n>quoted lineend\n--\nsignature\n\n');
		// An empty line after a flowed one adds nothing (postal-mime's reading, not RFC 3676's).
		expect(unflow('a \n\n b', false)).toBe('a b');
		expect(unflow('a \n\n b', true)).toBe('a\nb');
		expect(unflow(' -- \nx\n', false)).toBe('-- \nx\n');
	});

	it('leaves to postal-mime what it does not read the same way with confidence', async () => {
		const part = (...lines: string[]) => lf(...report('d', lines));
		await delegated(part('Content-Type: text/plain; (comment) charset=us-ascii', '', 'x'));
		await delegated(part("Content-Type: text/plain; charset*=utf-8''%E2%82%AC", '', 'x'));
		await delegated(part('Content-Type: text/plain; charset=uft-8', '', 'x'));
		await delegated(part('Content-Type: text/plain; charset="a"b', '', 'x'));
		await delegated(part('Content-Type: text/plain', 'Content-Transfer-Encoding: (c) base64', '', 'eA=='));
		// An HTML part standing alone beside a plain one: postal-mime converts it with its own reader.
		await delegated(lf(...HEAD, 'Content-Type: multipart/mixed; boundary=m', '', '--m', 'Content-Type: text/plain', '', 'plain', '--m', 'Content-Type: text/html', '', '<b>html</b>', '--m--'));
		let deep = 'Content-Type: text/plain\n\n550 5.1.1 user unknown\n';
		for (let i = 0; i < 70; i++) deep = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${deep}\n--b${i}--\n`;
		await delegated(`From: a@b.example\n${deep}`);
		// Past postal-mime's header budget the message is read as text by both.
		const padded = lf(...HEAD, ...Array.from({length: 2200}, (_, i) => `X-Pad-${i}: ${'a'.repeat(1000)}`), 'Content-Type: text/plain', '', '550 5.1.1');
		await delegated(padded);
		expect((await parseMime(padded)).headers).toEqual([]);
		await delegated('');
	});

	it('reads HTML alone as postal-mime does, and a plain part marked as an attachment', async () => {
		expect((await light(lf(...HEAD, 'Content-Type: text/html; charset=utf-8', '', '<p>550&nbsp;5.1.1 <b>unknown</b></p>'))).text).toContain('550 5.1.1');
		expect((await light(lf(...report('a', ['Content-Type: text/plain', 'Content-Disposition: attachment; filename="notice.txt"', '', 'attached notice', ''])))).text).toBe('attached notice\n\n');
	});

	// Structure an attacker controls: many parts, many text parts, many open multiparts, folds.
	// Linear code takes about 8× as long for 8× the input; the bound leaves room for a noisy
	// machine and a full garbage collection in the large run, not for n² (finishing every earlier
	// part again at each boundary, once quadratic, took seconds at these sizes).
	it('takes time linear in the number of parts, text parts, open multiparts and folded lines', () => {
		const head = 'From: a@b.example\nContent-Type: multipart/alternative; boundary=b\n\n';
		const shapes: Record<string, (n: number) => string> = {
			parts: (n) => head + '--b\n'.repeat(n),
			textParts: (n) => head + '--b\n\nx\n'.repeat(n),
			openMultiparts: (n) => `Content-Type: multipart/mixed; boundary=a\n\n${Array.from({length: 60}, (_, i) => `--${i ? i - 1 : 'a'}\nContent-Type: multipart/mixed; boundary=${i}\n\n`).join('')}${'--59\n'.repeat(n)}`,
			folds: (n) => `From: a@b.example\nX-A: 1\n${' x\n'.repeat(n)}\nbody\n`,
		};
		for (const [name, shape] of Object.entries(shapes)) {
			parseMimeLight(shape(2_000));
			const small = bestOfTwo(() => parseMimeLight(shape(8_000)));
			const large = bestOfTwo(() => parseMimeLight(shape(64_000)));
			expect({name, large: large < 25 * Math.max(small, 1) + 250}).toEqual({name, large: true});
		}
	});
});
