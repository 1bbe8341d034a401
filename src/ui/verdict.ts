// One recipient's result in plain words: what happened to the message and why. Shared by the popup and the in-page card.
import type {BounceKind, Reason, RecipientResult} from '../core/types';
import {REASON_RULES} from '../core/reasons';

const OTHER: Partial<Record<Reason, string>> = {
	delivered: 'Delivered',
	feedback: 'A complaint (feedback report) about a delivered message',
	vacation: 'An automatic reply, not a failure',
	onhold: 'On hold: the server has not decided yet',
	undefined: 'No specific reason given',
};

const titles = new Map<string, string>(REASON_RULES.map(rule => [rule.id, rule.title]));

export const reasonTitle = (reason: Reason): string => titles.get(reason) ?? OTHER[reason] ?? reason;

export type Outcome = 'failed' | 'delayed' | 'delivered' | 'other';

export function outcome(r: RecipientResult): Outcome {
	const action = r.action.toLowerCase();
	if (action === 'failed') return 'failed';
	if (action === 'delayed' || r.status.startsWith('4.') || r.replyCode.startsWith('4')) return 'delayed';
	if (action === 'delivered' || action === 'relayed' || action === 'expanded' || r.reason === 'delivered') return 'delivered';
	if (r.status.startsWith('5.') || r.replyCode.startsWith('5') || r.hardBounce) return 'failed';
	return 'other';
}

export const OUTCOME_LABEL: Record<Outcome, string> = {
	failed: 'Not delivered',
	delayed: 'Delayed, still retrying',
	delivered: 'Delivered',
	other: 'Unclear',
};

/** Outcome → the severity whose colours show it. */
export const OUTCOME_SEVERITY = {failed: 'permanent', delayed: 'transient', delivered: 'success', other: 'intermediate'} as const;

export const KIND_LABEL: Record<BounceKind, string> = {
	bounce: 'Bounce',
	delay: 'Delay notice',
	delivered: 'Delivery report',
	feedback: 'Feedback report',
	autoreply: 'Automatic reply',
	none: 'Not recognised as a bounce',
};
