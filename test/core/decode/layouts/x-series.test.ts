import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

// Notices of MTAs Sisimai knows only as "unknown MTA #n" (lib/Sisimai/Lhost/X*.pm).
describe('unnamed MTA layouts', () => {
	test('X2: every <rcpt>: block under "Unable to deliver message to the following address(es)." is a recipient', () => {
		const r = decodeText("Message from example.net.\nUnable to deliver message to the following address(es).\n\n<bob@example.net>:\nThis user doesn't have a example.net account (bob@example.net) [0]\n\n--- Original message follows.\n\nTo: carol@example.net\n");
		expect(r.recipients.map((x) => [x.recipient, x.diagnostic])).toEqual([['bob@example.net', "This user doesn't have a example.net account (bob@example.net) [0]"]]);
	});

	test('X3: "SMTP:RCPT host …: reply" gives the command, the host and the reply', () => {
		const r = decodeText(
			'      This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed permanently:\n\n  * bob@example.net\n\n\n============================================================================\n                            Technical details:\n\nSMTP:DATA host 192.0.2.8: 552 5.2.2 Over quota\n\n\n============================================================================\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', command: 'DATA', status: '5.2.2', reason: 'mailboxfull', diagnostic: '552 5.2.2 Over quota'});
	});
});
