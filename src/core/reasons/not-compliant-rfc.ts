import notCompliantRfcPhrases from '../data/reasons/notcompliantrfc.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/** The message does not follow RFC 5322 (duplicated or missing headers). Gmail documents this wording. */
export const notCompliantRfc: ReasonRule = {
	id: 'notcompliantrfc',
	pseudo: '974',
	phrases: compilePhrases(notCompliantRfcPhrases),
};
