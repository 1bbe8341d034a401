import blockedPhrases from '../data/reasons/blocked.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The connecting client (IP address or host) was refused: blocklists, unknown or dynamic hosts. RFC 3463
 * X.7.1 "Delivery not authorized" in its transient form (4.7.1: greylisting, client-host and rate refusals)
 * is blocked in Sisimai SMTP/Status.pm; the permanent 5.7.1 stays a security/policy refusal.
 */
export const blocked: ReasonRule = {
	id: 'blocked',
	statuses: ['5.7.606', '5.7.511', '4.7.1'],
	pseudo: '971',
	phrases: compilePhrases(blockedPhrases),
};
