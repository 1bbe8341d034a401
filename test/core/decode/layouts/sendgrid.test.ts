import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('SendGrid notice', () => {
	test('"sender:id:<rcpt> : ip : host:[ip] :" then the reply and the command it answered', () => {
		const r = decodeText(
			"This is an automatically generated message from SendGrid.\n\nI'm sorry to have to tell you that your message was not able to be\ndelivered to one of its intended recipients.\n\nalice:000000:<bob@example.net> : 192.0.2.250 : mx.example.net:[192.0.2.153] :\n  550 5.1.1 <bob@example.net>... User Unknown  in RCPT TO\n",
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', command: 'RCPT', remoteMta: 'mx.example.net', diagnostic: '550 5.1.1 <bob@example.net>... User Unknown', reason: 'userunknown'});
	});
});
