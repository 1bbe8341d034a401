import expiredPhrases from '../data/reasons/expired.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The sending side gave up after retrying too long. RFC 3463 X.4.7 "Delivery time expired"; 4.4.1
 * "No answer from host" is the persistent transient failure of connecting that ends the same way
 * (Sisimai's status table names it expired too).
 */
export const expired: ReasonRule = {
	id: 'expired',
	statuses: ['4.4.7', '5.4.7', '4.4.1'],
	pseudo: '947',
	phrases: compilePhrases(expiredPhrases),
};
