import {describe, expect, it} from 'vitest';
import {parseCode} from '../../src/core/parse-code';

describe('parseCode', () => {
	it.each([
		['550', {kind: 'reply', reply: '550'}],
		['5.7.26', {kind: 'enhanced', enhanced: '5.7.26'}],
		['4.4.316', {kind: 'enhanced', enhanced: '4.4.316'}],
		['550 5.1.1', {kind: 'pair', reply: '550', enhanced: '5.1.1'}],
		['550-5.1.1', {kind: 'pair', reply: '550', enhanced: '5.1.1'}],
		["550-'5.1.1", {kind: 'pair', reply: '550', enhanced: '5.1.1'}],
		['#550 5.1.1 ##', {kind: 'pair', reply: '550', enhanced: '5.1.1'}],
		['(#5.1.1)', {kind: 'enhanced', enhanced: '5.1.1'}],
		['[5.7.1]', {kind: 'enhanced', enhanced: '5.7.1'}],
		['smtp; 550 5.2.2', {kind: 'pair', reply: '550', enhanced: '5.2.2'}],
		['[TSS04]', {kind: 'provider-tag', tag: 'TSS04'}],
		['(S3150)', {kind: 'provider-tag', tag: 'S3150'}],
		['cs01', {kind: 'provider-tag', tag: 'CS01'}],
		['AUP#In-1310', {kind: 'provider-tag', tag: 'AUP#In-1310'}],
		['ofr004_506', {kind: 'provider-tag', tag: 'ofr004_506'}],
		['LPN007_416', {kind: 'provider-tag', tag: 'LPN007_416'}],
	])('reads %j', (input, code) => {
		expect(parseCode(input)).toEqual({ok: true, code});
	});

	it.each([
		['', /Nothing to look up/],
		['   ', /Nothing to look up/],
		['5.1', /is not a code/],
		['5.9.1', /subject \(second number\) must be 0 to 7/],
		['3.1.1', /class \(first number\) must be 2, 4 or 5/],
		['999', /first digit must be 2, 3, 4 or 5/],
		['561', /second digit must be 0 to 5/],
		['5.1.01', /leading zeros/],
		['hello world', /not an SMTP code/],
		['x'.repeat(100), /too long/],
	])('rejects %j with a clear message', (input, message) => {
		const result = parseCode(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});

	it('never throws on random bytes', () => {
		let seed = 42;
		const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
		for (let i = 0; i < 2000; i++) {
			const s = String.fromCharCode(...Array.from({length: Math.floor(random() * 80)}, () => Math.floor(random() * 0xffff)));
			expect(() => parseCode(s)).not.toThrow();
		}
	});
});
