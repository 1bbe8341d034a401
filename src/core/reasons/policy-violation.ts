import policyViolationPhrases from '../data/reasons/policyviolation.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** A local policy of the receiver refused the message (content, attachment, headers, sender rules). */
export const policyViolation: ReasonRule = {
	id: 'policyviolation',
	pseudo: '972',
	phrases: compilePhrases(policyViolationPhrases),
};
