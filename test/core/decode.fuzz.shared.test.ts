import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../src/core/decode';
import {mulberry32} from '../helpers/prng';

const EMAILS = new URL('../../../shared/corpus/emails/', import.meta.url);
const corpus = readdirSync(EMAILS)
	.filter((f) => f.endsWith('.eml'))
	.sort()
	.map((f) => readFileSync(new URL(f, EMAILS), 'latin1'));

const TOKENS = [
	'\n',
	'\r\n',
	'--',
	'boundary=',
	'Content-Type: multipart/report; boundary="x"\n',
	'Content-Type: message/delivery-status\n\n',
	'Content-Transfer-Encoding: base64\n',
	'Content-Transfer-Encoding: quoted-printable\n',
	'=\n',
	'=ZZ',
	'Final-Recipient: rfc822; ',
	'Status: 5.1.1\n',
	'Diagnostic-Code: smtp; 550 ',
	'<<< 550 ',
	'>>> RCPT TO:<',
	'550-5.1.1 ',
	'#5.1.1 ##',
	'\u0000',
	'\uffff',
	'=?utf-8?B?////?=',
	'@',
	'<',
	'>',
	'From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n',
];

function mutate(src: string, rnd: () => number): string {
	let s = src;
	const n = 1 + Math.floor(rnd() * 8);
	for (let i = 0; i < n; i++) {
		const at = Math.floor(rnd() * (s.length + 1));
		const op = Math.floor(rnd() * 5);
		if (op === 0) s = s.slice(0, at) + TOKENS[Math.floor(rnd() * TOKENS.length)] + s.slice(at);
		else if (op === 1) s = s.slice(0, at) + s.slice(at + Math.floor(rnd() * 200));
		else if (op === 2) s = s.slice(0, at) + s.slice(Math.floor(rnd() * s.length), Math.floor(rnd() * s.length)) + s.slice(at);
		else if (op === 3) s = s.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0x10000)) + s.slice(at + 1);
		else s = s.slice(at) + s.slice(0, at);
	}
	return s;
}

function nested(depth: number): string {
	let body = 'Content-Type: text/plain\n\n550 5.1.1 user unknown\n';
	for (let i = 0; i < depth; i++) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
	return `From: MAILER-DAEMON@x.example\nSubject: Undelivered\n${body}`;
}

describe('decode fuzz', () => {
	test('mutated corpus emails and hostile inputs never throw', async () => {
		const rnd = mulberry32(0xb0c0de);
		let runs = 0;
		for (let i = 0; i < 2000; i++) {
			const src = corpus[Math.floor(rnd() * corpus.length)] ?? '';
			const input = mutate(src, rnd);
			const report = await decodeBounce(rnd() < 0.5 ? input : new TextEncoder().encode(input));
			expect(Array.isArray(report.recipients)).toBe(true);
			expect(typeof decodeText(input).summary).toBe('string');
			runs++;
		}
		const hostile = [
			nested(300),
			nested(40),
			'Content-Type: multipart/report; boundary="a"\n\n--a\n--a\n--a--\n--a\n',
			'Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!!====\n',
			'Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n=\n=F\n=ZZ=\n',
			'From: a@b.example\nContent-Type: multipart/mixed; boundary=""\n\n--\n--\n',
			`Final-Recipient: rfc822; ${'a'.repeat(100000)}@b.example\nAction: failed\nStatus: 5.1.1\n`,
			`<${'x'.repeat(50000)}@${'y.'.repeat(20000)}example>: ${'550 '.repeat(20000)}`,
			'\u0000'.repeat(100000),
		];
		for (const h of hostile) {
			await expect(decodeBounce(h)).resolves.toBeTypeOf('object');
			expect(decodeText(h)).toBeTypeOf('object');
			runs++;
		}
		expect(runs).toBeGreaterThan(2000);
	});

	test('a 10 MB input decodes in under a second', async () => {
		const line = '<bob@rcpt.example>: host mx.rcpt.example[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n';
		const text = `This is the mail system at host mx.sender.example.\n\n${line.repeat(Math.ceil(10_000_000 / line.length))}`;
		const raw = `From: MAILER-DAEMON@mx.sender.example\nSubject: Undelivered Mail Returned to Sender\nContent-Type: text/plain\n\n${text}`;
		for (const input of [raw, 'x'.repeat(10_000_000), `Subject: x\nFrom: a@b.example\n\n${'550 5.1.1 '.repeat(1_000_000)}`]) {
			const t0 = performance.now();
			await decodeBounce(input);
			expect(performance.now() - t0).toBeLessThan(1000);
		}
		const t1 = performance.now();
		decodeText(text);
		expect(performance.now() - t1).toBeLessThan(1000);
	});
});
