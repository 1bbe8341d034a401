// What the popup shows for a query, decided synchronously on every keystroke. Pasted bounces and
// long texts are only recognised here; their decode and explanations come from the decode worker
// (use-decode.ts), so no keystroke explains thousands of replies.
import {explain, findCodes, isInvalid, type Explanation} from '../core';
import type {ResultItem} from './items';
import {codesInText} from './codes';
import {MAX_HITS, searchWords, warmUp as warmUpWords} from './word-search';
import {codesByPrefix} from './browse';
import {t} from '../shared/i18n';

export type Lookup =
	| {mode: 'empty'}
	| {mode: 'code'; explanation: Explanation}
	| {mode: 'list'; items: ResultItem[]; note?: string; error?: string}
	/**
	 * Text with codes in it: a line (explained code by code) or a whole bounce (also decoded). A long
	 * text is `deferred`: its items come from the decode worker, not from this keystroke.
	 */
	| {mode: 'text'; items: ResultItem[]; bounce: boolean; deferred?: boolean};

/** Digits, dots, spaces and hyphens only: what a person types as a code. */
const CODE_LIKE = /^[\d.\s-]+$/;
/** Longer than any code: text of this length with a code in it is treated as a reply or a bounce. */
const TEXT_MIN = 24;
/** A partly typed code: `5.`, `5.7`, `5.7.`, `55`. */
const PARTIAL = /^(?:[245](?:\.\d{0,3}(?:\.\d{0,2})?)?|[2-5]\d?)$/;
/**
 * Texts longer than this are explained off the keystroke path: a reply costs some 20 µs to explain,
 * and a 100 KB line of replies holds thousands. Finding them (whether there are any) stays here.
 */
export const DEFER_CHARS = 16 * 1024;

export function lookup(raw: string): Lookup {
	const query = raw.trim();
	if (!query) return {mode: 'empty'};
	const multiline = query.includes('\n');
	if (!multiline) {
		const result = explain(query);
		if (!isInvalid(result)) return {mode: 'code', explanation: result};
		// A provider's tag no rule explains (`S2017062302`): what kind of tag it is beats a word search.
		if (result.tagOf) return {mode: 'list', items: [], error: result.error};
		if (PARTIAL.test(query)) {
			const items = codesByPrefix(query).slice(0, MAX_HITS);
			// `5.9.1` reads like a partly typed code but starts none: say why it is no code.
			return items.length > 0 ? {mode: 'list', items} : {mode: 'list', items: [], error: result.error};
		}
		// Only digits, dots and spaces (`550 5.9.1`, `6.1.1`): a malformed code, not words to search.
		if (CODE_LIKE.test(query)) return {mode: 'list', items: [], error: result.error};
	}
	// A pasted bounce is decoded in the worker, which explains its codes with the report: nothing here.
	if (multiline) return {mode: 'text', items: [], bounce: true, deferred: true};
	if (query.length > DEFER_CHARS) {
		if (hasCodes(query)) return {mode: 'text', items: [], bounce: false, deferred: true};
	} else if (query.length >= TEXT_MIN) {
		const items = codesInText(query);
		if (items.length > 0) return {mode: 'text', items, bounce: false};
	}
	const {items, note} = searchWords(query);
	if (items.length === 0) {
		const error = CODE_LIKE.test(query) ? explainError(query) : t('nothing_matches', query.slice(0, 40));
		return {mode: 'list', items: [], error};
	}
	return {mode: 'list', items, note};
}

/** How much of a long text is read first for a code. */
const HEAD_CHARS = 4096;
/** Characters after a code that can still change how it reads (a reply's words, a wrapped code). */
const SETTLED = 256;

/**
 * Whether a long text holds a code, reading its first HEAD_CHARS when they settle it: a code that
 * ends well before the cut reads the same in the whole text, so a line of replies costs one short
 * scan per keystroke, not a scan of all 100 KB. Otherwise the whole text is read.
 */
export function hasCodes(text: string): boolean {
	const head = findCodes(text.slice(0, HEAD_CHARS));
	if (head.some(finding => finding.end <= HEAD_CHARS - SETTLED)) return true;
	return findCodes(text).length > 0;
}

function explainError(query: string): string {
	const result = explain(query);
	return isInvalid(result) ? result.error : '';
}

/**
 * Builds, off the keystroke path (the app calls it when idle), what the first lookups would otherwise
 * build: the word search's index and the reason phrases a pasted reply is read with.
 */
export function warmUp(): void {
	warmUpWords();
	codesInText('550 5.1.1 user unknown');
}
