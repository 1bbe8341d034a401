// A search hit, opened: the exact entry it names. A provider hit is explained by its own rule
// (several rules can share a code and differ by their words), a registry row by its code.
import {explain, explainRule, isInvalid} from '../explain';
import {receivers} from '../receivers';
import type {Explanation} from '../types';
import type {SearchHit} from './docs';

/** `X.2.2` → `5.2.2`: a registry row stands for every class, and the permanent one is what bounces carry. */
export const concreteCode = (code: string): string => code.replace(/^X\./, '5.');

export function explainHit(hit: Pick<SearchHit, 'code' | 'kind' | 'provider' | 'rule'>): Explanation | undefined {
	const receiver = hit.provider ? receivers.find(r => r.id === hit.provider) : undefined;
	const rule = hit.rule === undefined ? undefined : receiver?.rules[hit.rule];
	// A provider range (`5.7.27–5.7.32`) is explained by its first code.
	const code = concreteCode(hit.code.split('–')[0] ?? hit.code);
	if (receiver && rule) {
		const byCode = explain(code, {provider: receiver.id});
		if (!isInvalid(byCode) && byCode.title === rule.title) return byCode;
		return explainRule(code, receiver, rule);
	}
	const result = explain(code, hit.provider ? {provider: hit.provider} : {});
	return isInvalid(result) ? undefined : result;
}
