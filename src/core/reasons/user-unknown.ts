import userUnknownPhrases from '../data/reasons/userunknown.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The mailbox does not exist at the destination. RFC 3463 X.1.1 "Bad destination mailbox address";
 * Microsoft uses 5.1.10 (RESOLVER.ADR.RecipientNotFound) and 5.1.351 for the same thing.
 */
export const userUnknown: ReasonRule = {
	id: 'userunknown',
	statuses: ['5.1.1', '4.1.1', '5.1.10', '5.1.0', '5.1.3', '5.1.4', '5.1.351'],
	pseudo: '911',
	phrases: compilePhrases(userUnknownPhrases),
	exceptions: [
		// An address refused in reply to MAIL is the sender's: MAIL carries the reverse-path.
		{reason: 'rejected', source: 'RFC 5321 §3.3', applies: ({command}) => command === 'MAIL'},
		// "User unknown" said after DATA, once RCPT had accepted the address, under no X.1.x address
		// code: not the address but the message was refused — a filter speaking.
		{reason: 'filtered', source: 'RFC 5321 §3.3 (RCPT accepts the recipient before DATA)', applies: ({command, status, text}) => command === 'DATA' && !/^[45]\.1\./.test(status) && /\b(?:user unknown|unknown user)\b/i.test(text)},
		// Under X.2.x (mailbox status, e.g. X.2.1 mailbox disabled), X.3.x (mail system status) or X.7.1
		// (not authorised), not said at RCPT: the code says the address was not the problem — the
		// recipient exists and a filter refused this message.
		{reason: 'filtered', source: 'RFC 3463 §3.3, §3.4, §3.8 (X.7.1)', applies: ({command, status}) => command !== 'RCPT' && /^[45]\.(?:[23]\.\d{1,3}|7\.1)$/.test(status)},
	],
};
