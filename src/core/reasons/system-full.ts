import systemFullPhrases from '../data/reasons/systemfull.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The receiving server's own storage is full. RFC 3463 X.3.1 "Mail system full", reply 452. */
export const systemFull: ReasonRule = {
	id: 'systemfull',
	statuses: ['4.3.1', '5.3.1', '4.4.5'],
	pseudo: '931',
	phrases: compilePhrases(systemFullPhrases),
};
