// What the popup shows for each kind of query, and how it ranks words (pure: node environment).
import {describe, expect, it} from 'vitest';
import {hasCodes, lookup} from '../../src/popup/lookup';
import {findCodes} from '../../src/core';
import {codesInText} from '../../src/popup/codes';

import {browseGroups, codesByPrefix} from '../../src/popup/browse';

const codes = (query: string) => {
	const result = lookup(query);
	return result.mode === 'list' ? result.items.map(item => item.code) : [];
};

describe('lookup', () => {
	it.each([
		['550', '550'],
		['5.7.26', '5.7.26'],
		['550 5.7.26', '550 5.7.26'],
		['550-5.1.1', '550 5.1.1'],
		['TSS04', 'TSS04'],
		['  [tss04] ', 'TSS04'],
	])('explains the code %j at once', (query, code) => {
		const result = lookup(query);
		expect(result.mode).toBe('code');
		if (result.mode === 'code') expect(result.explanation.code).toBe(code);
	});

	it('ranks X.2.2 (mailbox full) first for "mailbox full"', () => {
		expect(codes('mailbox full')[0]).toBe('X.2.2');
	});

	it('finds the SPF codes for "spf"', () => {
		expect(codes('spf').slice(0, 4)).toEqual(expect.arrayContaining(['X.7.23', 'X.7.24']));
	});

	it('finds policy blocks for "blocked"', () => {
		expect(codes('blocked').length).toBeGreaterThan(3);
	});

	it('forgives typos and says what it searched for', () => {
		const result = lookup('mailbx full');
		expect(result.mode === 'list' && result.note).toContain('mailbox full');
		expect(codes('mailbx full')[0]).toBe('X.2.2');
		expect(codes('mailbox ful')[0]).toBe('X.2.2');
	});

	it('lists codes for a partly typed code', () => {
		expect(codes('5.7').slice(0, 2)).toEqual(['5.7.0', '5.7.1']);
		expect(codes('55')).toContain('554');
		expect(codes('5.7.')).toContain('5.7.26');
	});

	it('explains every code in a pasted reply line', () => {
		const result = lookup('550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy');
		expect(result.mode).toBe('text');
		if (result.mode === 'text') {
			expect(result.bounce).toBe(false);
			expect(result.items.map(i => i.code)).toEqual(['550 5.7.26']);
		}
	});

	it('treats multi-line text as a bounce to decode', () => {
		const result = lookup('Delivery to the following recipient failed permanently:\n\n  someone@example.com\n\n550 5.1.1 The email account that you tried to reach does not exist.');
		expect(result).toMatchObject({mode: 'text', bounce: true});
	});

	it('keeps one row per condition: a pair wins over its bare enhanced code', () => {
		expect(codesInText('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown').map(i => i.code)).toEqual(['550 5.1.1']);
	});

	it('opens the registry notation X.1.1 as its permanent form, not as a word search', () => {
		expect(lookup('X.1.1')).toMatchObject({mode: 'code', explanation: {code: '5.1.1', title: 'Bad destination mailbox address'}});
		expect(lookup('x.7.1')).toMatchObject({mode: 'code', explanation: {code: '5.7.1'}});
	});

	it('says what kind of tag an unlisted provider tag is, instead of searching its letters as words', () => {
		expect(lookup('AS(2005)')).toMatchObject({mode: 'list', items: [], error: expect.stringMatching(/Microsoft anti-spam rule tag/)});
		expect(lookup('S2017062302')).toMatchObject({mode: 'list', items: [], error: expect.stringMatching(/Outlook\.com tag/)});
		expect(lookup('OFR_999')).toMatchObject({mode: 'list', items: [], error: expect.stringMatching(/meaning is not documented/)});
		expect(lookup('S3150')).toMatchObject({mode: 'code', explanation: {title: 'Outlook.com block list (S3150)'}});
	});

	it('says why nothing matched', () => {
		const result = lookup('qwertyuiop');
		expect(result.mode === 'list' && result.error).toMatch(/Nothing matches/);
		expect(lookup('').mode).toBe('empty');
		expect(lookup('6.1.1')).toMatchObject({mode: 'list', items: []});
	});

	it('says why a malformed code is no code instead of showing nothing', () => {
		expect(lookup('5.9.1')).toMatchObject({mode: 'list', items: [], error: expect.stringMatching(/subject \(second number\) must be 0 to 7/)});
		expect(lookup('550 5.9.1')).toMatchObject({mode: 'list', items: [], error: expect.stringMatching(/subject/)});
		expect(lookup('5.7')).toMatchObject({mode: 'list', items: expect.arrayContaining([expect.objectContaining({code: '5.7.0'})])});
	});
});

describe('browse', () => {
	it('groups every code by class and subject', () => {
		const groups = browseGroups();
		expect(groups.map(g => g.id)).toEqual(expect.arrayContaining(['reply-2', 'reply-5', 'subject-X.1.YYY', 'subject-X.7.YYY']));
		const all = groups.flatMap(g => g.items.map(i => i.code));
		expect(all).toEqual(expect.arrayContaining(['550', '421', 'X.1.1', 'X.7.26', 'TSS04']));
		expect(new Set(groups.flatMap(g => g.items.map(i => i.key))).size).toBe(all.length);
	});
	it('opens an X code as its permanent form', () => {
		const item = codesByPrefix('5.2.2')[0]!;
		expect(item.explain()?.severity).toBe('permanent');
	});
});

describe('hasCodes (a long text on the keystroke path)', () => {
	const prose = (chars: number) => 'the message could not be delivered to anyone today '.repeat(Math.ceil(chars / 51)).slice(0, chars);
	it('agrees with a whole-text scan wherever the only code sits', () => {
		for (const at of [0, 3000, 3900, 4090, 4200, 50_000, 99_900]) {
			const text = prose(at) + ' 550 5.1.1 user unknown ' + prose(100_000 - at);
			expect(hasCodes(text), `code at ${at}`).toBe(true);
			expect(findCodes(text).length).toBeGreaterThan(0);
		}
	});
	it('finds none in a long text without a code, even with a look-alike cut at the head', () => {
		const text = prose(4094) + '10.5.1.1 v5.1.1 ' + prose(100_000);
		expect(hasCodes(text)).toBe(findCodes(text).length > 0);
		expect(hasCodes(prose(100_000))).toBe(false);
	});
	it('does not take a code cut in half at the head for one the whole text lacks', () => {
		// `192.168.5.1.1` reads as an address in the whole text; its head ends on `…5.1`.
		const text = prose(4096 - 12) + ' 192.168.5.1.1 ' + prose(100_000);
		expect(hasCodes(text)).toBe(findCodes(text).length > 0);
	});
});
