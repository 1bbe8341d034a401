import hostUnknownPhrases from '../data/reasons/hostunknown.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The recipient domain does not resolve. RFC 3463 X.1.2 "Bad destination system address", X.4.4 "Unable to route". */
export const hostUnknown: ReasonRule = {
	id: 'hostunknown',
	statuses: ['5.1.2', '4.1.2', '5.4.310'],
	pseudo: '912',
	phrases: compilePhrases(hostUnknownPhrases),
	exceptions: [
		// A domain refused in reply to MAIL is the sender's domain: MAIL carries the reverse-path.
		{reason: 'rejected', source: 'RFC 5321 §3.3', applies: ({command}) => command === 'MAIL'},
		// A name refused in reply to EHLO/HELO is the client's own (the greeting names the client).
		{reason: 'blocked', source: 'RFC 5321 §4.1.1.1', applies: ({command}) => command === 'EHLO' || command === 'HELO'},
	],
};
