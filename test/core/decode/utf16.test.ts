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

describe('utf16Of looks no further than it needs', () => {
	/** The rule read whole (utf16.ts's comment), every pair of the first 4 KiB looked at: the oracle. */
	function whole(bytes: Uint8Array): string | undefined {
		const pairs = Math.min(bytes.length, 4096) >> 1;
		if (pairs < 4) return undefined;
		let low = 0;
		let high = 0;
		for (let i = 0; i < pairs; i++) {
			const a = bytes[2 * i]!;
			const b = bytes[2 * i + 1]!;
			if (a === 0 && b === 0) return undefined;
			if (a !== 0 && b === 0) low++;
			else if (a === 0 && b !== 0) high++;
		}
		return low >= pairs * 0.95 ? 'utf-16le' : high >= pairs * 0.95 ? 'utf-16be' : undefined;
	}

	it('tells unmarked text the same as the whole rule, whatever number of characters above U+00FF come first', () => {
		let told = 0;
		for (const length of [10, 100, 1000, 3000]) {
			for (let wideFirst = 0; wideFirst <= 160; wideFirst += 3) {
				const text = '宛'.repeat(wideFirst) + 'Remote Server returned 550 5.1.10 '.repeat(Math.ceil(length / 34)).slice(0, length);
				for (const order of ['le', 'be'] as const) {
					const bytes = wide(text, order, false);
					expect(utf16Of(bytes), `${order} ${wideFirst}+${length}`).toBe(whole(bytes));
					if (utf16Of(bytes)) told++;
				}
			}
		}
		// Both answers occur: texts with a few wide characters first are still told, with many are not.
		expect(told).toBeGreaterThan(20);
		expect(told).toBeLessThan(4 * 54 * 2);
	});
});

describe('utf16Text', () => {
	it('reads the text without its mark, and nothing of other bytes', () => {
		for (const order of ['le', 'be'] as const) for (const mark of [true, false]) expect(utf16Text(wide(TEXT, order, mark))).toBe(TEXT);
		expect(utf16Text(new Uint8Array(Buffer.from(TEXT)))).toBeUndefined();
	});
});
