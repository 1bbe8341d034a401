import tooManyConnPhrases from '../data/reasons/toomanyconn.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** Too many connections or recipients at once. RFC 3463 X.4.5 congestion (toomanyconn in context), X.5.3 too many recipients. */
export const tooManyConn: ReasonRule = {
	id: 'toomanyconn',
	statuses: ['4.5.3', '5.5.3'],
	pseudo: '945',
	phrases: compilePhrases(tooManyConnPhrases),
};
