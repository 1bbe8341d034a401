import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../../../src/core/decode';

describe('Outlook.com / Hotmail notice', () => {
	test('the indented addresses under the list sentence are the recipients; a delay notice says so', () => {
		const r = decodeText('This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients has been delayed.\n\n       bob@example.net\n       carol@example.net\n');
		expect(r.recipients.map((x) => [x.recipient, x.action])).toEqual([
			['bob@example.net', 'delayed'],
			['carol@example.net', 'delayed'],
		]);
	});

	test("its table reads the delivery-status part's words", async () => {
		const raw =
			'From: postmaster@example.org\nTo: alice@example.org\nSubject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="ol"\n\n--ol\nContent-Type: text/plain\n\nThis is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       bob@example.net\n\n--ol\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;mx.example.org\n\nFinal-Recipient: rfc822;bob@example.net\nAction: failed\nStatus: 5.5.0\nDiagnostic-Code: smtp;550 Requested action not taken: mailbox unavailable\n\n--ol--\n';
		expect((await decodeBounce(raw)).recipients[0]).toMatchObject({recipient: 'bob@example.net', reason: 'userunknown'});
	});
});
