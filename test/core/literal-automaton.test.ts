// The automaton finds what a search for each literal finds, ASCII letters in either case.
import {describe, expect, it} from 'vitest';
import {deserialize, serialize} from 'node:v8';
import {automatonOf, automatonTables, buildLiteralAutomaton, type AutomatonTables, type Literal} from '../../src/core/literal-automaton';
import {seeded} from './regex-sample';

/** The definition: the ids of the literals the text holds, ASCII letters lowered on both sides. */
function naive(literals: readonly Literal[], text: string): number[] {
	const lower = (s: string): string => s.replace(/[A-Z]/g, c => c.toLowerCase());
	return [...new Set(literals.filter(l => lower(text).includes(lower(l.text))).map(l => l.id))].sort((a, b) => a - b);
}

function found(literals: readonly Literal[], text: string, until = 0): {ids: number[]; lowest: number} {
	const automaton = buildLiteralAutomaton(literals);
	const seen = new Uint8Array(automaton.ids);
	const lowest = automaton.scan(text, seen, until);
	return {ids: [...seen.keys()].filter(id => seen[id] === 1), lowest};
}

describe('buildLiteralAutomaton', () => {
	it('finds overlapping literals, one inside another, in either case', () => {
		const literals = [{text: 'he', id: 0}, {text: 'she', id: 1}, {text: 'his', id: 2}, {text: 'hers', id: 3}, {text: 'x.y', id: 4}];
		expect(found(literals, 'uSHErs')).toEqual({ids: [0, 1, 3], lowest: 0});
		expect(found(literals, 'ahis x-y')).toEqual({ids: [2], lowest: 2});
		expect(found(literals, 'nothing')).toEqual({ids: [], lowest: 5});
	});

	it('reads characters other than ASCII letters as they are', () => {
		const literals = [{text: 'é', id: 0}, {text: '宛先不明', id: 1}, {text: 'ß', id: 2}];
		expect(found(literals, 'É 宛先不明です').ids).toEqual([1]);
		expect(found(literals, 'SS')).toEqual({ids: [], lowest: 3});
	});

	it('reports the empty literal in every text, and several ids of one literal', () => {
		expect(found([{text: '', id: 1}, {text: 'ab', id: 0}, {text: 'ab', id: 2}], 'xAb').ids).toEqual([0, 1, 2]);
		expect(found([{text: '', id: 1}], '').ids).toEqual([1]);
	});

	it('stops reading once an id below `until` is found', () => {
		const literals = [{text: 'late', id: 3}, {text: 'first', id: 0}, {text: 'end', id: 1}];
		expect(found(literals, 'first then late end', 1)).toEqual({ids: [0], lowest: 0});
		expect(found(literals, 'first then late end', 0)).toEqual({ids: [0, 1, 3], lowest: 0});
	});

	it('reads a text the same whatever its string representation (joined, sliced, two-byte)', () => {
		const literals = [{text: 'user unknown', id: 0}, {text: 'quota', id: 1}];
		const whole = 'prefix 550 User Unknown; over quota’s end';
		const texts = [whole, `${whole.slice(0, 15)}${whole.slice(15)}`, `xx${whole}`.slice(2), whole.slice(7, whole.indexOf('\u2019'))];
		for (const text of texts) expect(found(literals, text).ids, text).toEqual(naive(literals, text));
		expect(found(literals, texts[3]!).ids).toEqual([0, 1]);
	});

	it('reads the same from its tables serialised and read back, as a keeper gives them (kept-tables.ts)', () => {
		const random = seeded(11);
		const word = (n: number): string => Array.from({length: n}, () => 'abAB.-é宛'[Math.floor(random() * 8)]).join('');
		for (let round = 0; round < 100; round++) {
			// Over 0xffff states at times: the tables are then 32-bit.
			const large = round % 25 === 0;
			const literals = Array.from({length: large ? 5000 : 1 + Math.floor(random() * 12)}, (_, id) => ({text: word(large ? 20 : 1 + Math.floor(random() * 8)).toLowerCase(), id: id % 5}));
			const kept = automatonOf(deserialize(serialize(automatonTables(literals))) as AutomatonTables);
			const built = buildLiteralAutomaton(literals);
			for (let t = 0; t < 10; t++) {
				const text = word(Math.floor(random() * 60));
				const a = new Uint8Array(built.ids);
				const b = new Uint8Array(kept.ids);
				expect(kept.scan(text, b, 0)).toBe(built.scan(text, a, 0));
				expect(b).toEqual(a);
			}
		}
	});

	it('finds what a search for each literal finds, on random texts over a small alphabet', () => {
		const random = seeded(7);
		const word = (n: number): string => Array.from({length: n}, () => 'abAB.-é'[Math.floor(random() * 7)]).join('');
		for (let round = 0; round < 300; round++) {
			const literals = Array.from({length: 1 + Math.floor(random() * 12)}, (_, id) => ({text: word(1 + Math.floor(random() * 4)).toLowerCase(), id: id % 5}));
			const text = word(Math.floor(random() * 40));
			expect(found(literals, text).ids, `${JSON.stringify(literals)} in ${text}`).toEqual(naive(literals, text));
		}
	});

	it('finds long literals that share their first characters and part deep into them, and stops at `until` as a search would', () => {
		// Literals longer than the states that keep a whole row, over three letters: paths part deep
		// in them, and a mismatch on a path goes on from a failure state that is itself on a path.
		const random = seeded(11);
		const word = (n: number, letters: string): string => Array.from({length: n}, () => letters[Math.floor(random() * letters.length)]).join('');
		for (let round = 0; round < 400; round++) {
			const stem = word(1 + Math.floor(random() * 6), 'ab');
			const literals = Array.from({length: 1 + Math.floor(random() * 10)}, (_, id) => ({text: stem.slice(0, Math.floor(random() * (stem.length + 1))) + word(Math.floor(random() * 8), 'abc'), id: id % 6}));
			const text = word(Math.floor(random() * 60), 'abcAB');
			const none = Math.max(...literals.map(l => l.id)) + 1;
			const all = naive(literals, text);
			const whole = found(literals, text);
			expect(whole.ids, `${JSON.stringify(literals)} in ${text}`).toEqual(all);
			expect(whole.lowest).toBe(all.length > 0 ? all[0] : none);
			const until = Math.floor(random() * 7);
			const part = found(literals, text, until);
			// Stopped at the first position where an id below `until` ends: what was found is the search's, up to there.
			expect(part.ids.every(id => all.includes(id))).toBe(true);
			expect(part.lowest).toBe(part.ids.length > 0 ? Math.min(...part.ids) : none);
			if (all.some(id => id < until)) expect(part.lowest).toBeLessThan(until);
			else expect(part.ids).toEqual(all);
		}
	});
});
