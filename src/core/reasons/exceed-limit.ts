import exceedLimitPhrases from '../data/reasons/exceedlimit.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** A per-recipient limit was exceeded. RFC 3463 X.2.3 "Message length exceeds administrative limit". */
export const exceedLimit: ReasonRule = {
	id: 'exceedlimit',
	statuses: ['5.2.3', '4.2.3'],
	pseudo: '923',
	phrases: compilePhrases(exceedLimitPhrases),
};
