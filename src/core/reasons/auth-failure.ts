import authFailurePhrases from '../data/reasons/authfailure.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * SPF, DKIM or DMARC failed. RFC 7372 X.7.20-X.7.26 (5.7.23 SPF, 5.7.26 multiple checks failed);
 * Microsoft uses 5.7.509 for DMARC reject; RFC 8617 X.7.29 ARC validation failure (Sisimai SMTP/Status.pm).
 */
export const authFailure: ReasonRule = {
	id: 'authfailure',
	statuses: ['5.7.20', '5.7.21', '5.7.22', '5.7.23', '5.7.24', '5.7.26', '5.7.509', '4.7.26', '4.7.23', '4.7.24', '5.7.29'],
	pseudo: '975',
	phrases: compilePhrases(authFailurePhrases),
};
