import noRelayingPhrases from '../data/reasons/norelaying.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The server does not relay for that destination. RFC 5321 §3.6.2; reply 550/551/554 "relaying denied". */
export const noRelaying: ReasonRule = {
	id: 'norelaying',
	pseudo: '909',
	phrases: compilePhrases(noRelayingPhrases),
	exceptions: [
		// Relaying refused to a client that did not authenticate ("… is not permitted to relay through
		// this server without authentication", "Please turn on SMTP Authentication"): the server relays
		// for authenticated clients, so the missing step is authentication, a security requirement.
		{reason: 'securityerror', source: 'RFC 4954; RFC 6409 §4.3 (submission requires authentication)', applies: ({words}) => /\bauthenticat(?:e|ion)\b/i.test(words)},
	],
};
