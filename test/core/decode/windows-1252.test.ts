import {describe, expect, it} from 'vitest';
import {c1AsWindows1252, windows1252} from '../../../src/core/decode/windows-1252';

describe('windows1252', () => {
	it('reads 0x80-0x9F as the code page\'s characters (WHATWG index-windows-1252), the rest as their own code points', () => {
		const high = windows1252(Uint8Array.from({length: 32}, (_, i) => 0x80 + i));
		expect(high).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
		const rest = [...Array.from({length: 128}, (_, i) => i), ...Array.from({length: 96}, (_, i) => 0xa0 + i)];
		expect(windows1252(Uint8Array.from(rest))).toBe(String.fromCharCode(...rest));
	});

	it('reads text longer than one chunk whole', () => {
		const text = 'Empfänger – nicht gefunden “550 5.1.1” '.repeat(1000);
		const bytes = Uint8Array.from(text, c => (c === '–' ? 0x96 : c === '“' ? 0x93 : c === '”' ? 0x94 : c.charCodeAt(0)));
		expect(windows1252(bytes)).toBe(text);
		expect(windows1252(new Uint8Array())).toBe('');
	});

	it('c1AsWindows1252 reads C1 controls as the code page\'s characters and leaves other text as it is', () => {
		const c1 = String.fromCharCode(...Array.from({length: 32}, (_, i) => 0x80 + i));
		expect(c1AsWindows1252(`a${c1}b`)).toBe('a€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸb');
		const other = 'Empfänger “x” \u007f\u00a0 あ';
		expect(c1AsWindows1252(other)).toBe(other);
	});
});
