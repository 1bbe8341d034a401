// Tier 5 of findProviderRule: the anywhere receivers' phrase rules, with the last few answers kept for
// the current email only.
import {describe, expect, it} from 'vitest';
import {anywhereRule} from '../../../src/core/receivers/anywhere';
import {receivers} from '../../../src/core/receivers';
import {beginEmail} from '../../../src/core/email-scope';

const greylisting = receivers.find(r => r.id === 'greylisting')!;

describe('anywhereRule', () => {
	it('finds an anywhere receiver’s phrase in any words, and nothing in words that hold none', () => {
		beginEmail();
		expect(anywhereRule('450 4.2.0 recipient address rejected: greylisted, see the help page', '450')?.receiver.id).toBe('greylisting');
		expect(anywhereRule('550 5.1.1 no such user here', '550')).toBeUndefined();
	});

	it('gives the same answer when asked again in one email, and for other words the answer for those', () => {
		beginEmail();
		const words = 'Sender added to the greylist';
		const first = anywhereRule(words, '451');
		expect(first?.rule).toBe(greylisting.rules[0]);
		expect(anywhereRule('mailbox full', '452')).toBeUndefined();
		expect(anywhereRule(words, '451')).toBe(first);
		expect(anywhereRule('mailbox full', '452')).toBeUndefined();
	});

	it('keeps an answer apart for each reply code, as a rule may name one', () => {
		const rule = {...greylisting.rules[0]!, reply: '554', phrase: /quietzone refusal/i};
		greylisting.rules.unshift(rule);
		try {
			beginEmail();
			const words = 'quietzone refusal';
			expect(anywhereRule(words, '554')?.rule).toBe(rule);
			expect(anywhereRule(words, '550')).toBeUndefined();
			expect(anywhereRule(words, undefined)).toBeUndefined();
			expect(anywhereRule(words, '554')?.rule).toBe(rule);
		} finally {
			greylisting.rules.shift();
		}
	});

	it('answers afresh, within one email, once a rule is added to an anywhere receiver, and after it is taken away', () => {
		beginEmail();
		const words = 'refused by the quietzone filter';
		expect(anywhereRule(words, '554')).toBeUndefined();
		const rule = {...greylisting.rules[0]!, phrase: /quietzone filter/i};
		greylisting.rules.push(rule);
		try {
			expect(anywhereRule(words, '554')?.rule).toBe(rule);
		} finally {
			greylisting.rules.pop();
		}
		expect(anywhereRule(words, '554')).toBeUndefined();
	});
});
