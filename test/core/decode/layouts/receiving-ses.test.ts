import {describe, expect, test} from 'vitest';
import {decodeBounce} from '../../../../src/core/decode';

const raw = (diagnostic: string, status: string): string =>
	`From: MAILER-DAEMON@example.org\nTo: alice@example.org\nSubject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="rs"\n\n--rs\nContent-Type: text/plain\n\nThis message could not be delivered.\n--rs\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; inbound-smtp.us-west-2.amazonaws.com\n\nAction: failed\nFinal-Recipient: rfc822; bob@example.net\nDiagnostic-Code: smtp; ${diagnostic}\nStatus: ${status}\n\n--rs--\n`;

describe('Amazon SES inbound bounce templates', () => {
	test.each([
		['550 5.1.1 Mailbox does not exist', '5.1.1', 'filtered'],
		['550 5.3.0 Message content rejected', '5.3.0', 'contenterror'],
		['552 5.2.2 Mailbox full', '5.2.2', 'mailboxfull'],
	])('%s → %s', async (diagnostic, status, reason) => {
		const r = await decodeBounce(raw(diagnostic, status));
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
	});
});
