// Joined patterns: when regexes may be searched as one alternation, and when a built one is stale.
import {describe, expect, it} from 'vitest';
import {joinable, joinIgnoringCase, seen, unchanged} from '../../../src/core/receivers/joined';

describe('joinIgnoringCase', () => {
	it('matches where any of its patterns matches, case aside', () => {
		const joined = joinIgnoringCase([/spamhaus/i, /mailbox (?:is )?full/g]);
		expect(joined?.test('Listed by ZEN.SPAMHAUS.org')).toBe(true);
		expect(joined?.test('550 Mailbox is full')).toBe(true);
		expect(joined?.test('550 user unknown')).toBe(false);
	});
	it('is null when a pattern would change meaning inside an alternation, or there is none', () => {
		expect(joinIgnoringCase([/(a)\1/])).toBeNull();
		expect(joinIgnoringCase([/(?<word>a)/])).toBeNull();
		expect(joinIgnoringCase([/^full$/m])).toBeNull();
		expect(joinIgnoringCase([/a/y])).toBeNull();
		expect(joinIgnoringCase([])).toBeNull();
	});
	it('keeps lookbehinds joinable', () => {
		expect(joinable(/(?<![\w.])550/)).toBe(true);
		expect(joinable(/(?<!x)y/y)).toBe(false);
	});
});

describe('seen / unchanged', () => {
	it('notices a list replaced or grown, not one left as it was', () => {
		const a = [/a/];
		const b = [/b/];
		const then = seen([a, b]);
		expect(unchanged(then, [a, b])).toBe(true);
		expect(unchanged(then, [a, [/b/]])).toBe(false);
		b.push(/c/);
		expect(unchanged(then, [a, b])).toBe(false);
		expect(unchanged(then, [a])).toBe(false);
	});
});
