import {describe, expect, it} from 'vitest';
import {findMatches} from '../../src/core/find-codes';
import {parseCode} from '../../src/core/parse-code';
import {findTags, normaliseTag} from '../../src/core/receivers';

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
		// Every tag form the scanner marks in a page reads as a tag when typed or pasted.
		['AS(2005)', {kind: 'provider-tag', tag: 'AS(2005)'}],
		[' as(201806281). ', {kind: 'provider-tag', tag: 'AS(201806281)'}],
		['(S2017062302)', {kind: 'provider-tag', tag: 'S2017062302'}],
		['(AS16012611)', {kind: 'provider-tag', tag: 'AS16012611'}],
		['sc-001', {kind: 'provider-tag', tag: 'SC-001'}],
		// The registry's class-independent notation reads as its permanent form.
		['X.1.1', {kind: 'enhanced', enhanced: '5.1.1', classless: true}],
		['x.7.26', {kind: 'enhanced', enhanced: '5.7.26', classless: true}],
	])('reads %j', (input, code) => {
		expect(parseCode(input)).toEqual({ok: true, code});
	});

	it.each([
		['', /Nothing to look up/],
		['   ', /Nothing to look up/],
		['5.1', /is not a code/],
		['5.9.1', /subject \(second number\) must be 0 to 7/],
		['X.9.1', /^“X\.9\.1” is not an enhanced status code: the subject/],
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

	it('reads every provider tag the scanner marks in a page as a tag, and the rule lookup finds each in the text', () => {
		const page = [
			'421 4.7.0 [TSS04] deferred; [TS01] [PH01] [BL21] [CS01] [HME1]',
			'550 5.7.1 … on our block list (S3150). (S775) (S2017062302) (AS843) (AS16012611)',
			'550 5.4.1 Recipient address rejected: Access denied. AS(201806281) AS(2005)',
			'554 AUP#In-1310, 550 AUP#O-1010; OFR_506 [506], OFR004_405, LPN007_416, OUK_513',
		].join('\n');
		const tags = findMatches(page).filter(m => m.kind === 'provider-tag');
		expect(tags.map(t => t.code)).toEqual([
			'TSS04', 'TS01', 'PH01', 'BL21', 'CS01', 'HME1', 'S3150', 'S775', 'S2017062302', 'AS843', 'AS16012611',
			'AS(201806281)', 'AS(2005)', 'AUP#In-1310', 'AUP#O-1010', 'OFR_506', 'OFR004_405', 'LPN007_416', 'OUK_513',
		]);
		const found = findTags(page);
		for (const tag of tags) {
			const parsed = parseCode(page.slice(tag.start, tag.end));
			expect(parsed.ok && parsed.code.kind, tag.code).toBe('provider-tag');
			expect(found, tag.code).toContain(normaliseTag(tag.code));
		}
	});
});
