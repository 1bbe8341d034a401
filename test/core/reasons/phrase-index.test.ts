// The compiled phrase index gives the same answer as trying each reason's phrases in precedence
// order, and a regex is skipped only when the text lacks the literals every match of it needs.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {REASON_RULES, reasonFromText} from '../../../src/core/reasons';
import {buildPhraseIndex} from '../../../src/core/reasons/phrase-index';
import {requiredLiterals} from '../../../src/core/required-literals';
import {needsLetter} from '../../../src/core/needs-letter';
import type {PhraseEntry} from '../../../src/core/reasons/phrases';

/** The definition the index must keep: the first rule with a phrase in the text. */
function naive(text: string): number {
	return REASON_RULES.findIndex((rule) => rule.phrases.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text))));
}

const dir = new URL('../../../src/core/data/reasons/', import.meta.url);
const entries = readdirSync(dir).flatMap((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as PhraseEntry[]);
const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('requiredLiterals of the phrase data', () => {
	it('each pattern holds one of its literals in its own example', () => {
		for (const {pattern, example} of entries) {
			if (pattern === undefined || example === undefined) continue;
			const text = fold(example).replace(/(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?/g, ' ').replace(/\s+/g, ' ');
			const literals = requiredLiterals(new RegExp(pattern));
			expect(!literals || literals.some(l => text.includes(l)), pattern).toBe(true);
		}
	});
});

describe('buildPhraseIndex', () => {
	const index = buildPhraseIndex(REASON_RULES);
	const samples = entries.flatMap((e) => [e.text ?? '', fold(e.example ?? '')]).filter(Boolean);

	it('finds the same rule as the precedence order, phrase by phrase and example by example', () => {
		for (const text of samples) expect(index.firstRule(text), text).toBe(naive(text));
	});

	it('… and in texts that join several phrases and examples', () => {
		for (let i = 0; i + 2 < samples.length; i += 3) {
			const text = `${samples[i + 2]} then ${samples[i + 1]} after ${samples[i]}`;
			expect(index.firstRule(text), text).toBe(naive(text));
		}
	});

	it('answers -1 for words that name no reason', () => {
		expect(index.firstRule('thank you for your order')).toBe(-1);
		expect(naive('thank you for your order')).toBe(-1);
	});
});

describe('needsLetter', () => {
	it.each([
		['\\b(?:user|recipient)\\s(?:unknown|not found)', true],
		['[a-z]{1,3}', true],
		['\\bmailbox .{0,100}full', true],
		['(?<!sending )quota', true],
		['(?<n>ab)', true],
		['[a-z]{0,3}', false],
		['a?', false],
		['a*1', false],
		['(?:a|)', false],
		['x|1', false],
		['[^a-z]', false],
		['[a-z0-9]', false],
		['[a-\\x7a]', false],
		['\\x61', false],
		['(?=abc)1', false],
		['.{0,100}\\d', false],
	])('%s → %s', (source, needs) => {
		expect(needsLetter(new RegExp(source))).toBe(needs);
	});

	it('reads literals as they are, and a regex with the u or v flag as not needing one', () => {
		expect(needsLetter('mailbox full')).toBe(true);
		expect(needsLetter('5.7.57')).toBe(false);
		expect(needsLetter(/abc/gim)).toBe(true);
		expect(needsLetter(/k/iu)).toBe(false);
	});

	it('holds for the phrase data: no phrase said to need a letter matches its example stripped of letters', () => {
		const phrases = REASON_RULES.flatMap((rule) => rule.phrases);
		for (const {text, pattern, example} of entries) {
			const phrase = pattern === undefined ? text! : phrases.find((p) => typeof p !== 'string' && p.source === new RegExp(pattern).source)!;
			if (!needsLetter(phrase)) continue;
			for (const sample of [text ?? '', fold(example ?? '')]) {
				const stripped = sample.replace(/[a-z]/gi, '');
				expect(typeof phrase === 'string' ? stripped.includes(phrase) : phrase.test(stripped), `${String(phrase)} in ${stripped}`).toBe(false);
			}
		}
	});
});

describe('words without a letter', () => {
	const index = buildPhraseIndex(REASON_RULES);
	it('get the same reason as the index gives, without it', () => {
		const letterless = REASON_RULES.flatMap((rule) => rule.phrases.filter((p): p is string => typeof p === 'string' && !/[a-z]/.test(p)));
		expect(letterless.length).toBeGreaterThan(0);
		const texts = ['550', '5.1.1', '550 5.7.57', '4.4.1 (#4.4.1)', '554-5.7.57 550 5.7.57 ...', '[1.2.3.4]:25', ...letterless, ...letterless.map((p) => `550 ${p} 12`)];
		// classifyWords' folding: reply-code prefixes of joined lines dropped, spaces folded.
		const folded = (text: string): string => fold(text.toLowerCase().replace(/(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?/g, ' '));
		for (const text of texts) expect(reasonFromText(text), text).toBe(REASON_RULES[index.firstRule(folded(text))]?.id);
		expect(reasonFromText('550 5.7.57')).toBe('securityerror');
		expect(reasonFromText('550')).toBeUndefined();
	});
});
