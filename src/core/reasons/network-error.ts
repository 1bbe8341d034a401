import networkErrorPhrases from '../data/reasons/networkerror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * Network or DNS trouble. RFC 3463 X.4.x network and routing status (X.4.6 routing loop); the
 * transient 4.4.4 "Unable to route" is a routing failure that may clear, unlike 5.4.4 (hostunknown).
 */
export const networkError: ReasonRule = {
	id: 'networkerror',
	statuses: ['4.4.6', '5.4.6', '4.4.0', '5.4.0', '4.4.2', '4.4.4', '4.4.8'],
	pseudo: '944',
	phrases: compilePhrases(networkErrorPhrases),
};
