import requirePtrPhrases from '../data/reasons/requireptr.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** No or bad reverse DNS for the sending IP. RFC 8601 / M3AAWG practice; RFC 7372 X.7.25 "Reverse DNS validation failed". */
export const requirePtr: ReasonRule = {
	id: 'requireptr',
	statuses: ['5.7.25', '4.7.25'],
	pseudo: '973',
	phrases: compilePhrases(requirePtrPhrases),
};
