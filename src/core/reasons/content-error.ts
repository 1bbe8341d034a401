import contentErrorPhrases from '../data/reasons/contenterror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The message's header or body format was refused. RFC 3463 X.6.x "Message content or media status". */
export const contentError: ReasonRule = {
	id: 'contenterror',
	statuses: ['5.6.0', '5.6.1', '5.6.2', '5.6.3', '5.6.5', '4.6.0', '5.6.7'],
	pseudo: '960',
	phrases: compilePhrases(contentErrorPhrases),
};
