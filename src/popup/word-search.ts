// Words → ranked codes, fast enough for every keystroke. Three layers over the core's search:
// - one- and two-letter words (the first keystrokes of any word) match the starts of codes, tags and
//   title words only: a substring search for `ma` would hit nearly every entry and cost the most;
// - unknown words are corrected to the nearest known word (fuzzy.ts) when that ranks better;
// - recent answers are remembered, so Backspace and retyping cost nothing.
// Only the words the core's search reads (searchText: the first few) are looked at, so a long line
// typed or pasted with no code in it costs what a few words cost.
import {search, searchText} from '../core';
import {browseGroups} from './browse';
import {correctQuery} from './fuzzy';
import {hitItem, type ResultItem} from './items';

export interface WordResult {
	items: ResultItem[];
	/** Set when the words were corrected: what was searched for instead. */
	note?: string;
}

export const MAX_HITS = 30;
const SHORT = 3;
const CACHE_SIZE = 200;
const cache = new Map<string, WordResult>();

const terms = (query: string) => query.toLowerCase().split(/[^a-z0-9.]+/).filter(Boolean);

let prefixIndex: Array<{item: ResultItem; code: string; words: string[]}> | undefined;

/** Codes, tags and title words that start with every short term typed. */
function startsWith(words: string[]): ResultItem[] {
	prefixIndex ??= browseGroups().flatMap(group => group.items).map(item => ({
		item,
		code: item.code.toLowerCase(),
		words: item.title.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean),
	}));
	const scored: Array<{item: ResultItem; score: number}> = [];
	for (const entry of prefixIndex) {
		let score = 0;
		for (const w of words) {
			if (entry.code.startsWith(w)) score += 3;
			else if (entry.words[0]?.startsWith(w)) score += 2;
			else if (entry.words.some(word => word.startsWith(w))) score += 1;
			else {
				score = 0;
				break;
			}
		}
		if (score > 0) scored.push({item: entry.item, score});
	}
	// Stable sort: equal scores keep the browse order (reply codes, then enhanced codes by subject, then tags).
	return scored.sort((a, b) => b.score - a.score).slice(0, MAX_HITS).map(s => s.item);
}

function compute(query: string): WordResult {
	const words = terms(query);
	if (words.length > 0 && words.every(w => w.length < SHORT)) {
		const items = startsWith(words);
		if (items.length > 0) return {items};
	}
	let hits = search(query, MAX_HITS);
	let note: string | undefined;
	const corrected = correctQuery(query);
	if (corrected) {
		const better = search(corrected, MAX_HITS);
		// Take the corrected words only when they find more, or better, than the words as typed.
		if (better.length > 0 && (hits.length === 0 || (better[0]?.score ?? 0) > (hits[0]?.score ?? 0))) {
			hits = better;
			note = `Showing results for “${corrected}”`;
		}
	}
	return {items: hits.map(hitItem), note};
}

export function searchWords(query: string): WordResult {
	const text = searchText(query);
	const key = terms(text).join(' ');
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
 * Builds the search indexes (core search, vocabulary, prefixes) ahead of the first keystroke, while
 * the user is still reaching for the keyboard; otherwise that keystroke pays for them.
 */
export function warmUp(): void {
	compute('mailbox');
	compute('mailbx');
	compute('ma');
}
