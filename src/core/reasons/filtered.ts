import type {ReasonRule} from './types';

/** The recipient exists but refused this message (per-recipient filter, header or content rule). */
export const filtered: ReasonRule = {
	id: 'filtered',
	title: 'The message was filtered',
	pseudo: '910',
	phrases: [
		'email preferences of the person',
		'recipient preferences',
		// Lotus Domino: the router has no route to the person's mail file (a rule or restriction on the user).
		'cannot route mail to user',
		'filtered',
		'content filter',
		'rejected by recipient',
		'recipient rejected',
		'recipient blocked',
		'refused by the recipient',
		'does not accept',
		'not accepted by',
		'blocked by the recipient',
		'due to user preference',
		'user refuses',
		'message refused',
		'rejected by filter',
		'mail rule',
		'custom mail filter',
		'header filter',
		'this message has been blocked',
		'message was blocked',
		'has restricted',
		'restricted to',
		'only accepts mail from',
		'you are not allowed to send',
		'not authorized to email',
		'permission denied',
	],
};
