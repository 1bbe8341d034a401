// Free-word search over every code and provider rule we know, ranked — one search for the popup
// and the CLI (`--search`), so a query gets the same answer everywhere:
// - a query of only one- and two-letter words (the first keystrokes of any word) matches the
//   starts of codes, tags and title words;
// - else each word (folded, stemmed, with its spellings: terms.ts) scores by where it occurs
//   (title, meaning, causes), everyday phrasings in seven languages lift their reason and the codes
//   that stand for it (concepts.ts), and registry codes rank before a provider's dialect;
// - a word that is no real word is corrected to the nearest real one when that finds more or
//   better (correct.ts), and the result says what was searched for instead.
// `mailbox full` finds X.2.2 and 552 first, `Empfänger unbekannt` X.1.1 and 550, `spf` X.7.23 and
// X.7.24, `blocked by spamhaus` the Spamhaus rules.
import type {Reason} from '../types';
import {conceptText, CONCEPTS} from './concepts';
import {correctQuery} from './correct';
import {docs, type Doc, type SearchHit} from './docs';
import {receivers} from '../receivers';
import {fold, formsOf, stem, termsOf, WORD, wordsOf} from './terms';

export type {SearchHit} from './docs';
export {concreteCode, explainHit} from './explain-hit';

/** How many words of a query the search reads: a search is a few words, not a pasted page. */
export const SEARCH_WORDS = 8;

/**
 * The part of a query the search reads: up to the end of its first SEARCH_WORDS words, punctuation
 * kept (the everyday phrasings read `doesn't`). Linear in that part, not in the query, so a 100 KB
 * line costs what eight words cost.
 */
export function searchText(query: string): string {
	const words = new RegExp(WORD.source, 'gu');
	let end = 0;
	for (let n = 0; n < SEARCH_WORDS;) {
		const m = words.exec(query);
		if (!m) return query;
		// As wordsOf counts: a one-letter Latin word (the t of doesn't) is no word.
		if (m[0].length < 2 && /^[\p{Script=Latin}\p{N}]$/u.test(m[0])) continue;
		end = m.index + m[0].length;
		n++;
	}
	return query.slice(0, end);
}

function termScore(doc: Doc, term: string): number {
	if (doc.title.includes(term)) return 6;
	if (doc.body.includes(term)) return 2;
	if (doc.extra.includes(term)) return 1;
	return 0;
}

/** Each entry's score for a word, in index order, kept per word: the next keystroke repeats most words. */
const scoreCache = new Map<string, Uint8Array>();
const SCORE_CACHE_SIZE = 1000;

function scoresOf(term: string): Uint8Array {
	let scores = scoreCache.get(term);
	if (!scores) {
		scores = Uint8Array.from(docs(), doc => termScore(doc, term));
		if (scoreCache.size >= SCORE_CACHE_SIZE) scoreCache.delete(scoreCache.keys().next().value!);
		scoreCache.set(term, scores);
	}
	return scores;
}

const round = (score: number): number => Math.round(score * 100) / 100;

/** Providers whose name's first word is a word of the query, or its stem or spelling (`spamhaus`, `google`, `graylisted`). */
function namedProviders(terms: readonly string[]): Set<string> {
	const named = new Set<string>();
	const stems = new Set(terms.flatMap(term => {
		const {own, variants} = formsOf(term);
		return [own, ...variants];
	}));
	for (const receiver of receivers) {
		const first = fold(receiver.name).split(/[^\p{L}\p{N}]+/u)[0];
		if (first && first.length >= 3 && stems.has(stem(first))) named.add(receiver.id);
	}
	return named;
}

/** Ranked matches for the words of a folded query (no prefix layer, no correction). */
function rank(text: string, limit: number): SearchHit[] {
	const terms = termsOf(text);
	const phrased = conceptText(text);
	const said = CONCEPTS.filter(c => c.says.test(phrased));
	const named = namedProviders(terms);
	if (terms.length === 0 && said.length === 0) return [];
	const index = docs();
	const phrase = terms.join(' ');
	const concepts = new Set<Reason>(said.map(c => c.reason));
	const standFor = new Set(said.flatMap(c => c.standFor));
	const hits: Array<SearchHit & {order: number}> = [];
	const perTerm = terms.map(term => {
		const {own, variants} = formsOf(term);
		return [scoresOf(own), ...variants.map(scoresOf)] as const;
	});
	for (const [order, doc] of index.entries()) {
		let score = 0;
		let matched = 0;
		for (const [own, ...variants] of perTerm) {
			let best = own[order]!;
			for (const variant of variants) best = Math.max(best, variant[order]! * 0.8);
			if (best > 0) matched++;
			score += best;
		}
		const concept = concepts.has(doc.hit.reason as Reason);
		const standsFor = doc.hit.kind !== 'provider' && standFor.has(doc.hit.code);
		if (matched === 0 && !concept && !standsFor) continue;
		// Every word present counts for more than one word present many times.
		if (terms.length > 0) score *= matched / terms.length;
		if (terms.length > 1 && doc.title.includes(phrase)) score += 8;
		else if (terms.length > 1 && doc.body.includes(phrase)) score += 3;
		if (concept) score += 6;
		if (standsFor) score += 14;
		// Registry entries before provider dialect, which only applies to one provider — unless the
		// query names the provider (`blocked by spamhaus`): then its own rules come first.
		if (doc.hit.provider && named.has(doc.hit.provider)) score += 16;
		else if (doc.hit.kind === 'provider') score *= 0.7;
		hits.push({...doc.hit, score: round(score), order});
	}
	// Ties keep the tables' own order (codes sorted numerically): no string comparison per pair.
	hits.sort((a, b) => b.score - a.score || a.order - b.order);
	return hits.slice(0, limit).map(({order: _order, ...hit}) => hit);
}

/** Codes, tags and title words that start with every short word typed (`sp` → SPF codes, `55` → 550 …). */
function startsWith(words: string[], limit: number): SearchHit[] {
	const hits: Array<SearchHit & {order: number}> = [];
	for (const [order, doc] of docs().entries()) {
		let score = 0;
		for (const w of words) {
			if (doc.code.startsWith(w)) score += 3;
			else if (doc.titleWords[0]?.startsWith(w)) score += 2;
			else if (doc.titleWords.some(word => word.startsWith(w))) score += 1;
			else {
				score = 0;
				break;
			}
		}
		if (score > 0) hits.push({...doc.hit, score, order});
	}
	hits.sort((a, b) => b.score - a.score || a.order - b.order);
	return hits.slice(0, limit).map(({order: _order, ...hit}) => hit);
}

/** Ranked matches for the first words of a query (searchText); empty for an empty query. */
export function search(query: string, limit = 20): SearchHit[] {
	return rank(fold(searchText(query)), limit);
}

export interface WordSearch {
	hits: SearchHit[];
	/** Set when words were corrected: the words searched for instead. */
	corrected?: string;
}

/** One- and two-letter words: the first keystrokes of a word, read as its start. */
const SHORT = 3;

/**
 * What the popup's search box and `--search` give for words: the prefix layer for first
 * keystrokes, else the ranked search, with unreal words corrected when that finds more or better.
 */
export function searchWords(query: string, limit = 30): WordSearch {
	const text = fold(searchText(query));
	const words = wordsOf(text);
	if (words.length > 0 && words.every(w => w.length < SHORT && /^[\p{Script=Latin}\p{N}.]+$/u.test(w))) {
		const hits = startsWith(words, limit);
		if (hits.length > 0) return {hits};
	}
	const hits = rank(text, limit);
	const corrected = correctQuery(text);
	if (corrected) {
		const better = rank(corrected, limit);
		// The corrected words are taken only when they find more, or better, than the words as typed.
		if (better.length > 0 && (hits.length === 0 || better[0]!.score > hits[0]!.score)) return {hits: better, corrected};
	}
	return {hits};
}
