// Hand-written explanations, so UI tests do not depend on the data tables' wording.
import type {Explanation} from '../../src/core/types';

export const gmailAuth: Explanation = {
	code: '550 5.7.26',
	kind: 'pair',
	severity: 'permanent',
	title: 'Unauthenticated email is not accepted',
	meaning: 'Gmail refused the message because it failed SPF and DKIM <b>checks</b>.',
	causes: ['No SPF record', 'No DKIM signature'],
	fix: ['Publish SPF', 'Sign with DKIM', 'Publish DMARC', 'Resend'],
	whoActs: 'sender-admin',
	retry: 'retry-after-fix',
	provider: {id: 'google', name: 'Gmail'},
	reason: 'authfailure',
	sources: ['https://support.google.com/a/answer/81126', 'RFC 7208'],
	inRegistry: true,
	notes: ['Registry title: Multiple authentication checks failed.'],
};

export const mailboxFull: Explanation = {
	code: '4.2.2',
	kind: 'enhanced',
	severity: 'transient',
	title: 'Mailbox full',
	meaning: 'The recipient’s mailbox is over quota.',
	causes: [],
	fix: ['Wait', 'Contact the recipient another way'],
	whoActs: 'recipient',
	retry: 'will-retry',
	reason: 'mailboxfull',
	sources: ['RFC 3463 §3.3'],
	inRegistry: true,
	notes: [],
};
