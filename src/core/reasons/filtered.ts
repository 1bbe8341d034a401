import filteredPhrases from '../data/reasons/filtered.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The recipient exists but refused this message (per-recipient filter, header or content rule).
 * RFC 3463 X.2.0 "Other or undefined mailbox status" (the mailbox exists, something about it refused the
 * message) and X.2.4 "Mailing list expansion problem": Sisimai SMTP/Status.pm maps both to filtered.
 */
export const filtered: ReasonRule = {
	id: 'filtered',
	statuses: ['5.2.4', '4.2.4', '5.2.0'],
	pseudo: '910',
	phrases: compilePhrases(filteredPhrases),
};
