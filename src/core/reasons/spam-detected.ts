import type {ReasonRule} from './types';

/** The receiver's spam filter judged the message to be spam. */
export const spamDetected: ReasonRule = {
	id: 'spamdetected',
	title: 'The message was judged to be spam',
	pseudo: '980',
	statuses: ['5.7.350'],
	phrases: [
		'spam firewall',
		'spam & virus firewall',
		// The word ("anti-spam", "antispam filter" too), not a domain name that contains it
		// ("mx.allaboutspam.com", "zen.spamhaus.org").
		/spam(?![a-z0-9-]{0,253}\.[a-z]{2,})/,
		'junk mail',
		'unsolicited',
		'bulk mail',
		'message content rejected',
		'content rejected',
		'appears to be unsolicited',
		'detected as spam',
		'scored as spam',
		'classified as spam',
		'identified as spam',
		'rejected by spam',
		'spam score',
		'high probability of being spam',
		'message has been blocked because',
		'suspicious',
		'likely to be spam',
		'bulk email',
		/\buce\b/,
		'listed as spam',
		'looks like spam',
		'considered spam',
		'message filtered',
		'score too high',
		'not accepted because it contains',
		'contained content that',
	],
};
