import systemErrorPhrases from '../data/reasons/systemerror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The receiving system failed (misconfiguration, internal error). RFC 3463 X.3.0/X.3.5, X.4.3 routing
 * server failure, X.3.3 "System not capable of selected features", X.5.5 "Wrong protocol version"; RFC 3886
 * X.1.9 "Message relayed to non-compliant mailer". Sisimai SMTP/Status.pm maps these to systemerror.
 */
export const systemError: ReasonRule = {
	id: 'systemerror',
	statuses: ['5.3.5', '4.3.5', '4.4.3', '5.4.3', '5.3.0', '4.3.0', '5.3.3', '4.3.3', '5.1.9', '4.1.9', '5.5.5', '4.5.5'],
	pseudo: '930',
	phrases: compilePhrases(systemErrorPhrases),
};
