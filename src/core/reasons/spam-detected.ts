import spamDetectedPhrases from '../data/reasons/spamdetected.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The receiver's spam filter judged the message to be spam. */
export const spamDetected: ReasonRule = {
	id: 'spamdetected',
	pseudo: '980',
	statuses: ['5.7.350'],
	phrases: compilePhrases(spamDetectedPhrases),
};
