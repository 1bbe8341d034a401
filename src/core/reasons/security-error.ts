import securityErrorPhrases from '../data/reasons/securityerror.json';
import {compilePhrases} from './phrases';
import type {ReasonRule} from './types';

/**
 * A security requirement was not met: SMTP AUTH (RFC 4954 530/535), TLS (RFC 3207), encryption.
 * RFC 3463 X.7.3 "Security conversion required but not possible" (Sisimai SMTP/Status.pm: securityerror).
 */
export const securityError: ReasonRule = {
	id: 'securityerror',
	statuses: ['5.7.8', '5.7.9', '5.7.10', '5.7.11', '5.7.57', '4.7.5', '5.7.5', '5.7.6', '5.7.4', '5.7.3'],
	pseudo: '970',
	phrases: compilePhrases(securityErrorPhrases),
};
