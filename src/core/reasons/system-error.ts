import type {ReasonRule} from './types';

/** The receiving system failed (misconfiguration, internal error). RFC 3463 X.3.0/X.3.5, X.4.3 routing server failure. */
export const systemError: ReasonRule = {
	id: 'systemerror',
	title: 'The receiving system failed',
	statuses: ['5.3.5', '4.3.5', '4.4.3', '5.4.3', '5.3.0', '4.3.0'],
	pseudo: '930',
	phrases: [
		'does not support tls',
		// Lotus Domino: the recipient's name resolves to more than one directory entry, a directory
		// (system configuration) fault rather than a missing user.
		'several matches found in domino directory',
		'could not load drd',
		'service currently unavailable',
		'system error',
		'internal error',
		// USA.NET-style notice: "The following mail has been returned because it encountered an error while being processed."
		'returned because it encountered an error',
		'server error',
		'local error',
		'temporary failure',
		'temporary error',
		'unavailable: try again later',
		'service unavailable',
		'configuration error',
		'misconfigur',
		'loops back to myself',
		'could not be processed',
		'processing error',
		'system is not configured',
		'i/o error',
		'timeout waiting',
		'delivery failure',
		'server misconfiguration',
		'internal server error',
		'local configuration error',
		'cannot open',
		'recipient server temporarily unavailable',
		'temporarily unavailable',
		'try again later',
		'transaction failed',
		'duplicated message-id',
	],
};
