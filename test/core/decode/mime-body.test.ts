import {describe, expect, test} from 'vitest';
import {charsetDecoder, decodesAs, plainContent, plainHead, plainText} from '../../../src/core/decode/mime-body';
import {headerBlock} from '../../../src/core/decode/message';
import {mulberry32} from '../../helpers/prng';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array): string => String.fromCharCode(...b);

describe('a part body as its lines', () => {
	test('plainText is plainContent as text, or undefined where a CR stands before no LF', () => {
		expect(plainText('xxa\r\nb\r\n', 2, 8)).toBe('a\nb\n');
		expect(plainText('a\nb', 0, 3)).toBe('a\nb\n');
		expect(plainText('abc', 1, 1)).toBe('');
		expect(plainText('a\r\r\nb', 0, 5)).toBeUndefined();
		expect(plainText('a\rb\n', 0, 4)).toBeUndefined();
	});

	test('plainText equals plainContent on random runs of letters, CRs and LFs', () => {
		const rnd = mulberry32(0xb0d7);
		let read = 0;
		for (let k = 0; k < 5000; k++) {
			const s = Array.from({length: Math.floor(rnd() * 16)}, () => ['a', '\r', '\n', '\r\n', ' '][Math.floor(rnd() * 5)]).join('');
			const start = Math.floor(rnd() * (s.length + 1));
			const stop = start + Math.floor(rnd() * (s.length + 1 - start));
			const got = plainText(s, start, stop);
			const want = text(plainContent(latin1(s), start, stop));
			if (got === undefined) expect(s.slice(start, stop).replace(/\r\n/g, '')).toContain('\r');
			else {
				read++;
				expect(got).toBe(want);
			}
		}
		expect(read).toBeGreaterThan(2500);
	});

	test('plainHead is the header block of plainText, or undefined where the text has a lone CR or an escape', () => {
		expect(plainHead('xxA: 1\r\nB: 2\r\n\r\nbody\r\n', 2, 23)).toBe('A: 1\nB: 2');
		expect(plainHead('A: 1\n\nbody\rx\n', 0, 14)).toBeUndefined();
		expect(plainHead('A: 1\n\u001b$B\n', 0, 9)).toBeUndefined();
		const rnd = mulberry32(0x4ead);
		let read = 0;
		for (let k = 0; k < 5000; k++) {
			const s = Array.from({length: Math.floor(rnd() * 16)}, () => ['a', '\r', '\n', '\r\n', ' ', '\n\n', '\u001b'][Math.floor(rnd() * 7)]).join('');
			const start = Math.floor(rnd() * (s.length + 1));
			const stop = start + Math.floor(rnd() * (s.length + 1 - start));
			const content = plainText(s, start, stop);
			const got = plainHead(s, start, stop);
			if (content === undefined || content.includes('\u001b')) expect(got).toBeUndefined();
			else {
				read++;
				expect(got).toBe(headerBlock(content));
			}
		}
		expect(read).toBeGreaterThan(2000);
	});

	test('decodesAs: a UTF-8 decoder for any text, another only for ASCII it reads as ASCII', () => {
		const ascii = 'Status: 5.1.1\n';
		expect(decodesAs(charsetDecoder('utf-8')!, 'caf\ufffd')).toBe(true);
		expect(decodesAs(charsetDecoder('us-ascii')!, ascii)).toBe(true);
		expect(decodesAs(charsetDecoder('iso-8859-1')!, 'caf\ufffd')).toBe(false);
		expect(decodesAs(charsetDecoder('shift_jis')!, ascii)).toBe(true);
		expect(decodesAs(charsetDecoder('iso-2022-jp')!, ascii)).toBe(false);
		expect(decodesAs(charsetDecoder('utf-16le')!, ascii)).toBe(false);
		// What it promises, for every label the light path reads: the decoder gives the ASCII as it is.
		for (const label of ['us-ascii', 'windows-1252', 'koi8-r', 'macintosh', 'euc-jp', 'gb18030', 'big5', 'euc-kr', 'windows-874']) {
			const decoder = charsetDecoder(label)!;
			expect(decodesAs(decoder, ascii)).toBe(true);
			expect(decoder.decode(latin1(ascii))).toBe(ascii);
		}
	});
});
