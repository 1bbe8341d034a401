import {expect} from 'vitest';
import {parseMimeLight, parseMimePostal} from '../../src/core/decode/mime';
import type {MimeMessage} from '../../src/core/decode/mime';

/** A message's pieces as plain data (its lazy `body` read). */
export const piecesData = (m: MimeMessage): Omit<MimeMessage, 'body'> & {body: string} => ({...m, body: m.body});

/**
 * Asserts that the light splitter gives the pieces postal-mime gives for this raw message, or
 * leaves it to postal-mime. Returns which of the two read it.
 */
export async function expectLightAgrees(raw: string | Uint8Array): Promise<'light' | 'postal'> {
	const light = parseMimeLight(raw);
	// Given the text decode.ts has (the bytes' UTF-8), the splitter reads the same message the same way.
	if (typeof raw !== 'string') {
		const given = parseMimeLight(raw, new TextDecoder().decode(raw));
		expect(given && piecesData(given)).toEqual(light && piecesData(light));
	}
	if (!light) return 'postal';
	expect(piecesData(light)).toEqual(piecesData(await parseMimePostal(raw)));
	return 'light';
}

/** Bytes of a string whose characters are all below U+0100 (one byte each). */
export const latin1Bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

// Pieces that touch the splitter's decisions: boundaries, header syntax, transfer encodings,
// charsets, the forms it leaves to postal-mime.
const MIME_TOKENS = [
	'\n', '\r\n', '\r', '\n\n', '--', '--\n', ' ', '\t', '\n\t', '"', ';', '=', '==', '=\n', '=3D', '=E4', '=ZZ', '(', ')', '\\', '*',
	'\u0000', '\u00e4', '\u00ff', '\u001b$B', '\u001b(B', '\u00ef\u00bb\u00bf',
	'Content-Type: multipart/mixed; boundary="x"\n', 'Content-Type: multipart/alternative; boundary=y\n', 'Content-Type: multipart/digest; boundary=d\n',
	'Content-Type: message/delivery-status\n', 'Content-Type: text/plain; charset=iso-8859-1\n', 'Content-Type: text/html\n', 'Content-Type: text/rfc822-headers\n',
	'Content-Type: text/plain; charset=shift_jis; format=flowed; delsp=yes\n', 'Content-Type: text/plain; charset=utf-7\n', 'Content-Type: text/plain; charset=x-bogus\n',
	"Content-Type: text/plain; charset*=utf-8''a\n", 'Content-Type: text/plain; (c) charset=us-ascii\n', 'Content-Type: \n', 'Content-Type: multipart/; boundary=z\n',
	'Content-Transfer-Encoding: base64\n', 'Content-Transfer-Encoding: quoted-printable\n', 'Content-Transfer-Encoding: x-uuencode\n', 'Content-Transfer-Encoding: (c) base64\n',
	'Content-Disposition: attachment\n', 'Content-Disposition: inline; filename="a.txt"\n', 'MIME-Version: 1.0\n',
	'--x\n', '--x--\n', '--y\n', '--y--\n', '--d\n', '--x  \n', '--x--  x\n', 'begin 644 file\n', 'VGhpcyBpcyBiYXNlNjQ=\n',
	'Final-Recipient: rfc822; bob@example.net\nStatus: 5.1.1\n', 'Subject: =?utf-8?B?////?=\n', 'From: =?iso-8859-1?Q?a=E4?= <a@b.example>\n',
];

/** A random change to a raw message (as a one-byte-per-character string): truncation, boundary or header damage, random bytes. */
export function mutateMime(src: string, rnd: () => number): string {
	let s = src;
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
	const n = 1 + Math.floor(rnd() * 6);
	for (let i = 0; i < n; i++) {
		const at = Math.floor(rnd() * (s.length + 1));
		const op = Math.floor(rnd() * 8);
		if (op === 0) s = s.slice(0, at) + pick(MIME_TOKENS) + s.slice(at);
		else if (op === 1) s = s.slice(0, at); // truncated
		else if (op === 2) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 80));
		else if (op === 3) s = s.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 256)) + s.slice(at + 1);
		else if (op === 4) {
			// Boundary damage: a boundary line (or its closing one) changed, dropped or repeated.
			const lines = s.split('\n');
			const marks = lines.map((l, k) => (l.startsWith('--') ? k : -1)).filter((k) => k >= 0);
			if (!marks.length) continue;
			const k = pick(marks);
			const line = lines[k]!;
			const change = Math.floor(rnd() * 4);
			if (change === 0) lines.splice(k, 1);
			else if (change === 1) lines.splice(k, 0, line);
			else if (change === 2) lines[k] = line.endsWith('--') ? line.slice(0, -2) : `${line}--`;
			else lines[k] = line.slice(0, 2 + Math.floor(rnd() * (line.length - 1))) + pick(['', 'x', ' ', '-', '\r']) + line.slice(3 + Math.floor(rnd() * line.length));
			s = lines.join('\n');
		} else if (op === 5) {
			// Header damage: a field line dropped, folded, or its value replaced.
			const lines = s.split('\n');
			const fields = lines.map((l, k) => (/^[\w-]+:/.test(l) ? k : -1)).filter((k) => k >= 0);
			if (!fields.length) continue;
			const k = pick(fields);
			const change = Math.floor(rnd() * 3);
			if (change === 0) lines.splice(k, 1);
			else if (change === 1) lines[k] = lines[k]!.replace(/; */, pick([';\n\t', ';\r\n ', '; ', ' ;']));
			else lines[k] = lines[k]!.replace(/:.*/, `: ${pick(MIME_TOKENS).replace(/^[\w-]+: /, '').replace(/\n$/, '')}`);
			s = lines.join('\n');
		} else if (op === 6) s = rnd() < 0.5 ? s.replace(/\r?\n/g, '\r\n') : s.replace(/\r\n/g, '\n');
		else s = s.slice(0, at) + s.slice(Math.floor(rnd() * s.length), Math.floor(rnd() * s.length)) + s.slice(at);
	}
	return s;
}
