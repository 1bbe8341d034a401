import type {ReasonRule} from './types';

/** The message does not follow RFC 5322 (duplicated or missing headers). Gmail documents this wording. */
export const notCompliantRfc: ReasonRule = {
	id: 'notcompliantrfc',
	title: 'The message is not standards-compliant',
	pseudo: '974',
	phrases: [
		'rfc 5322',
		'rfc5322',
		'rfc 2822',
		'rfc2822',
		'is not rfc',
		'not rfc compliant',
		'multiple addresses in',
		'duplicate header',
		'must contain exactly one',
		'non-compliant',
		'not compliant',
	],
};
