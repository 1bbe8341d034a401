import type {ReasonRule} from './types';

/** The server does not relay for that destination. RFC 5321 §3.6.2; reply 550/551/554 "relaying denied". */
export const noRelaying: ReasonRule = {
	id: 'norelaying',
	title: 'Relaying denied',
	pseudo: '909',
	phrases: [
		'not configured to relay',
		// "you are trying to use me [host] as a relay, but I have not been configured to let you do this".
		'as a relay',
		'insecure mail relay',
		'relaying denied',
		'relay denied',
		'relay access denied',
		'relaying not allowed',
		'relay not permitted',
		'not permitted to relay',
		'unable to relay',
		'we do not relay',
		'relaying mail to',
		'relay not allowed',
		'relaying is not allowed',
		'not allowed to relay',
		'no relaying',
		'relaying prohibited',
		'relay prohibited',
		'not a gateway',
		'cannot relay',
		'can\'t relay',
		'domain isn\'t in my list of allowed rcpthosts',
		'is not a local domain',
		'not local host',
		'relaying to',
		'sorry, that domain isn\'t in my list',
		// Amazon SES refuses to send for an identity that was not verified (MessageRejected).
		'email address is not verified',
	],
};
