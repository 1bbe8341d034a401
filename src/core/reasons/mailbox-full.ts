import mailboxFullPhrases from '../data/reasons/mailboxfull.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** Over quota. RFC 3463 X.2.2 "Mailbox full"; reply 552 "exceeded storage allocation" (RFC 5321 §4.2.2). */
export const mailboxFull: ReasonRule = {
	id: 'mailboxfull',
	statuses: ['4.2.2', '5.2.2'],
	pseudo: '922',
	phrases: compilePhrases(mailboxFullPhrases),
};
