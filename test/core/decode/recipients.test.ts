import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../../src/core/decode';
import {dsnEmail} from '../../helpers/dsn';

const addresses = (r: {recipients: {recipient: string}[]}): string[] => r.recipients.map((x) => x.recipient);

// Recipients come from the report's structure, and only addresses reach a report.
describe('recipients from the structure of a notice', () => {
	test('a Final-Recipient that is a sentence is dropped; the Original-Recipient stands', async () => {
		const raw = dsnEmail({recipients: [['Final-Recipient: rfc822; your account is suspended - restore it at https://example.com/restore', 'Original-Recipient: rfc822; bob@example.net', 'Action: failed', 'Status: 5.1.1']]});
		expect(addresses(await decodeBounce(raw))).toEqual(['bob@example.net']);
	});

	test('a value with no address at all gives a result with no recipient, never the value', async () => {
		const raw = dsnEmail({recipients: [['Final-Recipient: rfc822; click https://example.com/login now', 'Action: failed', 'Status: 5.1.1']]});
		const r = await decodeBounce(raw);
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]?.recipient).toBe('');
	});

	test('bidi controls in an address are stripped', async () => {
		const raw = dsnEmail({recipients: [['Final-Recipient: rfc822; \u202ebob@example.net', 'Action: failed', 'Status: 5.1.1']]});
		expect(addresses(await decodeBounce(raw))).toEqual(['bob@example.net']);
	});

	test('MailEnable and Exchange proxy addresses: Recipient: [SMTP:…]', () => {
		const r = decodeText('MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\n\n\tRecipient: [SMTP:bob@example.net]\n\tReason: Remote SMTP Server Returned: 550 Requested action not taken: mailbox unavailable or not local.\n');
		expect(addresses(r)).toEqual(['bob@example.net']);
	});

	test('Exchange 5.5: the X.400 address names the recipient (dda:SMTP=)', () => {
		const r = decodeText('Your message\n\n  To:      list@example.org\n  Subject: Minutes\n  Sent:    Fri, 4 Oct 2002 17:10:56 -0400\n\ndid not reach the following recipient(s):\n\nc=US;a= ;p=ORG;o=Site;dda:SMTP=bob@example.NET; on Fri, 4 Oct 2002\n17:12:28 -0400\n    The recipient name is not recognized\n    MSEXCH:IMS:ORG:Site:SERVER 0 (000C05A6) Unknown Recipient\n');
		expect(addresses(r)).toEqual(['bob@example.net']);
	});

	test('every "<rcpt>:" block of a list is a recipient, also when its words read mildly', () => {
		const r = decodeText("Message from example.net.\nUnable to deliver message to the following address(es).\n\n<ann@example.net>:\nThis user doesn't have an example.net account (ann@example.net) [0]\n\n<bob@example.net>:\nSorry your message to bob@example.net cannot be delivered. This account has been disabled or discontinued [#102].\n\n<cy@example.net>:\nThis user doesn't have an example.net account (cy@example.net) [0]\n\n--- Original message follows.\n");
		expect(addresses(r)).toEqual(['ann@example.net', 'bob@example.net', 'cy@example.net']);
	});

	test('the address the notice is sent to is the sender, never a failed recipient', async () => {
		const raw = 'From: Mail Delivery Subsystem <MAILER-DAEMON@example.net>\nTo: <alice@example.org>\nSubject: Mail Delivery Problem\n\nSorry alice@example.org. Your mail to the following recipients could not be delivered because they are not accepting mail with attachments:\n\tbob@example.net\n';
		expect(addresses(await decodeBounce(raw))).toEqual(['bob@example.net']);
	});
});
