import {describe, expect, test} from 'vitest';
import {sourceOf, trimmedSource, type MimeSource} from '../../../src/core/decode/mime-source';
import {mulberry32} from '../../helpers/prng';

const utf8 = (b: Uint8Array): string => new TextDecoder().decode(b);
const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);

// Byte runs that decide how a message decodes: ASCII, line ends, blanks, bytes outside any UTF-8
// sequence, valid 2-, 3- and 4-byte sequences, a BOM, a lead byte cut short.
const PIECES: number[][] = [[0x41], [0x62], [0x3a], [0x0a], [0x0d], [0x0d, 0x0a], [0x20], [0x09], [0xff], [0x80], [0xe9], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf], [0xe0], [0xe0, 0xa0], [0xf0, 0x90, 0x80]];

function randomBytes(rnd: () => number, pieces: number[][]): Uint8Array {
	const out: number[] = [];
	for (let n = Math.floor(rnd() * 30); n > 0; n--) out.push(...pieces[Math.floor(rnd() * pieces.length)]!);
	return Uint8Array.from(out);
}

/** What every source promises: one index character per byte, the same where the byte is ASCII, and exact slices when `utf8`. */
function expectSound(source: MimeSource, rnd: () => number): void {
	const {bytes: b, index} = source;
	expect(index.length).toBe(b.length);
	for (let i = 0; i < b.length; i++) {
		if (b[i]! < 0x80) expect(index.charCodeAt(i)).toBe(b[i]);
		else expect(index.charCodeAt(i)).toBeGreaterThan(0x7f);
	}
	if (!source.utf8) return;
	for (let k = 0; k < 8; k++) {
		const a = Math.floor(rnd() * (b.length + 1));
		const z = a + Math.floor(rnd() * (b.length + 1 - a));
		expect(index.slice(a, z)).toBe(utf8(b.subarray(a, z)));
	}
}

describe('the source a MIME parser reads', () => {
	test('ASCII, and bytes outside any UTF-8 sequence, index as their own UTF-8', () => {
		const ascii = new TextEncoder().encode('From: a@b.example\r\n\r\nbody\n');
		expect(sourceOf(ascii)).toEqual({bytes: ascii, index: utf8(ascii), utf8: true});
		const stray = bytes(0x41, 0xe9, 0x0a, 0xe0, 0x41, 0xff);
		expect(sourceOf(stray)).toMatchObject({index: 'A\ufffd\n\ufffdA\ufffd', utf8: true});
		// The text the caller already has is used as it is.
		expect(sourceOf(ascii, 'x'.repeat(ascii.length)).index).toBe('x'.repeat(ascii.length));
	});

	test('a valid UTF-8 sequence or a BOM makes an index of one character per byte that is not the text', () => {
		for (const b of [bytes(0x41, 0xc3, 0xa9, 0x0a), bytes(0xef, 0xbb, 0xbf, 0x41), bytes(0xe0, 0xa0, 0x41)]) {
			const source = sourceOf(b);
			expect(source.utf8).toBe(false);
			expect(source.index.length).toBe(b.length);
		}
		const text = 'Subject: caf\u00e9\n';
		const fromText = sourceOf(text);
		expect(fromText).toMatchObject({bytes: new TextEncoder().encode(text), utf8: false});
		expect(sourceOf('Subject: cafe\n')).toMatchObject({index: 'Subject: cafe\n', utf8: true});
	});

	test('on random bytes: one index character per byte, exact slices whenever it says so', () => {
		const rnd = mulberry32(0x50c3);
		let exact = 0;
		for (let k = 0; k < 3000; k++) {
			const raw = randomBytes(rnd, k % 2 ? PIECES : PIECES.filter((p) => p.length === 1));
			const source = sourceOf(raw);
			if (source.utf8) exact++;
			expectSound(source, rnd);
			expectSound(trimmedSource(source), rnd);
			expect(sourceOf(raw, utf8(raw))).toEqual(source);
		}
		expect(exact).toBeGreaterThan(1000);
	});

	test('trimming drops the blanks before line ends from the bytes and the index alike', () => {
		const source = sourceOf(bytes(0x41, 0x20, 0x0d, 0x0a, 0xe9, 0x09, 0x0a, 0x20, 0x0a, 0x42, 0x20));
		const trimmed = trimmedSource(source);
		expect([...trimmed.bytes]).toEqual([0x41, 0x0d, 0x0a, 0xe9, 0x0a, 0x20, 0x0a, 0x42]);
		expect(trimmed).toMatchObject({index: 'A\r\n\ufffd\n \nB', utf8: true});
		const clean = sourceOf(bytes(0x41, 0x0a, 0x20, 0x41, 0x0a, 0x20));
		expect(trimmedSource(clean)).toBe(clean);
	});

	test('on random bytes: trimmed by its line-by-line definition, and left as it is exactly when no LF-ended line ends in blanks', () => {
		const rnd = mulberry32(0x7a1d);
		let trimmed = 0;
		for (let k = 0; k < 3000; k++) {
			const source = sourceOf(randomBytes(rnd, PIECES));
			const padded = /[ \t]\r?\n/.test(source.index);
			const out = trimmedSource(source);
			expect(out === source).toBe(!padded);
			if (!padded) continue;
			trimmed++;
			// Each line (split at LF) loses the blanks before its final CR, unless it is blanks only.
			const lines = source.index.split('\n').map((line) => line.replace(/^(.*[^ \t])[ \t]+(\r?)$/s, '$1$2'));
			expect(out.index).toBe(lines.join('\n'));
		}
		expect(trimmed).toBeGreaterThan(300);
	});
});
