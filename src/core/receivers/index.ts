// Receiving providers with a dialect of their own, and the lookup that picks a provider's rule.
//
// Precedence of findProviderRule (issue "Big providers speak their own dialect"):
//   1. a provider tag ([TSS04], (S3150), [CS01], AUP#I-1310, OFR_506 …): tags are unique to one
//      provider; a rule may cover a numbered run of tags (AUP#1020–1080) or a few more (alsoTags);
//   2. rules of the given or detected provider(s) whose status equals the code exactly;
//   3. … whose status range holds the code (same class and subject, detail compared as a number);
//   4. … without status: reply code and/or phrase;
//   5. blocklist and gateway phrase rules, for any bounce (a Spamhaus mention can appear anywhere).
// A rule with a phrase needs the phrase in the text; a status rule of a provider applies only when
// that provider is given or detected, so Gmail's 5.7.27 never explains another server's 5.7.27.

import type {ProviderId, ProviderRule, Receiver, TagFamily} from '../types';
import {joinedDetect, sameDetect, seen, type ListsSeen} from './joined';
import {anywhereRule, type ProviderMatch} from './anywhere';
import type {LiteralAutomaton} from '../literal-automaton';
import {literalFilter} from '../required-literals';
import {foldSpaces} from '../fold-spaces';
import {needsLetter} from '../needs-letter';
import {findTags, legacyTags, normaliseTag} from './tags';
import {receivers} from './registry';
import {emailScope, RecentAnswers} from '../email-scope';
import {groupsOf, parseStatus, within, type Bounds, type Parsed} from './rule-groups';

export {findTags, isNumberedTag, normaliseTag, ruleTags, unbracket} from './tags';
export * from './registry';
export type {ProviderMatch} from './anywhere';

// The literals every receiver's signatures need (required-literals.ts), found in one pass over a text
// (literal-automaton.ts): a receiver none of whose literals the text holds has no signature in it, so
// only the receivers the pass names are searched, and most replies name none. A receiver with a pattern
// whose literals cannot be read is always searched. Rebuilt when a receiver or one of its patterns is
// added or replaced.
interface DetectFilter {
	seen: ListsSeen;
	automaton: LiteralAutomaton;
	/** 1 for each receiver (by its index) that is searched whatever the text holds. */
	always: Uint8Array;
	/** The receivers to search for one text: `always`, then those whose literals the text holds. */
	marks: Uint8Array;
	anyAlways: boolean;
}
let detectFilter: DetectFilter | undefined;

function receiverFilter(): DetectFilter {
	if (detectFilter && sameDetect(detectFilter.seen, receivers)) return detectFilter;
	const lists = receivers.map(r => r.detect);
	const {automaton, always} = literalFilter(lists);
	detectFilter = {seen: seen(lists), automaton, always, marks: new Uint8Array(receivers.length), anyAlways: always.includes(1)};
	return detectFilter;
}

// Whether every signature needs an ASCII letter (needs-letter.ts), kept while no signature list is
// replaced; asked apart from the joined search, which a text without a letter need not build.
let letterNeeded: {seen: ListsSeen; all: boolean} | undefined;

/** True when every receiver's signature needs an ASCII letter, so a text without one names no receiver. */
export function signaturesNeedLetter(): boolean {
	if (!letterNeeded || !sameDetect(letterNeeded.seen, receivers)) {
		letterNeeded = {seen: seen(receivers.map(r => r.detect)), all: receivers.every(r => r.detect.every(needsLetter))};
	}
	return letterNeeded.all;
}

// The last few answers of detectProviders in this email (email-scope.ts): one reply's words are asked
// about several times (its recipient's provider, then each explain() of its codes), and so is a host
// (a recipient's remote MTA, each Received hop that names it), with other texts asked in between.
// Valid while the filter they were found with is the current one (no receiver or pattern replaced since).
const recentDetect = new RecentAnswers<readonly Receiver[]>(8, []);

const NONE_FOUND: readonly Receiver[] = Object.freeze([]);

/** Receivers whose signature occurs in the text, ordered by the position of their first match. */
export function detectProviders(text: string): readonly Receiver[] {
	const filter = receiverFilter();
	const slot = recentDetect.find(filter, text);
	if (slot >= 0) return recentDetect.at(slot);
	const found = searchReceivers(text, filter);
	recentDetect.keep(text, found);
	return found;
}

function searchReceivers(text: string, filter: DetectFilter): readonly Receiver[] {
	const {marks} = filter;
	marks.set(filter.always);
	// Nothing to search when the text holds no literal and no receiver is always searched.
	if (filter.automaton.scan(text, marks, 0) === filter.automaton.ids && !filter.anyAlways) return NONE_FOUND;
	let found: Array<{receiver: Receiver; at: number; order: number}> | undefined;
	for (let order = 0; order < receivers.length; order++) {
		if (marks[order] === 0) continue;
		const receiver = receivers[order]!;
		let at = -1;
		for (const pattern of joinedDetect(receiver)) {
			pattern.lastIndex = 0;
			const match = pattern.exec(text);
			if (match && (at < 0 || match.index < at)) at = match.index;
		}
		if (at >= 0) (found ??= []).push({receiver, at, order});
	}
	return found ? found.sort((a, b) => a.at - b.at || a.order - b.order).map(entry => entry.receiver) : NONE_FOUND;
}

const STATUS_PATTERN = /(?:^|[\s#'([;:-])([245]\.\d{1,3}\.\d{1,3})(?!\d|\.\d)/;
const REPLY_PATTERN = /(?:^|[\s'(#;:>])([245]\d\d)(?=[\s-]|$)/;

/** Folds whitespace and drops `550-5.7.26` continuation prefixes so phrases match across lines. */
function phraseText(text: string): string {
	// One reply's words are folded for each of its codes in turn: the last answer is kept (in one email).
	if (text !== lastPhraseIn || lastPhraseScope !== emailScope()) {
		lastPhraseIn = text;
		lastPhraseScope = emailScope();
		lastPhraseOut = foldSpaces(text).replace(/ [245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?/g, ' ');
	}
	return lastPhraseOut;
}
let lastPhraseIn: string | undefined;
let lastPhraseScope = -1;
let lastPhraseOut = '';

/** True when `status` lies in the rule's range: same class and subject, detail between the bounds. */
export function inRange(status: string, range: {from: string; to: string}): boolean {
	const code = parseStatus(status);
	const from = parseStatus(range.from);
	const to = parseStatus(range.to);
	return code !== undefined && from !== undefined && to !== undefined && within(code, {from, to});
}

function phraseOk(rule: ProviderRule, text: string): boolean {
	if (!rule.phrase) return true;
	rule.phrase.lastIndex = 0;
	return rule.phrase.test(text);
}

/**
 * The first of `rules` whose reply code is the reply's (or none), whose phrase is in the words (folded
 * only when a rule has one) and, with `bounds` (a range tier: the rules' bounds by index), whose range
 * holds the code.
 */
function firstRule(rules: readonly ProviderRule[] | undefined, bounds: readonly (Bounds | undefined)[] | undefined, code: Parsed | undefined, reply: string | undefined, raw: string): ProviderRule | undefined {
	if (!rules) return undefined;
	for (let i = 0; i < rules.length; i++) {
		const r = rules[i]!;
		if (bounds) {
			const b = bounds[i];
			if (!code || !b || !within(code, b)) continue;
		}
		if (r.reply !== undefined && r.reply !== reply) continue;
		if (r.phrase && !phraseOk(r, phraseText(raw))) continue;
		return r;
	}
	return undefined;
}

export interface ProviderContext {
	reply?: string;
	status?: string;
	/** Tags as written (`AUP#In-1310`, `AS(2005)`) or normalised; found in `text` when not given. */
	tags?: string[];
	text?: string;
	/** What detectProviders gives `text`, when the caller has it already: not searched for again. */
	detected?: readonly Receiver[];
	provider?: ProviderId;
}

/**
 * What kind of tag a provider tag no rule names is (`S2017062302`: an Outlook.com filter tag), from
 * the providers' tag shapes; undefined when no provider writes tags of that shape.
 */
export function findTagFamily(tag: string): {receiver: Receiver; family: TagFamily} | undefined {
	const normal = normaliseTag(tag) ?? tag.toUpperCase();
	for (const receiver of receivers) {
		for (const family of receiver.tagFamilies ?? []) if (family.pattern.test(normal)) return {receiver, family};
	}
	return undefined;
}

/**
 * The detected receivers with the block lists after the rest, each group in its order: a reply that
 * names both a list and the provider who sent it ("… poor reputation on Cloudmark Sender Intelligence
 * (CSI). IB103") is the provider's own reply, and its rule is more specific than the list's generic
 * card. Most replies name one receiver or none: the list is returned as it is.
 */
function providersFirst(detected: readonly Receiver[]): readonly Receiver[] {
	const firstList = detected.length < 2 ? -1 : detected.findIndex(r => r.kind === 'list');
	if (firstList < 0 || !detected.slice(firstList + 1).some(r => r.kind !== 'list')) return detected;
	return [...detected.filter(r => r.kind !== 'list'), ...detected.filter(r => r.kind === 'list')];
}

/** The provider rule that explains a reply best, or undefined (then IANA/RFC tables apply). */
export function findProviderRule(ctx: ProviderContext): ProviderMatch | undefined {
	const raw = ctx.text ?? '';
	const status = ctx.status ?? STATUS_PATTERN.exec(raw)?.[1];
	const reply = ctx.reply ?? REPLY_PATTERN.exec(raw)?.[1];
	// Given tags may be as written (findCodes tokens: `AUP#In-1310`); found ones are normalised already.
	// Given tags are the code scanner's, which marks no unbracketed Hotmail code (SC-001): those come from the words.
	let tags: string[];
	if (ctx.tags) {
		// The given tags first, then the words' legacy ones, pushed into one array made here rather than
		// map(…).concat(…): the given arrays come in several element kinds, and each new kind the map's
		// result met threw away this function's optimised code (2 of its 3 compiles per run).
		tags = [];
		const given = ctx.tags;
		for (let i = 0; i < given.length; i++) {
			const tag = given[i]!;
			tags.push(normaliseTag(tag) ?? tag.toUpperCase());
		}
		legacyTags(raw, tags);
	} else tags = findTags(raw);

	// 1. Tags. Index loops here and below: a for-of not optimised yet makes an iterator result per step.
	for (let t = 0; t < tags.length; t++) {
		const tag = tags[t]!;
		for (let i = 0; i < receivers.length; i++) {
			const receiver = receivers[i]!;
			const rule = groupsOf(receiver).tags.get(tag);
			if (rule) return {receiver, rule};
		}
	}

	const given = ctx.provider ? receivers.find(r => r.id === ctx.provider) : undefined;
	const candidates = given ? [given] : providersFirst(ctx.detected ?? detectProviders(raw));
	const code = status ? parseStatus(status) : undefined;
	// Tiers 2 and 3 with a status (0: exact with a phrase, more specific, so first; 1: exact; 2: a
	// range with a phrase; 3: a range), then tier 4 (open rules); each tier asks every candidate.
	for (let tier = status ? 0 : 4; tier <= 4; tier++) {
		for (let i = 0; i < candidates.length; i++) {
			const receiver = candidates[i]!;
			const g = groupsOf(receiver);
			const rule =
				tier === 0 ? firstRule(g.exactPhrase.get(status!), undefined, code, reply, raw)
				: tier === 1 ? firstRule(g.exactPlain.get(status!), undefined, code, reply, raw)
				: tier === 2 ? firstRule(g.rangePhrase, g.rangePhraseBounds, code, reply, raw)
				: tier === 3 ? firstRule(g.rangePlain, g.rangePlainBounds, code, reply, raw)
				: firstRule(g.open, undefined, code, reply, raw);
			if (rule) return {receiver, rule};
		}
	}

	// 5. Blocklists and gateways, by phrase, whatever provider sent the bounce.
	return anywhereRule(phraseText(raw), reply);
}

/**
 * The receiver's rule for exactly this enhanced code, read without words, reply code or tags: what
 * findProviderRule({status, provider: receiver.id}) gives when the rule it gives is of that code.
 */
export function exactStatusRule(receiver: Receiver, status: string): ProviderRule | undefined {
	const g = groupsOf(receiver);
	return firstRule(g.exactPhrase.get(status), undefined, undefined, undefined, '') ?? firstRule(g.exactPlain.get(status), undefined, undefined, undefined, '');
}
