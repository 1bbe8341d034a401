import type {ReasonRule} from './types';

/** Malware was found in the message. RFC 3463 has no dedicated code; servers use 5.7.0/5.7.1 or 554. */
export const virusDetected: ReasonRule = {
	id: 'virusdetected',
	title: 'A virus was found in the message',
	pseudo: '981',
	phrases: [
		/\bvirus\b(?!\s+firewall)/,
		'malware',
		'infected',
		'trojan',
		'worm ',
		'contains a threat',
		'malicious',
		'phishing',
		// Mimecast's documented 554 "Email rejected due to security policies": its anti-virus
		// signature check (Mimecast SMTP error codes; anti-virus checks cannot be bypassed).
		'email rejected due to security policies',
	],
};
