import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('OpenSMTPD notices', () => {
	test('the warning notice ("A message is delayed for more than …") reports a delay, not a failure', () => {
		const r = decodeText(
			'    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\nbob@example.net: Network error on destination MXs\n\n    Please note that this is only a temporary failure report.\n\n    Below is a copy of the original message:\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', action: 'delayed', reason: 'networkerror'});
	});
});
