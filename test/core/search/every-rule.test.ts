// Whole-table: every provider rule — those with a code or tag and those known by their words only
// (block lists, server software) — is found by the words of its own title, and opens as itself.
import {describe, expect, it} from 'vitest';
import {explainHit, receivers, searchWords} from '../../../src/core';

describe('every provider rule is findable by its words', () => {
	const rules = receivers.flatMap(receiver => receiver.rules.map((rule, index) => ({receiver, rule, index})));

	it('has rules to check', () => {
		expect(rules.length).toBeGreaterThan(250);
		expect(rules.filter(({rule}) => !rule.tag && !rule.status && !rule.reply).length).toBeGreaterThan(50);
	});

	it('finds each rule in the first results for its title', () => {
		const missed: string[] = [];
		for (const {receiver, rule, index} of rules) {
			// Rules of one provider may share a title (one per code): each must still be reachable.
			const twins = receiver.rules.filter(other => other.title === rule.title).length;
			const hits = searchWords(rule.title, 30).hits.slice(0, 10 + twins);
			if (!hits.some(hit => hit.provider === receiver.id && hit.rule === index)) missed.push(`${receiver.id}: ${rule.title}`);
		}
		expect(missed).toEqual([]);
	});

	it('opens each hit as the rule it names', () => {
		for (const {receiver, rule, index} of rules) {
			const hit = searchWords(rule.title, 30).hits.find(h => h.provider === receiver.id && h.rule === index);
			if (!hit) continue;
			const e = explainHit(hit);
			expect(e?.title, `${receiver.id}: ${rule.title}`).toBe(rule.title);
			expect(e?.provider?.id).toBe(receiver.id);
		}
	});
});
