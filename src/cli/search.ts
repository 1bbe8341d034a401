// `--search WORDS`: the popup's word search (the core's searchWords: the same ranking, the same
// typo correction), for a person — a numbered list, wrapped — or with --json as one object:
// {"query", "corrected"?, "hits": [{code, kind, title, provider?, reason, score}]}.
import {searchWords, type SearchHit} from '../core';

/** Hits listed, as many as the popup shows. */
export const SEARCH_HITS = 30;

const KIND = {enhanced: 'enhanced code', reply: 'reply code', provider: 'provider rule'} as const;

export interface SearchOut {
	query: string;
	corrected?: string;
	hits: Array<Omit<SearchHit, 'rule'>>;
}

export function searchOut(query: string): SearchOut {
	const {hits, corrected} = searchWords(query, SEARCH_HITS);
	return {query, ...(corrected ? {corrected} : {}), hits: hits.map(({rule: _rule, ...hit}) => hit)};
}

/** The lines a person reads (unwrapped: the writer wraps them). */
export function searchLines(out: SearchOut): string[] {
	if (out.hits.length === 0) return [`Nothing matches “${out.query}”. Try a code (550, 5.7.26), a provider tag (TSS04) or words such as “mailbox full”.`];
	const lines = out.corrected ? [`Showing results for “${out.corrected}”`, ''] : [];
	for (const [i, hit] of out.hits.entries()) lines.push(`${String(i + 1).padStart(2)}. ${hit.code}  ${hit.title}  (${KIND[hit.kind]})`);
	return lines;
}
