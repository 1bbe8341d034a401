import mesgTooBigPhrases from '../data/reasons/mesgtoobig.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The message is bigger than the receiver accepts. RFC 3463 X.3.4; RFC 1870 SIZE extension (reply 552). */
export const mesgTooBig: ReasonRule = {
	id: 'mesgtoobig',
	title: 'The message is too big',
	statuses: ['5.3.4', '4.3.4'],
	pseudo: '934',
	phrases: compilePhrases(mesgTooBigPhrases),
};
