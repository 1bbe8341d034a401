import type {ReasonRule} from './types';

/** The message is bigger than the receiver accepts. RFC 3463 X.3.4; RFC 1870 SIZE extension (reply 552). */
export const mesgTooBig: ReasonRule = {
	id: 'mesgtoobig',
	title: 'The message is too big',
	statuses: ['5.3.4', '4.3.4'],
	pseudo: '934',
	phrases: [
		'line limit exceeded',
		'message too big',
		'message too large',
		'message is too large',
		'message is too big',
		'message size exceeds',
		'message exceeds',
		'size limit',
		'message length exceeds',
		'exceeds the maximum size',
		'exceeds maximum message size',
		'mail is too large',
		'email is too large',
		'too much mail data',
		'size of the message',
		'message size',
		'message file too big',
		'is larger than',
		'too large for this system',
		'maximum allowed size',
	],
};
