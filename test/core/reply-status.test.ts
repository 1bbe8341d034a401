import {describe, expect, it} from 'vitest';
import {explain, isInvalid} from '../../src/core';
import {replyStanding} from '../../src/core/reply-status';

const card = (code: string) => {
	const e = explain(code);
	if (isInvalid(e)) throw new Error(e.error);
	return e;
};

describe('replyStanding', () => {
	it('says nothing about an RFC 5321 code', () => {
		expect(replyStanding({code: '550', status: 'standard', source: 'RFC 5321 §4.2.2'})).toEqual({inRegistry: true, notes: []});
	});

	it('ties extension codes to their RFC instead of saying no RFC defines them', () => {
		for (const [code, rfc] of [['253', 'RFC 1985'], ['458', 'RFC 1985'], ['459', 'RFC 1985'], ['453', 'RFC 2645']] as const) {
			const e = card(code);
			expect(e.inRegistry, code).toBe(true);
			expect(e.notes.join(' '), code).toContain(`is defined by ${rfc}`);
			expect(e.notes.join(' '), code).not.toMatch(/not defined by an RFC|No RFC/);
		}
	});

	it('explains 355 from RFC 1845 as an Experimental code, not from its class', () => {
		const e = card('355');
		expect(e.title).toBe('<octet-offset> is the transaction offset');
		expect(e.sources.join(' ')).toContain('RFC 1845');
		expect(e.notes.join(' ')).toContain('Experimental RFC');
		expect(e.notes.join(' ')).not.toContain('not a reply code any RFC defines');
	});

	it('marks 541 as a common use that no RFC defines, and 531 stays explained by its class', () => {
		const e = card('541');
		expect(e.inRegistry).toBe(false);
		expect(e.notes.join(' ')).toMatch(/^No RFC defines 541/);
		expect(card('531').notes.join(' ')).toContain('is not a reply code any RFC defines');
	});

	it('says where an associated-only or draft code comes from', () => {
		expect(card('523').notes.join(' ')).toContain('IANA enhanced status code registry');
		expect(card('456').notes.join(' ')).toContain('Internet-Draft');
	});
});
