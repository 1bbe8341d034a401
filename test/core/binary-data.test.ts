// What bytes are when they are no mail or text: mostly binary data, the formats people keep mail in
// by mistake (told by their signatures), and gzip data of the deflate method.
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {binaryKind, binaryTest, isGzip, looksBinary} from '../../src/core/binary-data';
import {noise, starting} from '../helpers/binary';
import {dsnEmail} from '../helpers/dsn';
import {mulberry32} from '../helpers/prng';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A bounce of one recipient (RFC 3464 in a multipart/report), a few hundred bytes. */
const BOUNCE = dsnEmail({recipients: [['Final-Recipient: rfc822; a@b.example', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown']]});

describe('looksBinary: only mostly-binary input is refused', () => {
	it('keeps a bounce with a stray NUL (at its end, or in its middle) as text', () => {
		const mail = BOUNCE;
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
		for (const seed of [1, 2, 3]) expect(looksBinary(noise(20000, seed))).toBe(true);
		expect(looksBinary(Uint8Array.from([0, 1, 2, 3, 255, 0, 7, 8]))).toBe(true);
		expect(looksBinary(new Uint8Array(1000))).toBe(true); // all NUL
	});

	it('is made from source that stands alone (the reader thread runs it): the same answers', () => {
		const alone = new Function(`return (${binaryTest.toString()})();`)() as (bytes: Uint8Array) => boolean;
		const samples = [bytes(`${BOUNCE}\0`), noise(20000, 4), new Uint8Array(1000), bytes('550 5.1.1 x'), new Uint8Array(0)];
		for (const sample of samples) expect(alone(sample)).toBe(looksBinary(sample));
		expect(samples.map(alone)).toEqual([false, true, true, false, false]);
	});
});

describe('binaryKind', () => {
	it('names each format by its signature', () => {
		const cases: [Uint8Array, string][] = [
			[starting([0x1f, 0x8b, 0x08]), 'gzip'],
			[starting([0x1f, 0x8b, 0x07]), 'gzip-other'],
			[starting('BZh9'), 'bzip2'],
			[starting([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), 'xz'],
			[starting([0x28, 0xb5, 0x2f, 0xfd]), 'zstd'],
			[starting('PK\x03\x04'), 'zip'],
			[starting([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), '7z'],
			[starting('ustar', 257), 'tar'],
			[starting([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'msg'],
			[starting('%PDF-1.7'), 'pdf'],
		];
		for (const [data, kind] of cases) {
			expect(looksBinary(data)).toBe(true);
			expect(binaryKind(data)).toBe(kind);
		}
	});

	it('names nothing else, nor a signature cut short', () => {
		expect(binaryKind(noise(4096))).toBeUndefined();
		expect(binaryKind(new Uint8Array([0xd0, 0xcf, 0x11]))).toBeUndefined();
		expect(binaryKind(new Uint8Array(Buffer.from('ustar')))).toBeUndefined();
	});
});

describe('isGzip', () => {
	it('tells gzip data by its ID bytes and the deflate method (RFC 1952 §2.3.1)', () => {
		expect(isGzip(gzipSync('x'))).toBe(true);
		expect(isGzip(new Uint8Array([0x1f, 0x8b, 0x07]))).toBe(false);
		expect(isGzip(new Uint8Array([0x1f, 0x8b]))).toBe(false);
		expect(isGzip(Buffer.from('From MAILER-DAEMON'))).toBe(false);
	});
});
