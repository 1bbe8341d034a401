import noRelayingPhrases from '../data/reasons/norelaying.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The server does not relay for that destination. RFC 5321 §3.6.2; reply 550/551/554 "relaying denied". */
export const noRelaying: ReasonRule = {
	id: 'norelaying',
	title: 'Relaying denied',
	pseudo: '909',
	phrases: compilePhrases(noRelayingPhrases),
};
