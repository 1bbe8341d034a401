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
		// So is a HELO name refused later: Postfix delays its HELO restrictions to RCPT by default
		// (postconf(5) smtpd_delay_reject = yes) and says "Helo command rejected: Host not found"
		// there (src/smtpd/smtpd_check.c reject_unknown_helo_hostname): the client's name, not the recipient's domain.
		{reason: 'blocked', source: 'RFC 5321 §4.1.1.1; Postfix src/smtpd/smtpd_check.c, postconf(5) smtpd_delay_reject', applies: ({words}) => /\bhelo command rejected\b/i.test(words)},
	],
};
