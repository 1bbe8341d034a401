import notAcceptPhrases from '../data/reasons/notaccept.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The destination accepts no mail at all: null MX (RFC 7505, X.1.10 / 556) or a refusing server (X.3.2). */
export const notAccept: ReasonRule = {
	id: 'notaccept',
	statuses: ['5.3.2', '4.3.2'],
	pseudo: '932',
	phrases: compilePhrases(notAcceptPhrases),
	exceptions: [
		// A null MX said in reply to MAIL is the sender's domain's (RFC 7505 §4.2: "550 5.7.27 Sender
		// address has null MX"): the sender is refused, the recipient's domain takes mail.
		{reason: 'rejected', source: 'RFC 7505 §4.2; RFC 5321 §3.3', applies: ({command, status}) => command === 'MAIL' || /^[45]\.7\.27$/.test(status)},
	],
};
