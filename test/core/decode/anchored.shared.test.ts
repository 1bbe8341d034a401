// Reads ../shared (the corpora): runs in `npm run test:shared`, not in `npm test`, which must pass on a clone alone.
// The anchor pass never skips a search that would have found something: every pattern registered
// for it, the layouts' detection and the notice's finality, each read with the anchor pass and
// without it, agree on every corpus text and mutated copies of them.
import {beforeAll, describe, expect, test} from 'vitest';
import '../../../src/core/decode/assemble';
import {anchoredPatterns, mayMatch} from '../../../src/core/decode/anchored';
import {NOTICE_GROUPS, noticeAction} from '../../../src/core/decode/finality';
import {parseLayouts} from '../../../src/core/decode/layouts';
import {matchView} from '../../../src/core/decode/layouts/helpers';
import type {Detect} from '../../../src/core/decode/layouts/types';
import {corpusTexts, mutated} from '../../helpers/corpus-texts';
import {mulberry32} from '../../helpers/prng';

let texts: string[] = [];
beforeAll(async () => {
	const corpus = await corpusTexts();
	texts = [...corpus, ...mutated(corpus, 14), ...mutated(corpus, 15)];
}, 60_000);

function test0(re: RegExp, text: string): boolean {
	re.lastIndex = 0;
	return re.test(text);
}

describe('anchor pass over the decoded texts', () => {
	test('rules out no registered pattern where it matches, in the text, its view, or a prefix', () => {
		const patterns = anchoredPatterns();
		expect(patterns.length).toBeGreaterThan(50);
		const rnd = mulberry32(5321);
		let ruledOut = 0;
		for (const text of texts) {
			const view = matchView(text);
			const cut = text.slice(0, Math.floor(rnd() * text.length));
			for (const re of patterns) {
				const may = mayMatch(re, text);
				if (!may) ruledOut++;
				if (test0(re, text) || test0(re, view)) expect(may, `${re.source.slice(0, 80)} in text ${texts.indexOf(text)}`).toBe(true);
				if (test0(re, cut)) expect(mayMatch(re, cut), `${re.source.slice(0, 80)} in a prefix of text ${texts.indexOf(text)}`).toBe(true);
			}
		}
		// It does rule things out: most patterns are absent from most texts.
		expect(ruledOut).toBeGreaterThan((texts.length * patterns.length) / 2);
	}, 120_000);

	// The layouts as parseLayouts tried them before the anchor pass: every pattern searched.
	function detectsPlain(d: Detect, text: string): boolean {
		if (d instanceof RegExp) return test0(d, text);
		if (typeof d === 'function') return d(text);
		if ('all' in d) return d.all.every((part) => detectsPlain(part, text));
		if ('any' in d) return d.any.some((part) => detectsPlain(part, text));
		return detectsPlain(d.view, matchView(text));
	}
	test('parseLayouts finds what trying every layout in turn finds', () => {
		let layouts = 0;
		for (const text of texts) {
			const want = parseLayouts(text, detectsPlain);
			if (want.layout && want.layout !== 'generic') layouts++;
			expect(parseLayouts(text)).toEqual(want);
		}
		expect(layouts).toBeGreaterThan(texts.length / 4);
	}, 120_000);

	test('noticeAction reads what its patterns find in the notice with its white space folded', () => {
		const seen = new Set<string | undefined>();
		for (const text of texts) {
			const head = (text.length > 8000 ? text.slice(0, 8000) : text).replace(/\s+/g, ' ');
			const want = NOTICE_GROUPS.find((group) => group.patterns.some((re) => re.test(head)))?.action;
			seen.add(want);
			expect(noticeAction(text), `text ${texts.indexOf(text)}`).toBe(want);
		}
		expect(seen).toEqual(new Set(['failed', 'delayed', undefined]));
	}, 60_000);
});
