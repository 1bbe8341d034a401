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
import {RecentAnswers} from '../email-scope';
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
const recent = new RecentAnswers<ProviderMatch | undefined>(4, undefined);

/**
 * The first anywhere phrase rule whose phrase is in `words` (folded as findProviderRule folds them)
 * and whose reply code, if it names one, is `reply`; undefined when none is.
 */
export function anywhereRule(words: string, reply: string | undefined): ProviderMatch | undefined {
	const anywhere = anywhereFilter();
	// A reply code is digits, so what comes before the NUL is the reply (nothing: none, and no rule names an empty one).
	const key = `${reply ?? ''}\u0000${words}`;
	const slot = recent.find(anywhere, key);
	if (slot >= 0) return recent.at(slot);
	const found = firstAnywhere(anywhere, words, reply);
	recent.keep(key, found);
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
