import badReputationPhrases from '../data/reasons/badreputation.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The sender's IP or domain has a poor reputation with the receiver (Gmail 4.7.28; Microsoft 4.7.650). */
export const badReputation: ReasonRule = {
	id: 'badreputation',
	statuses: ['4.7.650', '5.7.650', '4.7.28'],
	pseudo: '976',
	phrases: compilePhrases(badReputationPhrases),
};
