// Joined patterns: when regexes may be searched as one alternation, and when a built one is stale.
import {describe, expect, it} from 'vitest';
import {joinable, seen, unchanged} from '../../../src/core/receivers/joined';

describe('joinable', () => {
	it('keeps lookbehinds joinable, not sticky patterns, backreferences or named groups', () => {
		expect(joinable(/(?<![\w.])550/)).toBe(true);
		expect(joinable(/(?<!x)y/y)).toBe(false);
		expect(joinable(/(a)\1/)).toBe(false);
		expect(joinable(/(?<word>a)/)).toBe(false);
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
