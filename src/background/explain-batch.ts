// `explain-batch`: the content script's explanations, computed here so the core's tables and provider
// rules stay out of the content script (its budget: DESIGN.md). One message holds one body's replies
// and the body's text as context: the core explains them together (explainReplies, the same reading
// explainText gives the popup and the context-menu card). Stateless: every answer is computed from
// the message alone, so a restarted worker answers the same.
import {bounceProvider, explainReplies, replyVerdict, type Explanation, type ReplyInput} from '../core';
import {MAX_EXPLAIN_CONTEXT, MAX_EXPLAIN_ITEMS, type CardExplanation, type ExplainBatchAnswer} from '../shared/messages';

/** Longest tag or reply text read from a message (findCodes folds a reply's text to far less). */
const MAX_CODE = 64;
const MAX_TEXT = 2000;
const MAX_TAGS = 8;

const REPLY = /^[2-5]\d\d$/;
const ENHANCED = /^[245]\.\d{1,3}\.\d{1,3}$/;

const str = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/** A message item as sent, checked: the content script runs in pages that see hostile text. */
function readItem(raw: unknown): ReplyInput {
	const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	const tags = Array.isArray(item.tags) ? item.tags.slice(0, MAX_TAGS).map(tag => str(tag, MAX_CODE)).filter(Boolean) : [];
	const reply = str(item.reply, 8);
	const enhanced = str(item.enhanced, 16);
	return {
		...(REPLY.test(reply) ? {reply} : {}),
		...(ENHANCED.test(enhanced) ? {enhanced} : {}),
		tags,
		text: str(item.text, MAX_TEXT),
	};
}

/** The explanation as the hover card shows it: the parts of a pair only show in the full view; the reply's verdict leads. */
function card(e: Explanation): CardExplanation {
	const {parts: _parts, ...rest} = e;
	return {...rest, verdict: replyVerdict(e)};
}

/** One body's replies → their explanations in order, null where the core knows none of a reply's codes. */
export function explainBatch(items: unknown, context?: unknown): ExplainBatchAnswer {
	if (!Array.isArray(items)) return [];
	const replies = items.slice(0, MAX_EXPLAIN_ITEMS).map(readItem);
	try {
		const provider = bounceProvider(str(context, MAX_EXPLAIN_CONTEXT));
		return explainReplies(replies, {provider}).map(e => (e ? card(e) : null));
	} catch {
		return replies.map(() => null);
	}
}
