// What the popup shows for a query, decided synchronously on every keystroke. Pasted bounces are
// only recognised here; their full decode is asynchronous (use-decode.ts).
import type {Explanation} from '../core/types';
import {explain, isInvalid} from '../core/explain';
import {findCodes} from '../core/find-codes';
import {detectProviders} from '../core/receivers';
import {findingItem, type ResultItem} from './items';
import {MAX_HITS, searchWords} from './word-search';
import {codesByPrefix} from './browse';

export type Lookup =
	| {mode: 'empty'}
	| {mode: 'code'; explanation: Explanation}
	| {mode: 'list'; items: ResultItem[]; note?: string; error?: string}
	/** Text with codes in it: a line (explained code by code) or a whole bounce (also decoded). */
	| {mode: 'text'; items: ResultItem[]; bounce: boolean};

/** Longer than any code: text of this length with a code in it is treated as a reply or a bounce. */
const TEXT_MIN = 24;
/** A partly typed code: `5.`, `5.7`, `5.7.`, `55`. */
const PARTIAL = /^(?:[245](?:\.\d{0,3}(?:\.\d{0,2})?)?|[2-5]\d?)$/;

/**
 * The codes found in a text, one item per distinct condition in order of appearance: `550 5.1.1` and
 * a later bare `5.1.1` (the DSN's Status field) are the same condition, and the pair says more.
 */
export function codesInText(text: string): ResultItem[] {
	const provider = detectProviders(text)[0]?.id;
	const byKey = new Map<string, {item: ResultItem; parts: number}>();
	findCodes(text).forEach((finding, i) => {
		const item = findingItem(finding, provider, i);
		if (!item) return;
		const key = finding.enhanced?.code ?? item.code;
		const parts = (finding.reply ? 1 : 0) + (finding.enhanced ? 1 : 0);
		const seen = byKey.get(key);
		if (!seen) byKey.set(key, {item, parts});
		else if (parts > seen.parts) byKey.set(key, {item: {...item, key: seen.item.key}, parts});
	});
	return [...byKey.values()].map(entry => entry.item);
}

export function lookup(raw: string): Lookup {
	const query = raw.trim();
	if (!query) return {mode: 'empty'};
	const multiline = query.includes('\n');
	if (!multiline) {
		const result = explain(query);
		if (!isInvalid(result)) return {mode: 'code', explanation: result};
		// A provider's tag no rule explains (`S2017062302`): what kind of tag it is beats a word search.
		if (result.tagOf) return {mode: 'list', items: [], error: result.error};
		if (PARTIAL.test(query)) return {mode: 'list', items: codesByPrefix(query).slice(0, MAX_HITS)};
	}
	if (multiline || query.length >= TEXT_MIN) {
		const items = codesInText(query);
		if (items.length > 0 || multiline) return {mode: 'text', items, bounce: multiline};
	}
	const {items, note} = searchWords(query);
	if (items.length === 0) {
		const error = /^[\d.\s-]+$/.test(query) ? explainError(query) : `Nothing matches “${query.slice(0, 40)}”. Try a code (550, 5.7.26), a provider tag (TSS04) or words such as “mailbox full”.`;
		return {mode: 'list', items: [], error};
	}
	return {mode: 'list', items, note};
}

function explainError(query: string): string {
	const result = explain(query);
	return isInvalid(result) ? result.error : '';
}
