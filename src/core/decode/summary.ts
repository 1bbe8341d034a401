// One line a person understands, built from the first result.
import type {BounceKind, RecipientResult} from '../types';
import {REASON_RULES} from '../reasons';

const SPECIAL: Record<string, string> = {
	delivered: 'the message was delivered',
	feedback: 'a spam / abuse complaint about the message',
	vacation: 'an automatic reply',
	onhold: 'the reason could not be determined',
	undefined: 'the reason could not be determined',
};

function codes(r: RecipientResult): string {
	const parts = [r.replyCode, r.status].filter(Boolean);
	return parts.length ? ` (${parts.join(' ')})` : '';
}

export function summarize(kind: BounceKind, recipients: RecipientResult[]): string {
	const first = recipients[0];
	if (!first || kind === 'none') return 'Not a bounce: no failed recipient was found.';
	const what = SPECIAL[first.reason] ?? REASON_RULES.find((r) => r.id === first.reason)?.title.replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase()) ?? first.reason;
	const who = first.recipient || 'the recipient';
	const more = recipients.length > 1 ? ` (+${recipients.length - 1} more)` : '';
	switch (kind) {
		case 'delivered':
			return `Delivered to ${who}${more}${codes(first)}.`;
		case 'feedback':
			return `Feedback report (${first.feedbackType ?? 'abuse'}) about mail to ${who}${more}.`;
		case 'autoreply':
			return `Automatic reply from ${who}.`;
		case 'delay':
			return `Delivery delayed for ${who}${more}: ${what}${codes(first)}; the sending server will retry.`;
		default:
			return `${first.hardBounce ? 'Permanent failure' : first.status.startsWith('4') ? 'Temporary failure' : 'Delivery failed'} for ${who}${more}: ${what}${codes(first)}.`;
	}
}
