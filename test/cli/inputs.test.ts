import {describe, expect, it} from 'vitest';
import {argumentItem, binaryTest, contentItem, looksBinary} from '../../src/cli/inputs';
import {mulberry32} from '../helpers/prng';
import {bounce} from './helpers';

const bytes = (text: string) => new TextEncoder().encode(text);

function randomBytes(length: number, seed: number): Uint8Array {
	const next = mulberry32(seed);
	return Uint8Array.from({length}, () => Math.floor(next() * 256));
}

describe('looksBinary: only mostly-binary input is refused', () => {
	it('keeps a bounce with a stray NUL (at its end, or in its middle) as text', () => {
		const mail = bounce('a@b.example');
		expect(looksBinary(bytes(`${mail}\0`))).toBe(false);
		expect(looksBinary(bytes(`${mail.slice(0, 200)}\0${mail.slice(200)}`))).toBe(false);
		expect(looksBinary(bytes('550 5.1.1 x\0'))).toBe(false);
	});

	it('keeps 8-bit text in other charsets and ISO-2022-JP escapes as text', () => {
		expect(looksBinary(Buffer.from('Réponse automatique: adresse inconnue, ça arrive\n'.repeat(50), 'latin1'))).toBe(false);
		expect(looksBinary(Uint8Array.from(Array.from({length: 4000}, (_, i) => (i % 3 === 2 ? 0x0a : 0x82 + (i % 60)))))).toBe(false);
		expect(looksBinary(bytes('Subject: \x1b$B%a!<%k\x1b(B\n'.repeat(40)))).toBe(false);
	});

	it('counts every control byte wherever it sits (word-aligned or not): refused just past 5%, not at 5%', () => {
		const next = mulberry32(7);
		const controls = [0, 1, 8, 14, 26, 28, 31, 127];
		const others = [9, 10, 13, 27, 32, 65, 126, 128, 159, 255];
		for (let offset = 0; offset < 4; offset++) {
			for (const length of [200, 203, 1000]) {
				const limit = Math.floor(length * 0.05);
				for (const count of [limit, limit + 1]) {
					const buffer = new Uint8Array(offset + length);
					const view = buffer.subarray(offset);
					for (let i = 0; i < length; i++) view[i] = others[Math.floor(next() * others.length)]!;
					// Distinct places, in the bytes before the first word boundary and after the last too.
					const places = new Set<number>([0, length - 1]);
					while (places.size < count) places.add(Math.floor(next() * length));
					for (const at of places) view[at] = controls[Math.floor(next() * controls.length)]!;
					const share = count / length;
					expect(looksBinary(view), `offset ${offset}, ${count} of ${length}`).toBe(count > 3 && share > 0.05);
				}
			}
		}
	});

	it('refuses random or compressed-looking bytes and short control garbage', () => {
		for (const seed of [1, 2, 3]) expect(looksBinary(randomBytes(20000, seed))).toBe(true);
		expect(looksBinary(Uint8Array.from([0, 1, 2, 3, 255, 0, 7, 8]))).toBe(true);
		expect(looksBinary(new Uint8Array(1000))).toBe(true); // all NUL
	});

	it('is made from source that stands alone (the reader thread runs it): the same answers', () => {
		const alone = new Function(`return (${binaryTest.toString()})();`)() as (bytes: Uint8Array) => boolean;
		const samples = [bytes(`${bounce('a@b.example')}\0`), randomBytes(20000, 4), new Uint8Array(1000), bytes('550 5.1.1 x'), new Uint8Array(0)];
		for (const sample of samples) expect(alone(sample)).toBe(looksBinary(sample));
		expect(samples.map(alone)).toEqual([false, true, true, false, false]);
	});
});

describe('contentItem', () => {
	it('calls nothing but white space empty, binary data binary, and keeps the rest', () => {
		expect(contentItem({label: 'x'}, bytes(' \r\n\t '))).toMatchObject({type: 'error', error: expect.stringMatching(/^empty input/)});
		expect(contentItem({label: 'x'}, randomBytes(3000, 9))).toMatchObject({type: 'error', error: expect.stringMatching(/binary/)});
		expect(contentItem({label: 'x', message: 2}, bytes('hello'), true)).toMatchObject({type: 'content', message: 2, truncated: true});
	});

	it('keeps text saved as UTF-16, which is half NUL bytes, whether the reader thread found it binary or not', () => {
		const wide = new Uint8Array(Buffer.from('\uFEFFDelivery has failed to these recipients:\r\nalice@example.org\r\n', 'utf16le'));
		expect(looksBinary(wide)).toBe(true);
		expect(contentItem({label: 'x'}, wide)).toMatchObject({type: 'content', value: wide});
		expect(contentItem({label: 'x'}, wide, false, true)).toMatchObject({type: 'content', value: wide});
	});

	it('takes looksBinary as found already when given, and keeps the origin', () => {
		expect(contentItem({label: 'x', bytes: 5}, bytes('hello'), false, true)).toEqual({label: 'x', bytes: 5, type: 'error', error: 'looks like binary data, not an email or text.'});
		expect(contentItem({label: 'x', bytes: 3000, isText: true}, randomBytes(3000, 9), false, false)).toMatchObject({label: 'x', bytes: 3000, isText: true, type: 'content'});
		expect(contentItem({label: 'x'}, bytes(' '), false, true)).toMatchObject({type: 'error', error: expect.stringMatching(/^empty input/)});
	});
});

describe('argumentItem: an argument that is no existing path', () => {
	it('is an error when it looks like a path (a / or a mail file extension, no spaces)', () => {
		for (const arg of ['missing/file.eml', 'bounce.eml', 'C:\\mail\\x', './x', 'report.mbox', 'mail.txt', 'bounces.mbox.gz']) {
			expect(argumentItem(arg), arg).toMatchObject({type: 'error', error: 'no such file or folder.'});
		}
	});

	it('is a code when it reads as one, else a text', () => {
		expect(argumentItem('5.7.26')).toMatchObject({type: 'code'});
		expect(argumentItem('550 5.1.1')).toMatchObject({type: 'code'});
		expect(argumentItem('TSS04')).toMatchObject({type: 'code'});
		expect(argumentItem('550 5.1.1 user unknown: see https://example.org/help.html')).toMatchObject({type: 'content', isText: true});
		expect(argumentItem('')).toMatchObject({type: 'error', error: expect.stringMatching(/^empty argument/)});
	});
});
