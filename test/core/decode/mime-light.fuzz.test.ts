import {describe, expect, it} from 'vitest';
import {parseMime} from '../../../src/core/decode/mime';
import {expectLightAgrees, latin1Bytes, mutateMime} from '../../helpers/mime';
import {mulberry32} from '../../helpers/prng';

// Generated MIME trees (nested multiparts, every transfer encoding, 8-bit charsets, flowed text),
// then damaged: the light MIME splitter gives postal-mime's pieces or leaves the message to
// postal-mime, and never throws. Seeded, so a failure reproduces. The corpus-seeded twin is
// mime-light.fuzz.shared.test.ts.

const LEAVES = [
	'text/plain', 'text/plain; charset=us-ascii', 'text/plain; charset="ISO-8859-1"', 'text/plain; charset=shift_jis', 'text/plain; charset=iso-2022-jp',
	'text/plain; charset=utf-8; format=flowed', 'text/plain; charset=utf-8; format=flowed; delsp=yes', 'text/html; charset=utf-8', 'message/delivery-status',
	'message/global-delivery-status', 'message/feedback-report', 'text/rfc822-headers', 'message/rfc822', 'application/octet-stream', 'image/png; name="a.png"',
];
const ENCODINGS = ['', '7bit', '8bit', 'base64', 'quoted-printable', 'Base64', ' QUOTED-PRINTABLE '];
const WORDS = ['550', '5.1.1', 'User', 'unknown', 'Status:', 'Action: failed', '=', '=E4', '=20', '--', 'caf\u00e9', '\u0082\u00a0', '\u001b$B$"\u001b(B', ' ', '\t', '\r'];

function body(rnd: () => number, encoding: string): string[] {
	const lines: string[] = [];
	const n = Math.floor(rnd() * 6);
	for (let i = 0; i < n; i++) {
		let line = '';
		for (let k = Math.floor(rnd() * 8); k > 0; k--) line += WORDS[Math.floor(rnd() * WORDS.length)]! + (rnd() < 0.7 ? ' ' : '');
		if (encoding.toLowerCase().includes('base64')) line = btoa(line.replace(/[^ -\u00ff]/gu, '?')).replace(/=+$/, rnd() < 0.5 ? '=' : '');
		lines.push(line);
	}
	return lines;
}

function part(rnd: () => number, depth: number): string[] {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
	if (depth < 3 && rnd() < 0.4) {
		const boundary = pick(['b', '=_x', 'Boundary_(ID_1/2+3)', 'a b', `n${depth}`]);
		const sub = pick(['mixed', 'report; report-type=delivery-status', 'alternative', 'digest', 'related']);
		const children = Array.from({length: 1 + Math.floor(rnd() * 3)}, () => [`--${boundary}`, ...part(rnd, depth + 1)]);
		return [`Content-Type: multipart/${sub};${rnd() < 0.5 ? '\n\t' : ' '}boundary="${boundary}"`, '', 'preamble', ...children.flat(), rnd() < 0.8 ? `--${boundary}--` : '', 'epilogue'];
	}
	const encoding = pick(ENCODINGS);
	const headers = [`Content-Type: ${pick(LEAVES)}`];
	if (encoding) headers.push(`Content-Transfer-Encoding: ${encoding}`);
	if (rnd() < 0.2) headers.push(`Content-Disposition: ${pick(['attachment', 'inline', 'attachment; filename="x.txt"'])}`);
	return [...headers, '', ...body(rnd, encoding)];
}

describe('the light MIME splitter on generated and damaged MIME', () => {
	it('agrees with postal-mime or leaves the message to it, and never throws', async () => {
		const rnd = mulberry32(0x11947);
		const read = {light: 0, postal: 0};
		for (let i = 0; i < 1500; i++) {
			const clean = ['From: MAILER-DAEMON@mx.example.org', 'Subject: Undelivered', ...part(rnd, 0)].join(rnd() < 0.5 ? '\n' : '\r\n');
			const raw = rnd() < 0.7 ? mutateMime(clean, rnd) : clean;
			const input = rnd() < 0.8 ? latin1Bytes(raw) : new TextDecoder().decode(latin1Bytes(raw));
			read[await expectLightAgrees(input)]++;
			await expect(parseMime(input)).resolves.toBeTypeOf('object');
		}
		expect(read.light).toBeGreaterThan(900);
	});
});
