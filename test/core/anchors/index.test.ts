// The anchor pass's answers for nested conditions: a condition is met by a prefix of the text
// exactly when its words, read where each first ends, meet it there (the graph of conditions that
// the scan updates word by word answers as a walk of the condition itself would).
import {describe, expect, test} from 'vitest';
import {deserialize, serialize} from 'node:v8';
import {anchorIndex, anchorIndexOf, anchorTables} from '../../../src/core/anchors';
import type {Need} from '../../../src/core/anchors';
import {mulberry32} from '../../helpers/prng';

const WORDS = ['abc', 'bca', 'cab', 'bcd', 'dab', 'aab'];

/** Whether the first `limit` characters of the text meet the condition, read the slow way. */
function meets(need: Need | null, text: string, limit: number): boolean {
	if (need === null) return true;
	if ('word' in need) return text.slice(0, limit).toLowerCase().includes(need.word);
	if ('all' in need) return need.all.every((part) => meets(part, text, limit));
	return need.any.some((part) => meets(part, text, limit));
}

function randomNeed(rnd: () => number, depth: number): Need {
	if (depth === 0 || rnd() < 0.35) return {word: WORDS[Math.floor(rnd() * WORDS.length)]!};
	// Up to four parts, none at times (an `all` of nothing is always met, an `any` of nothing never),
	// and the same part twice at times.
	const parts = Array.from({length: Math.floor(rnd() * 5)}, () => randomNeed(rnd, depth - 1));
	if (parts.length && rnd() < 0.2) parts.push(parts[0]!);
	return rnd() < 0.5 ? {all: parts} : {any: parts};
}

describe('anchorIndex', () => {
	test('answers nested conditions on a text and on each of its prefixes as they read', () => {
		const rnd = mulberry32(6531);
		let met = 0;
		let unmet = 0;
		for (let round = 0; round < 60; round++) {
			const needs = Array.from({length: 12}, () => (rnd() < 0.1 ? null : randomNeed(rnd, 3)));
			const index = anchorIndex(needs);
			let found: Int32Array | undefined;
			for (let t = 0; t < 20; t++) {
				const text = Array.from({length: Math.floor(rnd() * 40)}, () => 'abcdABCD '[Math.floor(rnd() * 9)]).join('');
				// Each reading written over the last one, as the decoder keeps it.
				found = index.scan(text, found);
				for (let i = 0; i < needs.length; i++) {
					for (let limit = 0; limit <= text.length; limit++) {
						const want = meets(needs[i]!, text, limit);
						expect(index.may(i, found, limit), `${JSON.stringify(needs[i])} in ${JSON.stringify(text.slice(0, limit))}`).toBe(want);
						if (want) met++;
						else unmet++;
					}
					expect(index.may(i, found)).toBe(meets(needs[i]!, text, text.length));
				}
			}
		}
		// Both answers were exercised.
		expect(met).toBeGreaterThan(10_000);
		expect(unmet).toBeGreaterThan(10_000);
	});

	test('its tables, serialised and read back as a keeper gives them (kept-tables.ts), answer as the index built here', () => {
		const rnd = mulberry32(977);
		for (let round = 0; round < 20; round++) {
			const needs = Array.from({length: 12}, () => (rnd() < 0.1 ? null : randomNeed(rnd, 3)));
			const built = anchorIndex(needs);
			const kept = anchorIndexOf(deserialize(serialize(anchorTables(needs))) as ReturnType<typeof anchorTables>);
			for (let t = 0; t < 20; t++) {
				const text = Array.from({length: Math.floor(rnd() * 40)}, () => 'abcdABCD é'[Math.floor(rnd() * 10)]).join('');
				const a = built.scan(text);
				const b = kept.scan(text);
				expect(b).toEqual(a);
				for (let i = 0; i < needs.length; i++) expect(kept.may(i, b, 20)).toBe(built.may(i, a, 20));
			}
		}
	});

	test('a reading into another array leaves the earlier reading as it was', () => {
		const index = anchorIndex([{word: 'abc'}, {all: [{word: 'abc'}, {word: 'dab'}]}]);
		const first = index.scan('xxabc dab');
		const second = index.scan('nothing here');
		expect([index.may(0, first), index.may(1, first)]).toEqual([true, true]);
		expect(index.may(1, first, 8)).toBe(false);
		expect([index.may(0, second), index.may(1, second)]).toEqual([false, false]);
		// Written over: the array now holds the new reading only.
		expect(index.scan('dab', first)).toBe(first);
		expect([index.may(0, first), index.may(1, first)]).toEqual([false, false]);
	});
});
