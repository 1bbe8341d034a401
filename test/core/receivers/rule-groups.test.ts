import {describe, expect, test} from 'vitest';
import {parseStatus} from '../../../src/core/receivers/rule-groups';
import {mulberry32} from '../../helpers/prng';

/** parseStatus' definition: the regex it reads codes as. */
function reference(status: string) {
	const match = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(status.trim());
	if (!match?.[1] || !match[2] || !match[3]) return undefined;
	return {class: match[1], subject: match[2], detail: Number(match[3])};
}

describe('parseStatus', () => {
	test('reads an enhanced code, trimmed, into class, subject and detail', () => {
		expect(parseStatus(' 5.7.26\n')).toEqual({class: '5', subject: '7', detail: 26});
		expect(parseStatus('4.004.007')).toEqual({class: '4', subject: '004', detail: 7});
		for (const no of ['', '5', '5.', '5.1', '5.1.', '3.1.1', '5.1.1.', '5.1234.1', '5.1.1234', '5..1', '5.1.1x', '5.\u0661.1', 'x5.1.1']) expect(parseStatus(no)).toBeUndefined();
	});

	test('equals its regex on random strings', () => {
		const rnd = mulberry32(0x5771);
		const tokens = ['2', '4', '5', '3', '0', '9', '.', ' ', '\n', 'x', '\u0661', '\u00a0'];
		for (let k = 0; k < 20000; k++) {
			const s = Array.from({length: Math.floor(rnd() * 12)}, () => tokens[Math.floor(rnd() * tokens.length)]).join('');
			expect(parseStatus(s)).toEqual(reference(s));
		}
	});
});
