// What a card shows at a glance, as plain data: the reply's verdict line first, then who acts and
// retry, then at most three steps. Built once here for the Preact card (code-card.tsx) and for the
// context-menu card that is built in the page without Preact (background/selection-card.ts).
// The verdict comes from where the core runs (the popup, the worker: core replyVerdict), never from
// here: the content script's bundle stays without the core's reason tables. Its line is said here,
// in the reader's language, from the verdict's wording (src/shared/verdict-text.ts).
import type {Explanation, ReplyVerdict} from '../core';
import {sayReplyLine} from '../shared/verdict-text';
import {retryLabel, severityLabel, whoActsLabel} from './severity';

/** Steps a glance shows; the explain page has them all. */
export const GLANCE_STEPS = 3;

export interface CardModel {
	code: string;
	severity: Explanation['severity'];
	severityLabel: string;
	/** The provider, list or software whose reading this is; '' when none. */
	provider: string;
	/** The one line: the reply's verdict in words ("The address does not exist — …"). */
	verdict: string;
	/** The code's title (one line on a card; whole on the explain page). */
	title: string;
	whoActs: string;
	retry: string;
	steps: string[];
}

/** A step written for the other class of the same code ("… when it is 4.2.2" on a 5.2.2 card). */
const OTHER_CLASS_STEP = /\b(?:for|when it is|if it is|if the server says)\s+([45])\.\d{1,3}\.\d{1,3}\b/i;

/**
 * The steps that fit this reply, most useful first: a permanent card leaves out what is said for the
 * temporary class of its code and the other way round (the registry's steps cover both classes).
 */
export function stepsFor(e: Explanation, limit = Infinity): string[] {
	const own = e.severity === 'permanent' ? '5' : e.severity === 'transient' ? '4' : '';
	const fitting = own ? e.fix.filter(step => {
		const cls = OTHER_CLASS_STEP.exec(step)?.[1];
		return cls === undefined || cls === own;
	}) : e.fix;
	return (fitting.length > 0 ? fitting : e.fix).slice(0, limit);
}

/** Without a verdict (a reply the worker has not answered for): the code's own title and facts. */
const ownVerdict = (e: Explanation): Pick<ReplyVerdict, 'whoActs' | 'retry'> => ({whoActs: e.whoActs, retry: e.retry});

/** The card's one line: the reply's verdict in the reader's language, else the code's own title. */
export const verdictLine = (e: Explanation, verdict?: ReplyVerdict): string => verdict ? sayReplyLine(verdict.wording) : e.title;

export function cardModel(e: Explanation, verdict?: ReplyVerdict, steps = GLANCE_STEPS): CardModel {
	const v = verdict ?? ownVerdict(e);
	return {
		code: e.code,
		severity: e.severity,
		severityLabel: severityLabel(e.severity),
		provider: e.provider?.name ?? '',
		verdict: verdictLine(e, verdict),
		title: e.title,
		whoActs: whoActsLabel[v.whoActs],
		retry: retryLabel[v.retry],
		steps: stepsFor(e, steps),
	};
}
