import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('InterScan MSS transcript lines', () => {
	test('the command sent and the reply received belong to the address in them', () => {
		const r = decodeText('Mail could not be delivered to the following recipient:\n\nSent <<< RCPT TO:<bob@example.net>\nReceived >>> 550 5.1.1 <bob@example.net>... user unknown\n\nSent <<< RCPT TO:<carol@example.net>\nReceived >>> 452 4.2.2 Mailbox full\n');
		expect(r.recipients.map((x) => [x.recipient, x.command, x.status, x.reason])).toEqual([
			['bob@example.net', 'RCPT', '5.1.1', 'userunknown'],
			['carol@example.net', 'RCPT', '4.2.2', 'mailboxfull'],
		]);
	});

	test('the Japanese edition: its own words, then >>> for the command and <<< for the reply', () => {
		const r = decodeText('メッセージを配信できません。\n\n送信 >>> RCPT TO:<bob@example.net>\n受信 <<< 550 5.1.1 User unknown\n');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', command: 'RCPT', status: '5.1.1'});
	});
});
