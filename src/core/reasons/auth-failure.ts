import type {ReasonRule} from './types';

/**
 * SPF, DKIM or DMARC failed. RFC 7372 X.7.20-X.7.26 (5.7.23 SPF, 5.7.26 multiple checks failed);
 * Microsoft uses 5.7.509 for DMARC reject.
 */
export const authFailure: ReasonRule = {
	id: 'authfailure',
	title: 'SPF, DKIM or DMARC check failed',
	statuses: ['5.7.20', '5.7.21', '5.7.22', '5.7.23', '5.7.24', '5.7.26', '5.7.509', '4.7.26', '4.7.23', '4.7.24'],
	pseudo: '975',
	phrases: [
		'authentication information',
		'fails to pass authentication',
		'spf check',
		'spf fail',
		'spf validation',
		'spf record',
		'spf policy',
		'sender policy framework',
		'spf=fail',
		'spf: ',
		'dkim',
		'dmarc',
		'unauthenticated email',
		'not authenticated',
		'is not designated',
		'does not designate',
		'sender authentication',
		'failed authentication',
		'authentication check',
		'message failed spf',
		'sender domain authentication',
		'sender id',
		'senderid',
		'unauthenticated',
		'email authentication',
	],
};
