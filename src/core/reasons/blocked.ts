import blockedPhrases from '../data/reasons/blocked.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The connecting client (IP address or host) was refused: blocklists, unknown or dynamic hosts. */
export const blocked: ReasonRule = {
	id: 'blocked',
	statuses: ['5.7.606', '5.7.511'],
	pseudo: '971',
	phrases: compilePhrases(blockedPhrases),
};
