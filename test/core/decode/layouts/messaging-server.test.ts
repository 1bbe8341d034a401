import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('Messaging Server notice', () => {
	test('the diagnostic code is the reply; the remote system its host; the original address the recipient', () => {
		const r = decodeText(
			'This report relates to a message you sent with the following header fields:\n\n  To: bob@example.net\n  Subject: Hello\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: bob@mail.example.net\n  Original address: bob@example.net\n  Reason: Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.1.1 <bob@example.net>... User Unknown\n  Remote system: dns;mx.example.net (TCP|192.0.2.1|47323|192.0.2.225|25) (mx.example.net ESMTP)\n',
		);
		expect(r.recipients.map((x) => [x.recipient, x.diagnostic, x.remoteMta, x.reason])).toEqual([['bob@example.net', '550 5.1.1 <bob@example.net>... User Unknown', 'mx.example.net', 'userunknown']]);
	});

	test('without a diagnostic code the Reason line stands', () => {
		const r = decodeText('Your message cannot be delivered to the following recipients:\n\n  Recipient address: bob@example.net\n  Reason: Illegal host/domain name found\n');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', diagnostic: 'Illegal host/domain name found'});
	});
});
