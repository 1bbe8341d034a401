// What the search reads: every registry code (enhanced and reply) and every provider rule —
// rules with a code or tag under that code, phrase-only rules (block lists, server software,
// situations) under their provider's name — each with its words folded for matching.
import type {ProviderId, Reason} from '../types';
import {enhancedCodes, replyCodes} from '../data';
import {receivers} from '../receivers';
import {fold} from './terms';

export interface SearchHit {
	/** `X.2.2`, `552`, `TSS04`, `5.7.26` (provider rule), or the provider's name for a rule known by its words only. */
	code: string;
	kind: 'enhanced' | 'reply' | 'provider';
	title: string;
	provider?: ProviderId;
	/** With a provider: the rule's index in its receiver's rules (explainHit explains exactly that rule). */
	rule?: number;
	reason: Reason | 'unmapped';
	score: number;
}

export interface Doc {
	hit: Omit<SearchHit, 'score'>;
	/** Folded words for matching: title, meaning, causes and fix. */
	title: string;
	body: string;
	extra: string;
	/** Folded code or tag ('' for a rule known by its words only) and title words, for prefix search. */
	code: string;
	titleWords: string[];
}

const ruleCode = (rule: (typeof receivers)[number]['rules'][number]): string =>
	rule.tag ?? (typeof rule.status === 'string' ? rule.status : rule.status ? `${rule.status.from}–${rule.status.to}` : rule.reply ?? '');

function doc(hit: Doc['hit'], title: string, meaning: string, causes: readonly string[], fix: readonly string[], code = hit.code): Doc {
	const folded = fold(title);
	return {
		hit,
		title: folded,
		body: fold(meaning),
		extra: fold(`${causes.join(' ')} ${fix.join(' ')}`),
		code: fold(code),
		titleWords: folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
	};
}

let index: Doc[] | undefined;

export function docs(): Doc[] {
	if (index) return index;
	const list: Doc[] = [];
	for (const e of enhancedCodes) list.push(doc({code: e.code, kind: 'enhanced', title: e.title, reason: e.reason}, e.title, e.meaning, e.causes, []));
	for (const r of replyCodes) list.push(doc({code: r.code, kind: 'reply', title: r.title, reason: r.reason}, r.title, r.meaning, r.causes, []));
	for (const receiver of receivers) {
		for (const [i, rule] of receiver.rules.entries()) {
			const own = ruleCode(rule);
			// A rule known by its words only shows under its provider's name; a code's title names the
			// provider unless it already does ("Cox: sending IP blocked …").
			const lead = /^([^:]{2,40}):/.exec(rule.title)?.[1]?.toLowerCase();
			const named = !own || rule.title.toLowerCase().startsWith(receiver.name.toLowerCase().split(/[\s/]/)[0]!) || (lead !== undefined && receiver.name.toLowerCase().includes(lead));
			const hit = {code: own || receiver.name, kind: 'provider' as const, title: named ? rule.title : `${receiver.name}: ${rule.title}`, provider: receiver.id, rule: i, reason: rule.reason};
			list.push(doc(hit, `${receiver.name} ${rule.title}`, rule.meaning, rule.causes ?? [], rule.fix, own));
		}
	}
	index = list;
	return list;
}
