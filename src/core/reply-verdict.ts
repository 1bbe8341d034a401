// One reply's verdict: what a card says first about a code read in its reply (explainText), in the
// verdict's own words (verdict.ts, verdict-words.ts), so a card, the banner and the popup never word
// the same reading twice. The line is the reason in words and the advice's imperative:
// "The address does not exist — check it for a typo, or remove it from your list". The line is also
// given as data (ReplyWording): the extension says it in the reader's language from the catalogue
// (src/shared/verdict-text.ts sayReplyLine), never by translating this English text.
import type {Explanation, Reason, RecipientResult, Retry, Severity, WhoActs} from './types';
import {verdict, type Outcome, type Wording} from './verdict';

/** The one line as data: what leads it and the imperative that follows. */
export interface ReplyWording {
	/** The reason's words as the verdict says them for this outcome (its waiting words while delayed), or the registry title's head when no reason names the reply. */
	what: {outcome: Outcome; reason: Reason} | {title: string};
	/** The imperative of the verdict's advice, by what chose that advice; null when the line has none. */
	act: Wording['advice'];
}

export interface ReplyVerdict {
	outcome: Outcome;
	/** The colours that show it. */
	tone: Severity;
	/** The outcome in a word or two ("Not delivered"). */
	label: string;
	/** The one line a card leads with. */
	line: string;
	whoActs: WhoActs;
	retry: Retry;
	/** The line as data, for a surface that says it in another language. */
	wording: ReplyWording;
}

const OUTCOME_OF: Record<Severity, Outcome> = {permanent: 'failed', transient: 'delayed', success: 'delivered', intermediate: 'not-a-bounce'};

/**
 * The imperative of an advice (ours, verdict-words.ts): what follows its first dash up to the end of
 * that sentence ("The address is fine; … — fix it, then resend. Publish …" → "fix it, then resend"),
 * else its first sentence; lower-case, no final stop.
 */
export function adviceAct(advice: string): string {
	const dash = advice.indexOf(' — ');
	const rest = dash >= 0 ? advice.slice(dash + 3) : advice;
	const stop = rest.search(/\.(?:\s|$)/);
	const act = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
	return act.charAt(0).toLowerCase() + act.slice(1);
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A registry title's head, for a line: "Requested action not taken: mailbox unavailable (e.g., …)" → "Requested action not taken". */
export function titleHead(title: string): string {
	const head = title.replace(/^<[^>]{1,40}>\s+/, '').split(/[:;(]|\s[-–—]\s/, 1)[0]!.trim();
	return head || title;
}

/** The codes of an explanation as a report would carry them: its reply code and its enhanced code. */
function codesOf(e: Explanation): Pick<RecipientResult, 'replyCode' | 'status'> {
	const reply = /(?:^|\s)([245]\d\d)(?:\s|$)/.exec(e.code)?.[1] ?? '';
	const status = /(?:^|\s)([245]\.\d{1,3}\.\d{1,3})(?:\s|$)/.exec(e.code)?.[1] ?? '';
	return {replyCode: reply, status};
}

/** The verdict on one reply, as its explanation reads it (the reply's words decide its reason). */
export function replyVerdict(e: Explanation): ReplyVerdict {
	const outcome = OUTCOME_OF[e.severity];
	const unmapped = e.reason === 'unmapped';
	// A success or intermediate reply that no reason names ("221 closing", "354 start input") is no outcome of a message.
	if (unmapped && (outcome === 'delivered' || outcome === 'not-a-bounce')) {
		const title = titleHead(e.title);
		return {outcome, tone: e.severity, label: '', line: title, whoActs: e.whoActs, retry: e.retry, wording: {what: {title}, act: null}};
	}
	const result: RecipientResult = {
		recipient: '', reason: e.reason === 'unmapped' ? 'undefined' : e.reason, hardBounce: false, action: outcome === 'not-a-bounce' ? '' : outcome,
		diagnostic: '', command: '', remoteMta: '', ...codesOf(e),
	};
	const v = verdict(result, {kind: outcome === 'delayed' ? 'delay' : 'bounce'});
	const byTitle = unmapped || !v.words;
	const what = byTitle ? titleHead(e.title) : capitalised(v.words);
	const act = adviceAct(v.advice);
	const wording: ReplyWording = {what: byTitle ? {title: what} : {outcome: v.outcome, reason: v.reason}, act: act ? v.wording.advice : null};
	return {outcome: v.outcome, tone: v.tone, label: v.label, line: act ? `${what} — ${act}` : what, whoActs: v.whoActs, retry: v.retry, wording};
}
