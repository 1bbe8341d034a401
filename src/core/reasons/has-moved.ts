import hasMovedPhrases from '../data/reasons/hasmoved.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The address is no longer used. RFC 3463 X.1.6 "Destination mailbox has moved, no forwarding address"
 * (either class); RFC 7293 X.7.17 "Mailbox owner has changed", X.7.18 "Domain owner has changed"; reply 551.
 * Sisimai SMTP/Status.pm maps the same codes to hasmoved.
 */
export const hasMoved: ReasonRule = {
	id: 'hasmoved',
	statuses: ['5.1.6', '4.1.6', '5.7.17', '5.7.18'],
	pseudo: '916',
	phrases: compilePhrases(hasMovedPhrases),
};
