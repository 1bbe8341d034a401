import systemErrorPhrases from '../data/reasons/systemerror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The receiving system failed (misconfiguration, internal error). RFC 3463 X.3.0/X.3.5, X.4.3 routing server failure. */
export const systemError: ReasonRule = {
	id: 'systemerror',
	statuses: ['5.3.5', '4.3.5', '4.4.3', '5.4.3', '5.3.0', '4.3.0'],
	pseudo: '930',
	phrases: compilePhrases(systemErrorPhrases),
};
