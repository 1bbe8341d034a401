import suspendPhrases from '../data/reasons/suspend.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The account exists but is disabled or inactive. RFC 3463 X.2.1 "Mailbox disabled"; Microsoft 5.7.13 (525). */
export const suspend: ReasonRule = {
	id: 'suspend',
	statuses: ['5.2.1', '4.2.1', '5.7.13'],
	pseudo: '921',
	phrases: compilePhrases(suspendPhrases),
};
