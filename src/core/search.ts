// Free-word search over every code we know: titles, meanings, causes and provider rules, ranked.
// `mailbox full` finds X.2.2 and 552 first, `user unknown` X.1.1 and 550, `spf` X.7.23 and X.7.24.
import type {ProviderId, Reason} from './types';
import {enhancedCodes, replyCodes} from './data';
import {receivers} from './receivers';

export interface SearchHit {
	/** `X.2.2`, `552`, `TSS04`, `5.7.26` (provider rule). */
	code: string;
	kind: 'enhanced' | 'reply' | 'provider';
	title: string;
	provider?: ProviderId;
	reason: Reason | 'unmapped';
	score: number;
}

interface Doc {
	hit: Omit<SearchHit, 'score'>;
	title: string;
	body: string;
	extra: string;
}

// Words people type that the tables spell differently. Each maps to words the tables use.
const SYNONYMS: Record<string, string[]> = {
	full: ['quota', 'storage', 'full'],
	quota: ['quota', 'full', 'storage'],
	spam: ['spam', 'junk', 'reputation'],
	blacklist: ['blocklist', 'blocked', 'listed'],
	blacklisted: ['blocklist', 'blocked', 'listed'],
	blocked: ['blocked', 'blocklist', 'refused'],
	unknown: ['unknown', 'not exist', 'nonexistent', 'no such'],
	exist: ['exist', 'unknown', 'no such'],
	big: ['size', 'large', 'big'],
	large: ['size', 'large', 'big'],
	password: ['password', 'credentials', 'authentication'],
	login: ['authentication', 'credentials', 'login'],
	tls: ['tls', 'starttls', 'encryption'],
	encryption: ['encryption', 'tls'],
	rdns: ['ptr', 'reverse'],
	ptr: ['ptr', 'reverse'],
	rate: ['rate', 'too many', 'limit'],
	dmarc: ['dmarc'],
	dkim: ['dkim'],
	spf: ['spf'],
};

function docs(): Doc[] {
	const list: Doc[] = [];
	for (const e of enhancedCodes) {
		list.push({hit: {code: e.code, kind: 'enhanced', title: e.title, reason: e.reason}, title: e.title.toLowerCase(), body: e.meaning.toLowerCase(), extra: e.causes.join(' ').toLowerCase()});
	}
	for (const r of replyCodes) {
		list.push({hit: {code: r.code, kind: 'reply', title: r.title, reason: r.reason}, title: r.title.toLowerCase(), body: r.meaning.toLowerCase(), extra: r.causes.join(' ').toLowerCase()});
	}
	for (const receiver of receivers) {
		for (const rule of receiver.rules) {
			const code = rule.tag ?? (typeof rule.status === 'string' ? rule.status : rule.status ? `${rule.status.from}–${rule.status.to}` : rule.reply ?? '');
			if (!code) continue;
			list.push({
				hit: {code, kind: 'provider', title: `${receiver.name}: ${rule.title}`, provider: receiver.id, reason: rule.reason},
				title: `${receiver.name} ${rule.title}`.toLowerCase(),
				body: rule.meaning.toLowerCase(),
				extra: (rule.causes ?? []).join(' ').toLowerCase(),
			});
		}
	}
	return list;
}

// Everyday phrasings of a reason: a query that says one lifts every entry with that reason, and
// most the registry codes that stand for it (`user unknown` → X.1.1 and 550 even though neither title
// says "user" or "unknown").
const CONCEPTS: Array<[Reason, RegExp, string[]]> = [
	['mailboxfull', /\b(?:mailbox (?:is )?full|full mailbox|over ?quota|quota|inbox full)\b/, ['X.2.2', '552']],
	['userunknown', /\b(?:user unknown|unknown user|no such (?:user|mailbox)|does ?n[o']t exist|invalid recipient|address not found)\b/, ['X.1.1', '550']],
	['hostunknown', /\b(?:domain not found|unknown (?:host|domain)|no mx|nxdomain)\b/, ['X.1.2', 'X.4.4']],
	['authfailure', /\b(?:spf|dkim|dmarc|unauthenticated)\b/, []],
	['blocked', /\b(?:blocked|block ?list|black ?list(?:ed)?|rbl|dnsbl)\b/, ['X.7.1']],
	['spamdetected', /\b(?:spam|junk)\b/, []],
	['mesgtoobig', /\b(?:too (?:big|large)|size limit|message size)\b/, ['X.3.4', '552']],
	['expired', /\b(?:expired|timed? ?out|gave up)\b/, ['X.4.7']],
	['norelaying', /\b(?:relay(?:ing)? (?:denied|not permitted|access denied))\b/, ['X.7.1']],
	['requireptr', /\b(?:ptr|reverse dns|rdns)\b/, ['X.7.25']],
	['speeding', /\b(?:rate limit(?:ed)?|too many messages|throttl\w*)\b/, []],
	['securityerror', /\b(?:password|credentials|login|auth(?:entication)? failed|tls required)\b/, []],
];

let index: Doc[] | undefined;

/** How many words of a query the search reads: a search is a few words, not a pasted page. */
export const SEARCH_WORDS = 8;
/** A word: two ASCII letters, digits or dots or more (`mailbox`, `5.7.26`, `tss04`). */
const WORD = /[a-z0-9.]{2,}/gi;

/**
 * The part of a query the search reads: up to the end of its first SEARCH_WORDS words, punctuation
 * kept (the everyday phrasings below read `doesn't`). Linear in that part, not in the query, so a
 * 100 KB line costs what eight words cost.
 */
export function searchText(query: string): string {
	WORD.lastIndex = 0;
	let end = 0;
	for (let n = 0; n < SEARCH_WORDS; n++) {
		const m = WORD.exec(query);
		if (!m) return query;
		end = m.index + m[0].length;
	}
	return query.slice(0, end);
}

/** The words of a query the search reads, lower-cased. */
function words(query: string): string[] {
	return (searchText(query).match(WORD) ?? []).map(w => w.toLowerCase());
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
		scores = Uint8Array.from(index!, doc => termScore(doc, term));
		if (scoreCache.size >= SCORE_CACHE_SIZE) scoreCache.delete(scoreCache.keys().next().value!);
		scoreCache.set(term, scores);
	}
	return scores;
}

/** Ranked matches for the first words of a query (searchText); empty for an empty query. */
export function search(query: string, limit = 20): SearchHit[] {
	const text = searchText(query).toLowerCase();
	const terms = words(text);
	if (terms.length === 0) return [];
	index ??= docs();
	const phrase = terms.join(' ');
	const said = CONCEPTS.filter(([, pattern]) => pattern.test(text));
	const concepts = new Set(said.map(([reason]) => reason));
	const standFor = new Set(said.flatMap(([, , codes]) => codes));
	const hits: Array<SearchHit & {order: number}> = [];
	const perTerm = terms.map(term => [scoresOf(term), ...(SYNONYMS[term] ?? [term]).map(scoresOf)] as const);
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
		if (matched === 0 && !concept) continue;
		// Every word present counts for more than one word present many times.
		score *= matched / terms.length;
		if (terms.length > 1 && doc.title.includes(phrase)) score += 8;
		else if (terms.length > 1 && doc.body.includes(phrase)) score += 3;
		if (concept) score += 6;
		if (doc.hit.kind !== 'provider' && standFor.has(doc.hit.code)) score += 14;
		// Registry entries before provider dialect: the dialect only applies to one provider.
		if (doc.hit.kind === 'provider') score *= 0.7;
		hits.push({...doc.hit, score: Math.round(score * 100) / 100, order});
	}
	// Ties keep the tables' own order (codes sorted numerically): no string comparison per pair.
	hits.sort((a, b) => b.score - a.score || a.order - b.order);
	return hits.slice(0, limit).map(({order: _order, ...hit}) => hit);
}
