import type {ReasonRule} from './types';

/** The sender hit a rate limit (Gmail 4.2.1/5.2.1 "receiving mail at a rate…", Microsoft 4.7.500 "server busy"). */
export const speeding: ReasonRule = {
	id: 'speeding',
	title: 'The sender hit a rate limit',
	pseudo: '946',
	phrases: [
		'receiving mail too quickly',
		'too quickly',
		'too many recipients this hour',
		'sent to too many recipients',
		'receiving mail at a rate',
		'rate limit',
		'rate-limit',
		'ratelimit',
		'rate exceeded',
		'sending rate',
		'too many messages',
		'too many emails',
		'too many mails',
		'too fast',
		'throttl',
		'slow down',
		'try again later, closing connection',
		'exceeded the rate',
		'message rate',
		'has exceeded the number of messages',
		'daily sending quota',
		'sending limit',
	],
};
