// Words → ranked codes, fast enough for every keystroke: the core's searchWords (the same search the
// CLI's --search runs: prefixes for first keystrokes, typo correction of unreal words), with recent
// answers remembered so Backspace and retyping cost nothing. Only the words the core's search reads
// (searchText: the first few) are looked at, so a long line with no code in it costs what a few
// words cost.
import {searchText, searchWords as coreSearchWords} from '../core';
import {hitItem, type ResultItem} from './items';
import {t} from '../shared/i18n';

export interface WordResult {
	items: ResultItem[];
	/** Set when the words were corrected: what was searched for instead. */
	note?: string;
}

export const MAX_HITS = 30;
const CACHE_SIZE = 200;
const cache = new Map<string, WordResult>();

function compute(text: string): WordResult {
	const {hits, corrected} = coreSearchWords(text, MAX_HITS);
	return {items: hits.map(hitItem), note: corrected ? t('showing_results_for', corrected) : undefined};
}

export function searchWords(query: string): WordResult {
	const text = searchText(query);
	const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const known = cache.get(key);
	if (known) return known;
	const result = compute(text);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
	cache.set(key, result);
	return result;
}

/** For measurements: forget remembered answers, so every keystroke is timed cold. */
export function forgetWordSearches(): void {
	cache.clear();
}

/**
 * Builds the search indexes (core search, vocabulary) ahead of the first keystroke, while the user
 * is still reaching for the keyboard; otherwise that keystroke pays for them.
 */
export function warmUp(): void {
	compute('mailbox');
	compute('mailbx');
	compute('ma');
}
