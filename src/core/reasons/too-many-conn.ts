import type {ReasonRule} from './types';

/** Too many connections or recipients at once. RFC 3463 X.4.5 congestion (toomanyconn in context), X.5.3 too many recipients. */
export const tooManyConn: ReasonRule = {
	id: 'toomanyconn',
	title: 'Too many connections or recipients',
	statuses: ['4.5.3', '5.5.3'],
	pseudo: '945',
	phrases: [
		'frequency limited',
		'too many connections',
		'too many concurrent',
		'too many simultaneous',
		'too many sessions',
		'too many recipients',
		'too many open connections',
		'connection limit',
		'connections from your',
		'concurrent connections',
		'max connections',
		'maximum number of connections',
		'too many smtp sessions',
		'too many clients',
		'recipients per message',
		'too many rcpt',
	],
};
