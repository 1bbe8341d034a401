// A mark → the explanation its card shows: the whole reply it belongs to (reply code + enhanced code,
// with the reply's text and tags so provider rules apply), or the provider tag itself.
import {explain, isInvalid} from '../core/explain';
import type {Explanation} from '../core/types';
import type {Mark} from './marks';

const cache = new WeakMap<Mark['group'], Map<string, Explanation>>();

function codeOf(mark: Mark): string {
	const {reply, enhanced} = mark.group;
	if (reply && enhanced) return `${reply} ${enhanced}`;
	return reply ?? enhanced ?? mark.code;
}

function compute(mark: Mark): Explanation {
	const {group} = mark;
	const ctx = {text: group.text, tags: group.tags};
	if (mark.kind === 'provider-tag') {
		const tag = explain(mark.code, ctx);
		if (!isInvalid(tag)) return tag;
	}
	for (const code of [codeOf(mark), mark.code]) {
		const result = explain(code, ctx);
		if (!isInvalid(result)) return result;
	}
	return {
		code: mark.code, kind: 'unknown', severity: 'permanent', title: 'Unrecognised code', meaning: group.text,
		causes: [], fix: [], whoActs: 'sender-admin', retry: 'retry-after-fix', reason: 'unmapped', sources: [], inRegistry: false, notes: [],
	};
}

export function explainMark(mark: Mark): Explanation {
	let byCode = cache.get(mark.group);
	if (!byCode) cache.set(mark.group, byCode = new Map());
	const key = mark.kind === 'provider-tag' ? mark.code : '';
	let hit = byCode.get(key);
	if (!hit) byCode.set(key, hit = compute(mark));
	return hit;
}

/** What "Open full explanation" asks for: the reply's text when a provider's reading applies, else the code. */
export function queryOf(mark: Mark, explanation: Explanation): string {
	const text = mark.group.text;
	if (explanation.provider && text && text.length <= 500) return text;
	return explanation.code;
}
