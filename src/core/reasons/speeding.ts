import speedingPhrases from '../data/reasons/speeding.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The sender hit a rate limit (Gmail 4.2.1/5.2.1 "receiving mail at a rate…", Microsoft 4.7.500 "server busy"). */
export const speeding: ReasonRule = {
	id: 'speeding',
	pseudo: '946',
	phrases: compilePhrases(speedingPhrases),
};
