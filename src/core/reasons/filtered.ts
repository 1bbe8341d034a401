import filteredPhrases from '../data/reasons/filtered.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The recipient exists but refused this message (per-recipient filter, header or content rule). */
export const filtered: ReasonRule = {
	id: 'filtered',
	pseudo: '910',
	phrases: compilePhrases(filteredPhrases),
};
