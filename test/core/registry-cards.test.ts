import {describe, expect, it} from 'vitest';
import {copyOf, newCardCache, registryCard, sourcesOf} from '../../src/core/registry-cards';
import {explain, isInvalid} from '../../src/core/explain';
import type {Explanation} from '../../src/core/types';

describe('registry cards', () => {
	it('sourcesOf lists each source once, in the order of first mention, as a set of all three would', () => {
		const cases: [string[], string[], string[]][] = [
			[['RFC 3463'], ['RFC 3463'], ['RFC 5321']],
			[['a', 'a', 'b'], ['c', 'b'], ['a', 'd', 'd']],
			[[], [], []],
			[['x'], [], ['y', 'x']],
		];
		for (const [a, b, c] of cases) expect(sourcesOf(a, b, c)).toEqual([...new Set([...a, ...b, ...c])]);
	});

	it('registryCard builds a code’s card once and hands out a new object with its own lists each time', () => {
		const cards = newCardCache();
		let built = 0;
		const build = (code: string): Explanation => {
			built++;
			const e = explain(code);
			if (isInvalid(e)) throw new Error(code);
			return e;
		};
		const a = registryCard(cards, '5.1.1', build);
		const b = registryCard(cards, '5.1.1', build);
		expect(built).toBe(1);
		expect(b).toEqual(a);
		expect(b).not.toBe(a);
		expect(b.notes).not.toBe(a.notes);
		expect(b.sources).not.toBe(a.sources);
		expect(JSON.stringify(copyOf(a))).toBe(JSON.stringify(a));
	});
});
