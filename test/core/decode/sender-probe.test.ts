// A refusal of the SENDER's address after a verification probe (Postfix reject_unverified_sender,
// Exim's sender callout) quotes the probe's reply about the sender: the recipient's result is the
// refusal itself, never that quoted reply's "user unknown".
import {describe, expect, test} from 'vitest';
import {decodeBounce} from '../../../src/core/decode';
import {withoutSenderProbe} from '../../../src/core/decode/sender-probe';
import {dsnEmail} from '../../helpers/dsn';

// Postfix src/smtpd/smtpd_check.c reject_unverified_address(), quoted back by the sending Postfix.
const POSTFIX = 'host mx.rcpt.example[192.0.2.5] said: 450 4.1.0 <alice@sender.example>: Sender address rejected: undeliverable address: host mx.sender.example[192.0.2.9] said: 550 5.1.1 <alice@sender.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)';
const POSTFIX_DNS = '450 4.1.0 <alice@sender.example>: Sender address rejected: unverified address: Host or domain name not found. Name service error for name=sender.example type=MX: Host not found, try again';
// Exim src/src/verify.c callout report and acl.c's "Sender verify failed", as a multi-line reply joined.
const EXIM = '550-Verification failed for <alice@sender.example> 550-Called: 192.0.2.9 550-Sent: RCPT TO:<alice@sender.example> 550-Response: 550 5.1.1 <alice@sender.example>: User unknown 550 Sender verify failed';
// The recipient's own address verified the same way: the quoted reply is about the recipient.
const RECIPIENT = '550 5.1.1 <bob@rcpt.example>: Recipient address rejected: undeliverable address: host mx.rcpt.example[192.0.2.5] said: 550 5.1.1 <bob@rcpt.example>: User unknown (in reply to RCPT TO command)';

const bounce = (diagnostic: string, status: string) =>
	decodeBounce(dsnEmail({recipients: [['Final-Recipient: rfc822; bob@rcpt.example', 'Action: failed', `Status: ${status}`, 'Remote-MTA: dns; mx.rcpt.example', `Diagnostic-Code: smtp; ${diagnostic}`]]}));

describe('withoutSenderProbe', () => {
	test('cuts the probe reply a Postfix sender refusal quotes', () => {
		expect(withoutSenderProbe(POSTFIX)).toBe('host mx.rcpt.example[192.0.2.5] said: 450 4.1.0 <alice@sender.example>: Sender address rejected: undeliverable address:');
		expect(withoutSenderProbe(POSTFIX_DNS)).toBe('450 4.1.0 <alice@sender.example>: Sender address rejected: unverified address:');
	});

	test('cuts the Response of an Exim sender callout, keeping the refusal around it', () => {
		expect(withoutSenderProbe(EXIM)).toBe('550-Verification failed for <alice@sender.example> 550-Called: 192.0.2.9 550-Sent: RCPT TO:<alice@sender.example> 550-Sender verify failed');
	});

	test('leaves a recipient verification and any other reply as they are', () => {
		expect(withoutSenderProbe(RECIPIENT)).toBe(RECIPIENT);
		expect(withoutSenderProbe('550 5.1.1 <bob@rcpt.example>: User unknown')).toBe('550 5.1.1 <bob@rcpt.example>: User unknown');
		expect(withoutSenderProbe('550 Sender verify failed')).toBe('550 Sender verify failed');
	});
});

describe('a sender-verification refusal in a bounce', () => {
	test('is the sender rejected, with the refusal’s own codes, never the recipient unknown', async () => {
		const [r] = (await bounce(POSTFIX, '4.1.0')).recipients;
		expect(r).toMatchObject({recipient: 'bob@rcpt.example', reason: 'rejected', status: '4.1.0', replyCode: '450', hardBounce: false});
		// The whole reply is still shown.
		expect(r?.diagnostic).toContain('User unknown in local recipient table');
		expect((await bounce(POSTFIX_DNS, '4.1.0')).recipients[0]).toMatchObject({reason: 'rejected', status: '4.1.0', replyCode: '450', hardBounce: false});
		expect((await bounce(EXIM, '5.0.0')).recipients[0]).toMatchObject({reason: 'rejected', status: '5.0.0', replyCode: '550', hardBounce: false});
	});

	test('a recipient verification stays the recipient’s unknown address', async () => {
		expect((await bounce(RECIPIENT, '5.1.1')).recipients[0]).toMatchObject({reason: 'userunknown', status: '5.1.1', hardBounce: true});
	});
});
