import {describe, expect, it} from 'vitest';
import {foldSpaces} from '../../src/core/fold-spaces';
import {seeded} from './regex-sample';

describe('foldSpaces', () => {
	it('gives what replacing each whitespace run with one space gives', () => {
		const random = seeded(3);
		const parts = ['a', 'b', ' ', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', 'x y'];
		for (let n = 0; n < 2000; n++) {
			const text = Array.from({length: Math.floor(random() * 12)}, () => parts[Math.floor(random() * parts.length)]).join('');
			expect(foldSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
		}
	});

	it('returns a text with nothing to fold as it is', () => {
		const text = '550 5.1.1 user unknown';
		expect(foldSpaces(text)).toBe(text);
		expect(foldSpaces('a  b\tc')).toBe('a b c');
	});
});
