import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../../src/core/decode';
import {noticeAction} from '../../../src/core/decode/finality';
import {dsnEmail} from '../../helpers/dsn';

// Final or delayed comes from what the sending MTA says of its queue, not from the code class.
describe('noticeAction', () => {
	test.each([
		['Postfix delay template', '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.', 'delayed'],
		['Exim delay warning', 'A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.example.org.\n\n  bob@example.net\n    Delay reason: mailbox is full', 'delayed'],
		['Sendmail warning', 'Warning: could not send message for past 4 hours\n\nWill keep trying until message is 5 days old', 'delayed'],
		['a notice that says postponed', 'Your message to bob@example.net has been postponed due to a full mailbox.', 'delayed'],
		['qmail gave up after 4xx replies', "I'm not going to try again; this message has been in the queue too long.", 'failed'],
		['qmail permanent', "This is a permanent error; I've given up. Sorry it didn't work out.", 'failed'],
		['a template that wraps its sentence', "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.", 'failed'],
		['a non-delivery notice', 'Your message could not be delivered. The problem appears to be: recipient server unavailable or busy', 'failed'],
		['an MTA that gave up after attempts', 'could not be delivered.\nThis condition occurred after 30 attempt(s) to deliver over a period of 92 hour(s).\nGiving up.', 'failed'],
	])('%s → %s', (_, text, want) => {
		expect(noticeAction(text)).toBe(want);
	});

	test('a remote reply saying "try again later" is not the MTA still trying', () => {
		expect(noticeAction('Your message could not be delivered.\n-- 4.4.4 Temporary server error. Please try again later')).toBe('failed');
	});

	test('words of a person are no verdict', () => {
		expect(noticeAction('Hi Bob, see you on Monday.')).toBeUndefined();
	});
});

describe('final or delayed in a decoded report', () => {
	test('a DSN with Action: failed and a 4.x.x status is final (the queue lifetime ran out)', async () => {
		const raw = dsnEmail({
			notice: '<bob@example.net>: connect to mx.example.net[192.0.2.25]:25: Connection timed out',
			recipients: [['Final-Recipient: rfc822; bob@example.net', 'Action: failed', 'Status: 4.4.1', 'Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.25]:25: Connection timed out']],
		});
		const r = await decodeBounce(raw);
		expect(r.kind).toBe('bounce');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', action: 'failed', status: '4.4.1'});
	});

	test('a Postfix warning shown as text is a delay, not a failure', () => {
		const r = decodeText(
			'This is the mail system at host mail.example.org.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n<bob@example.net>: host mx.example.net[192.0.2.25] said: 450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted (in reply to RCPT TO command)\n',
		);
		expect(r.kind).toBe('delay');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', action: 'delayed'});
	});

	test('a notice that gave up after temporary replies is final', async () => {
		const r = await decodeBounce(
			'From: postmaster@mail.example.org\nTo: alice@example.org\nSubject: Delivery failure\n\nThis is a delivery failure notification message indicating that\nan email alice@example.org addressed to email address :\n-- bob@example.net\n\ncould not be delivered. The problem appears to be :\n-- Recipient server unavailable or busy\n\nAdditional information follows :\n-- 4.4.4 Temporary server error. Please try again later\n\nThis condition occurred after 30 attempt(s) to deliver over\na period of 92 hour(s) and 52 minute(s).\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', action: 'failed'});
		expect(r.kind).toBe('bounce');
	});

	test('a delay warning does not soften a permanent reply', () => {
		const r = decodeText('THIS IS A WARNING ONLY\n\n<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n');
		expect(r.recipients[0]?.action).toBe('failed');
	});

	test("a final Microsoft NDR keeps the server's 550 beside its 4.4.7 (a pair whose classes disagree)", async () => {
		const text = readFileSync(new URL('../../fixtures/bounces/microsoft-queue-expired.txt', import.meta.url), 'utf8');
		const r = await decodeBounce(text);
		expect(r.kind).toBe('bounce');
		expect(r.recipients[0]).toMatchObject({action: 'failed', replyCode: '550', status: '4.4.7'});
	});
});
