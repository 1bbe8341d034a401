import rejectedPhrases from '../data/reasons/rejected.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The envelope sender was refused. RFC 3463 X.1.7 "Bad sender's mailbox address syntax",
 * X.1.8 "Bad sender's system address".
 */
export const rejected: ReasonRule = {
	id: 'rejected',
	statuses: ['5.1.8', '4.1.8', '5.1.7', '4.1.7'],
	pseudo: '918',
	phrases: compilePhrases(rejectedPhrases),
};
