// The literals a pattern needs: every text the pattern matches holds one of them (its ASCII letters
// lowered), checked on every pattern the decoder searches with, on texts shaped by each pattern.
import {describe, expect, it} from 'vitest';
import {requiredLiterals} from '../../src/core/required-literals';
import {receivers} from '../../src/core/receivers';
import {REASON_RULES} from '../../src/core/reasons';
import {sample, seeded} from './regex-sample';

const lower = (text: string): string => text.replace(/[A-Z]/g, c => c.toLowerCase());

/** Every pattern the decoder filters with literals: signatures, provider rule phrases, reason phrases. */
const PATTERNS: RegExp[] = [
	...receivers.flatMap(r => r.detect),
	...receivers.flatMap(r => r.rules.flatMap(rule => (rule.phrase ? [rule.phrase] : []))),
	...REASON_RULES.flatMap(rule => rule.phrases.filter((p): p is RegExp => typeof p !== 'string')),
];

describe('requiredLiterals', () => {
	it.each([
		[/\bmailbox .{0,100}full/, ['mailbox ']],
		[/is not allowed to send mail\..{0,100}_401/, ['is not allowed to send mail.']],
		[/abc+def/, ['cdef']],
		[/a.b/, ['a']],
		[/ab{2}cd/, ['abbcd']],
		[/x\.?yz/, ['xyz', 'x.yz']],
		[/spam|j/, ['spam', 'j']],
		[/\bgsmtp\b/i, ['gsmtp']],
		[/\b(?:icloud|me|mac)\.com\b/i, ['icloud.com', 'me.com', 'mac.com']],
		[/\((?:AS\d{3,9})\)|\bAS\(\d{3,9}\)/, ['(as', 'as(']],
		[/\[(?:TSS?\d{2}|PH\d{2})\]/, ['[ts', '[tss', '[ph']],
		[/(?<![\w.@-])IB(?:\d{3})(?![\w@-])/, ['ib']],
		[/\bspam(?=mer)hood/, ['spamhood']],
		[/a\tb\/c/, ['a\tb/c']],
		[/x(?<tag>Yz)w/, ['xyzw']],
	])('%s → %j', (pattern, literals) => {
		expect(requiredLiterals(pattern)).toEqual(literals);
	});

	it('gives none where no literal is certain or the source is not read', () => {
		for (const pattern of [/spam|\d/, /.\d/, /[abc]{3}\d+/, /x?/, /(a)\1/, /\x41BC/, /\u0041/, /ab/u, /ab/y, /^$/, /(?:ab)*/, /ß/]) expect(requiredLiterals(pattern), String(pattern)).toBeUndefined();
	});

	it('a pattern with a required literal never matches a text without one, on texts shaped by every pattern', () => {
		const random = seeded(14);
		let matched = 0;
		for (const pattern of PATTERNS) {
			const literals = requiredLiterals(pattern);
			if (!literals) continue;
			const search = new RegExp(pattern.source, pattern.flags.replace('g', ''));
			for (let n = 0; n < 40; n++) {
				let text = sample(pattern, random);
				// Some texts are bent: a character dropped or doubled, letters in another case, words around.
				if (n % 4 === 1) text = `550 ${text.toUpperCase()} (in reply)`;
				if (n % 4 === 2 && text.length > 1) {
					const at = Math.floor(random() * text.length);
					text = random() < 0.5 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + text[at] + text.slice(at);
				}
				if (!search.test(text)) continue;
				matched++;
				expect(literals.some(l => lower(text).includes(l)), `${String(pattern)} on ${JSON.stringify(text)} without ${JSON.stringify(literals)}`).toBe(true);
			}
		}
		expect(matched).toBeGreaterThan(PATTERNS.length * 10);
	});

	it('reads most patterns', () => {
		const read = PATTERNS.filter(p => requiredLiterals(p)).length;
		expect(read / PATTERNS.length).toBeGreaterThan(0.9);
	});
});
