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

describe('X4 and X6', () => {
	test('X4: a qmail clone with an introduction of its own is read as qmail', () => {
		const r = decodeText('Unfortunately, your mail was not delivered to the following address:\n\n<bob@example.net>:\n192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <bob@example.net>... User Unknown\nGiving up on 192.0.2.25.\n\n--- Below this line is a copy of the message.\n');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', command: 'RCPT', diagnostic: '550 5.1.1 <bob@example.net>... User Unknown'});
	});

	test('X6: "SMTP Server <mx> rejected recipient <rcpt> (Error following RCPT command)" and the reply in brackets', () => {
		const r = decodeText("We had trouble delivering your message. Full details follow:\n\nSubject: 'Hello'\n\n1 error(s):\n\nSMTP Server <mx.example.net> rejected recipient <bob@example.net> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]\n");
		expect(r.recipients.map((x) => [x.recipient, x.command, x.remoteMta, x.diagnostic])).toEqual([['bob@example.net', 'RCPT', 'mx.example.net', '550 5.1.1 User unknown']]);
	});
});
