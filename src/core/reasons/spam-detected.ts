import spamDetectedPhrases from '../data/reasons/spamdetected.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The receiver's spam filter judged the message to be spam. IANA X.7.28 "Mail flood detected" (the message
 * looks like part of a flood of similar abusive messages): spamdetected in Sisimai SMTP/Status.pm.
 */
export const spamDetected: ReasonRule = {
	id: 'spamdetected',
	pseudo: '980',
	statuses: ['5.7.350', '5.7.28'],
	phrases: compilePhrases(spamDetectedPhrases),
};
