import notAcceptPhrases from '../data/reasons/notaccept.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The destination accepts no mail at all: null MX (RFC 7505, X.1.10 / 556) or a refusing server (X.3.2). */
export const notAccept: ReasonRule = {
	id: 'notaccept',
	statuses: ['5.3.2', '4.3.2'],
	pseudo: '932',
	phrases: compilePhrases(notAcceptPhrases),
};
