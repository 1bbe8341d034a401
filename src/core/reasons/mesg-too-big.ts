import mesgTooBigPhrases from '../data/reasons/mesgtoobig.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The message is bigger than the receiver accepts. RFC 3463 X.3.4; RFC 1870 SIZE extension (reply 552);
 * RFC 6710 X.7.16 "Message is too big for the specified priority" (Sisimai SMTP/Status.pm: mesgtoobig).
 */
export const mesgTooBig: ReasonRule = {
	id: 'mesgtoobig',
	statuses: ['5.3.4', '4.3.4', '5.7.16', '4.7.16'],
	pseudo: '934',
	phrases: compilePhrases(mesgTooBigPhrases),
	exceptions: [
		// X.2.3 "Message length exceeds administrative limit" is the per-recipient limit; size words
		// under it do not make it X.3.4 — unless the provider's documented meaning of its own reply
		// (receivers/, e.g. Exchange RecipSizeLimit) says so.
		{reason: 'exceedlimit', source: 'RFC 3463 §3.3 (X.2.3)', applies: ({status, providerReason}) => /^[45]\.2\.3$/.test(status) && providerReason !== 'mesgtoobig'},
	],
};
