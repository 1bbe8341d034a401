import virusDetectedPhrases from '../data/reasons/virusdetected.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** Malware was found in the message. RFC 3463 has no dedicated code; servers use 5.7.0/5.7.1 or 554. */
export const virusDetected: ReasonRule = {
	id: 'virusdetected',
	pseudo: '981',
	phrases: compilePhrases(virusDetectedPhrases),
};
