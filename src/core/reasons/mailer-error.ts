import mailerErrorPhrases from '../data/reasons/mailererror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** A local delivery program (pipe, procmail, filter) failed; Postfix `x-unix`, Sendmail "unknown mailer error". */
export const mailerError: ReasonRule = {
	id: 'mailererror',
	pseudo: '939',
	phrases: compilePhrases(mailerErrorPhrases),
};
