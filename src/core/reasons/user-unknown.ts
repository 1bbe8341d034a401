import userUnknownPhrases from '../data/reasons/userunknown.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The mailbox does not exist at the destination. RFC 3463 X.1.1 "Bad destination mailbox address";
 * Microsoft uses 5.1.10 (RESOLVER.ADR.RecipientNotFound) and 5.1.351 for the same thing.
 */
export const userUnknown: ReasonRule = {
	id: 'userunknown',
	title: 'The address does not exist',
	statuses: ['5.1.1', '4.1.1', '5.1.10', '5.1.0', '5.1.3', '5.1.4', '5.1.351'],
	pseudo: '911',
	phrases: compilePhrases(userUnknownPhrases),
};
