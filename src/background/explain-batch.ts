// `explain-batch`: the content script's explanations, computed here so the core's tables and provider
// rules stay out of the content script (its budget: DESIGN.md). Stateless: every answer is computed
// from the message alone, so a restarted worker answers the same.
import {explain, isInvalid} from '../core/explain';
import type {Explanation, ProviderId} from '../core/types';
import {MAX_EXPLAIN_ITEMS, type ExplainBatchAnswer, type ExplainItem} from '../shared/messages';

/** Longest code or reply text read from a message (findCodes folds a reply's text to far less). */
const MAX_CODE = 64;
const MAX_TEXT = 2000;
const MAX_TAGS = 8;

const str = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/** A message item as sent, checked: the content script runs in pages that see hostile text. */
function readItem(raw: unknown): ExplainItem {
	const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	const tags = Array.isArray(item.tags) ? item.tags.slice(0, MAX_TAGS).map(tag => str(tag, MAX_CODE)).filter(Boolean) : [];
	const provider = typeof item.provider === 'string' && item.provider ? item.provider as ProviderId : undefined;
	return {code: str(item.code, MAX_CODE), text: str(item.text, MAX_TEXT), tags, ...(provider ? {provider} : {})};
}

/** One item's explanation as the hover card needs it, or null when the code is not one the core knows. */
export function explainItem(item: ExplainItem): Explanation | null {
	const result = explain(item.code, {text: item.text, tags: item.tags, provider: item.provider});
	if (isInvalid(result)) return null;
	// The parts of a pair only show in the full view; leaving them out keeps the message small.
	const {parts: _parts, ...card} = result;
	return card;
}

export function explainBatch(items: unknown): ExplainBatchAnswer {
	if (!Array.isArray(items)) return [];
	return items.slice(0, MAX_EXPLAIN_ITEMS).map(raw => {
		try {
			return explainItem(readItem(raw));
		} catch {
			return null;
		}
	});
}
