import type {ReasonRule} from './types';

/** The destination accepts no mail at all: null MX (RFC 7505, X.1.10 / 556) or a refusing server (X.3.2). */
export const notAccept: ReasonRule = {
	id: 'notaccept',
	title: 'The destination accepts no mail',
	statuses: ['5.3.2', '4.3.2'],
	pseudo: '932',
	phrases: [
		'host/domain does not accept mail',
		'couldn\'t find a mail exchanger',
		'no mx found',
		'no mail exchanger',
		'doesn\'t receive email',
		'does not receive email',
		'doesn\'t receive mail',
		'does not accept mail',
		'not accepting mail',
		'does not accept email',
		'accepts no mail',
		'null mx',
		'nullmx',
		'no mail accepted',
		'mail not accepted',
		'not accept any mail',
		'system not accepting network messages',
		'mail receiving is disabled',
		'mail service is not available',
		'refusing to receive',
		'we do not accept mail',
	],
};
