import {describe, expect, it} from 'vitest';
import {parseCode} from '../../src/core/parse-code';
import {plainEnhanced, plainReply} from '../../src/core/plain-codes';
import {explain, explainPlain} from '../../src/core/explain';
import {detectProviders} from '../../src/core/receivers';

/** Every 3-digit string, dotted triples of every class with subjects and details around the limits, and odd forms. */
function shapes(): string[] {
	const out = new Set<string>();
	const digits = '0123456789';
	for (const a of digits) for (const b of digits) for (const c of digits) out.add(a + b + c);
	for (const k of '0123456789') {
		for (const s of ['0', '1', '7', '8', '9', '10']) {
			for (const d of ['0', '1', '9', '00', '01', '10', '99', '000', '001', '100', '999', '1000', 'x', '']) out.add(`${k}.${s}.${d}`);
		}
	}
	for (const odd of ['', '5', '55', '5550', '5.1', '5.1.1.1', '5..1', '5.1.1 ', ' 550', '550 ', '5-1-1', '05.1.1', '5.01.1', '2.0.0', '4.7.999', '５50']) out.add(odd);
	return [...out];
}

describe('plain codes', () => {
	it('a plain reply is one parseCode reads as that reply, and every reply code it accepts as written is plain', () => {
		for (const code of shapes()) {
			const parsed = parseCode(code);
			const accepted = parsed.ok && parsed.code.kind === 'reply' && parsed.code.reply === code;
			expect(plainReply(code), code).toBe(accepted);
		}
	});

	it('a plain enhanced code is one parseCode reads as that code (not class-less), and every such code it accepts is plain', () => {
		for (const code of shapes()) {
			const parsed = parseCode(code);
			const accepted = parsed.ok && parsed.code.kind === 'enhanced' && parsed.code.enhanced === code && !parsed.code.classless;
			expect(plainEnhanced(code), code).toBe(accepted);
		}
	});

	it('refuses what parseCode refuses: a leading zero, a subject over 7, a class of 0, 1, 3 or 6–9, a reply of 6xx or x6x', () => {
		for (const code of ['5.1.01', '5.8.1', '3.1.1', '1.1.1', '6.1.1', '650', '560', '150', '5.1.1000']) {
			expect(plainReply(code) || plainEnhanced(code), code).toBe(false);
		}
	});

	it('explains plain codes as explain() does, with words, tags and a provider', () => {
		const cases: [string | undefined, string | undefined, string, string[], string | undefined][] = [
			['550', '5.1.1', '550 5.1.1 The email account that you tried to reach does not exist. gsmtp', [], undefined],
			['550', '5.7.1', '550 5.7.1 Service unavailable; client host blocked using Spamhaus', [], undefined],
			['421', '4.7.0', '421 4.7.0 [TSS04] Messages temporarily deferred', ['TSS04'], 'yahoo'],
			['452', '4.4.316', '452 4.4.316 Connection refused', [], undefined],
			['550', '4.2.2', '550 4.2.2 mailbox full', [], undefined],
			[undefined, '5.1.10', 'Status: 5.1.10', [], 'microsoft'],
			[undefined, '4.4.316', '4.4.316', [], undefined],
			['554', undefined, '554 Transaction failed', [], undefined],
			['250', undefined, '250 OK', [], undefined],
		];
		for (const [reply, enhanced, text, tags, provider] of cases) {
			const ctx = {text, tags, provider: provider as never, detected: detectProviders(text)};
			const code = reply && enhanced ? `${reply} ${enhanced}` : (enhanced ?? reply)!;
			expect(explainPlain(reply, enhanced, ctx), code).toEqual(explain(code, ctx));
		}
	});

	it('leaves codes of any other form to explain()', () => {
		const ctx = {text: '550 5.1.01 x', detected: []};
		expect(explainPlain('550', '5.1.01', ctx)).toBeUndefined();
		expect(explainPlain(undefined, 'X.1.1', ctx)).toBeUndefined();
		expect(explainPlain(undefined, undefined, ctx)).toBeUndefined();
	});
});
