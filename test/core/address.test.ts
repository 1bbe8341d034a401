import {describe, expect, test} from 'vitest';
import {validAddress} from '../../src/core/address';

describe('validAddress: what may be shown as a recipient', () => {
	test('an address is kept as it is', () => {
		expect(validAddress('bob@rcpt.example')).toBe('bob@rcpt.example');
		expect(validAddress('first.last+tag@sub.rcpt.example')).toBe('first.last+tag@sub.rcpt.example');
	});

	test('bidi controls are stripped, other invisible characters refuse it', () => {
		expect(validAddress('\u202ebob@rcpt.example\u202c')).toBe('bob@rcpt.example');
		expect(validAddress('bob\u2066@rcpt.example\u2069')).toBe('bob@rcpt.example');
		expect(validAddress('bob\u200b@rcpt.example')).toBe('');
		expect(validAddress('bob\u0007@rcpt.example')).toBe('');
	});

	test('a sentence, a bare word, a display name or an over-long value is no address', () => {
		expect(validAddress('your account is suspended - restore it at https://evil.example/@login')).toBe('');
		expect(validAddress('postmaster')).toBe('');
		expect(validAddress('Bob <bob@rcpt.example>')).toBe('');
		expect(validAddress('a@b@rcpt.example')).toBe('');
		expect(validAddress(`${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com`)).toHaveLength(254);
		expect(validAddress(`${'a'.repeat(64)}@${'b'.repeat(62)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com`)).toBe('');
		expect(validAddress(`bob@${'b'.repeat(64)}.example`)).toBe('');
		expect(validAddress(`${'a'.repeat(65)}@rcpt.example`)).toBe('');
		expect(validAddress('')).toBe('');
	});
});
