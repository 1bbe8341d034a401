// Shared helpers for the receiver tests.

import {findProviderRule, type ProviderContext} from '../../../src/core/receivers';
import type {ProviderId, Reason} from '../../../src/core/types';

/** A row of a provider table test: a realistic diagnostic line and what it must resolve to. */
export type Row = [line: string, provider: ProviderId, reason: Reason, title: RegExp];

export function resolve(line: string, ctx: Omit<ProviderContext, 'text'> = {}) {
	const found = findProviderRule({...ctx, text: line});
	return found && {provider: found.receiver.id, reason: found.rule.reason, title: found.rule.title, rule: found.rule};
}

