// Tier 5 of findProviderRule (index.ts): the phrase rules of the receivers whose words any server may
// quote (block lists, server software, everyday situations: ANYWHERE), tried whatever provider sent the
// bounce, in the receivers' order and each receiver's rules' order.
//
// Their phrases' literals (required-literals.ts) are found in one pass over the folded words
// (literal-automaton.ts): a rule none of whose literals the words hold cannot match, so a reply that
// names no block list or fixed server text tries none of them. A rule whose phrase's literals cannot
// be read is always tried. Rebuilt when a receiver is replaced or an anywhere receiver's rule list is
// replaced or grows.
//
// One email asks about one reply's words several times (for each of its codes, and again for each
// explanation of them): the last few answers are kept for the current email only (email-scope.ts).
import type {ProviderRule, Receiver} from '../types';
import {sameRules, seen, type ListsSeen} from './joined';
import type {LiteralAutomaton} from '../literal-automaton';
import {literalFilter} from '../required-literals';
import {ANYWHERE, receivers} from './registry';
import {emailScope} from '../email-scope';
import {groupsOf} from './rule-groups';

export interface ProviderMatch {
	receiver: Receiver;
	rule: ProviderRule;
}

interface AnywhereRules {
	seen: ListsSeen & {items: readonly Receiver[]};
	rules: ProviderMatch[];
	automaton: LiteralAutomaton;
	always: Uint8Array;
	marks: Uint8Array;
}
let anywhereRules: AnywhereRules | undefined;

const NO_RULES: readonly ProviderRule[] = Object.freeze([]);

function anywhereFilter(): AnywhereRules {
	if (anywhereRules && sameRules(anywhereRules.seen, receivers, NO_RULES)) return anywhereRules;
	const lists = receivers.map(r => (ANYWHERE.has(r.id) ? r.rules : NO_RULES));
	const rules: ProviderMatch[] = [];
	for (const receiver of receivers) if (ANYWHERE.has(receiver.id)) for (const rule of groupsOf(receiver).phrased) rules.push({receiver, rule});
	const {automaton, always} = literalFilter(rules.map(({rule}) => [rule.phrase!]));
	anywhereRules = {seen: Object.assign(seen(lists), {items: [...receivers]}), rules, automaton, always, marks: new Uint8Array(rules.length)};
	return anywhereRules;
}

// The last few answers in this email, valid while the rules they were found with are the current ones.
const RECENT = 4;
const recentWords: string[] = new Array<string>(RECENT).fill('');
const recentReply: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
const recentFound: (ProviderMatch | undefined)[] = new Array<ProviderMatch | undefined>(RECENT).fill(undefined);
let recentCount = 0;
let recentNext = 0;
let recentScope = -1;
let recentRules: AnywhereRules | undefined;

/**
 * The first anywhere phrase rule whose phrase is in `words` (folded as findProviderRule folds them)
 * and whose reply code, if it names one, is `reply`; undefined when none is.
 */
export function anywhereRule(words: string, reply: string | undefined): ProviderMatch | undefined {
	const anywhere = anywhereFilter();
	if (recentScope !== emailScope() || recentRules !== anywhere) {
		recentCount = 0;
		recentNext = 0;
		recentScope = emailScope();
		recentRules = anywhere;
	}
	for (let i = 0; i < recentCount; i++) if (recentReply[i] === reply && recentWords[i] === words) return recentFound[i];
	const found = firstAnywhere(anywhere, words, reply);
	recentWords[recentNext] = words;
	recentReply[recentNext] = reply;
	recentFound[recentNext] = found;
	recentNext = recentNext === RECENT - 1 ? 0 : recentNext + 1;
	if (recentCount < RECENT) recentCount++;
	return found;
}

function firstAnywhere(anywhere: AnywhereRules, words: string, reply: string | undefined): ProviderMatch | undefined {
	const {marks} = anywhere;
	marks.set(anywhere.always);
	anywhere.automaton.scan(words, marks, 0);
	for (let i = 0; i < anywhere.rules.length; i++) {
		if (marks[i] === 0) continue;
		const match = anywhere.rules[i]!;
		if (match.rule.reply !== undefined && match.rule.reply !== reply) continue;
		const phrase = match.rule.phrase!;
		phrase.lastIndex = 0;
		if (phrase.test(words)) return match;
	}
	return undefined;
}
