import syntaxErrorPhrases from '../data/reasons/syntaxerror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * The server reported an SMTP syntax or sequence error. RFC 5321 §4.2.2 replies 500-504, 503 bad sequence;
 * RFC 4954 X.5.6 "Authentication Exchange line is too long" (Sisimai SMTP/Status.pm: syntaxerror).
 */
export const syntaxError: ReasonRule = {
	id: 'syntaxerror',
	statuses: ['5.5.2', '5.5.4', '5.5.1', '5.5.6'],
	pseudo: '950',
	phrases: compilePhrases(syntaxErrorPhrases),
};
