import {describe, expect, it} from 'vitest';
import {utf16Of, utf16Text} from '../../../src/core/decode/utf16';

const TEXT = 'Delivery has failed to these recipients or groups:\r\nalice@example.org\r\nRemote Server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound\r\n';

/** `text` as UTF-16 in that order, with its byte order mark when `mark`. */
function wide(text: string, order: 'le' | 'be', mark: boolean): Uint8Array {
	const le = Buffer.from((mark ? '\uFEFF' : '') + text, 'utf16le');
	if (order === 'be') le.swap16();
	return new Uint8Array(le);
}

describe('utf16Of', () => {
	it('tells each byte order, with its mark or without', () => {
		expect(utf16Of(wide(TEXT, 'le', true))).toBe('utf-16le');
		expect(utf16Of(wide(TEXT, 'be', true))).toBe('utf-16be');
		expect(utf16Of(wide(TEXT, 'le', false))).toBe('utf-16le');
		expect(utf16Of(wide(TEXT, 'be', false))).toBe('utf-16be');
	});

	it('tells marked text whatever its characters, and unmarked text with a few above U+00FF', () => {
		expect(utf16Of(wide('宛先不明のため配信できませんでした。', 'le', true))).toBe('utf-16le');
		expect(utf16Of(wide(`${TEXT}Zustellung an „Jürgen“ fehlgeschlagen – 550`, 'le', false))).toBe('utf-16le');
		expect(utf16Of(wide('宛先不明のため配信できませんでした。', 'le', false))).toBeUndefined();
	});

	it('leaves alone UTF-8, Latin-1, a stray NUL, binary data, UTF-32 and a few bytes', () => {
		expect(utf16Of(new Uint8Array(Buffer.from(`${TEXT}Grüße`, 'utf8')))).toBeUndefined();
		expect(utf16Of(new Uint8Array(Buffer.from(`${TEXT}Grüße`, 'latin1')))).toBeUndefined();
		expect(utf16Of(new Uint8Array(Buffer.from(`${TEXT}\0`, 'utf8')))).toBeUndefined();
		const noise = new Uint8Array(4096);
		for (let i = 0, x = 7; i < noise.length; i++) noise[i] = x = (x * 1103515245 + 12345) >>> 16 & 0xff;
		expect(utf16Of(noise)).toBeUndefined();
		expect(utf16Of(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBeUndefined();
		expect(utf16Of(new Uint8Array([0x41, 0, 0x42, 0]))).toBeUndefined();
		expect(utf16Of(new Uint8Array([0x41, 0, 0, 0, 0x42, 0, 0x43, 0, 0x44, 0]))).toBeUndefined();
	});
});

describe('utf16Text', () => {
	it('reads the text without its mark, and nothing of other bytes', () => {
		for (const order of ['le', 'be'] as const) for (const mark of [true, false]) expect(utf16Text(wide(TEXT, order, mark))).toBe(TEXT);
		expect(utf16Text(new Uint8Array(Buffer.from(TEXT)))).toBeUndefined();
	});
});
