import hasMovedPhrases from '../data/reasons/hasmoved.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The address is no longer used. RFC 3463 X.1.6 "Destination mailbox has moved, no forwarding address"; reply 551. */
export const hasMoved: ReasonRule = {
	id: 'hasmoved',
	statuses: ['5.1.6'],
	pseudo: '916',
	phrases: compilePhrases(hasMovedPhrases),
};
