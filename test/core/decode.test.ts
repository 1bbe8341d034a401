import {describe, expect, test} from 'vitest';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {decodeBounce, decodeMessages, decodeMessagesLight, decodeText} from '../../src/core/decode';
import {isHtmlDocument} from '../../src/core/decode/text';

// Hand-made bounces in each layout family's documented wording (addresses are RFC 2606 names).

const dsn = (rcpt: string, status: string, diag: string, action = 'failed'): string =>
	`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: ${action}\nStatus: ${status}\nRemote-MTA: dns; mx.rcpt.example\nDiagnostic-Code: smtp; ${diag}\n`;

function multipartReport(text: string, report: string, extraHeaders = ''): string {
	return [
		'From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)',
		'To: alice@sender.example',
		'Subject: Undelivered Mail Returned to Sender',
		'Auto-Submitted: auto-replied',
		'MIME-Version: 1.0',
		`Content-Type: multipart/report; report-type=delivery-status; boundary="BOUND"${extraHeaders}`,
		'',
		'--BOUND',
		'Content-Type: text/plain; charset=us-ascii',
		'',
		text,
		'--BOUND',
		'Content-Type: message/delivery-status',
		'',
		report,
		'--BOUND',
		'Content-Type: text/rfc822-headers',
		'',
		'From: alice@sender.example',
		'To: bob@rcpt.example',
		'Subject: hello',
		'',
		'--BOUND--',
		'',
	].join('\n');
}

const postfixText = `This is the mail system at host mx.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@rcpt.example>: host mx.rcpt.example[192.0.2.10] said: 550
    5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
`;

describe('decodeBounce: raw MIME', () => {
	test('Postfix multipart/report', async () => {
		const r = await decodeBounce(multipartReport(postfixText, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown in local recipient table')));
		expect(r.kind).toBe('bounce');
		expect(r.recipients).toHaveLength(1);
		const [x] = r.recipients;
		expect(x).toMatchObject({recipient: 'bob@rcpt.example', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, action: 'failed', command: 'RCPT', remoteMta: 'mx.rcpt.example'});
		expect(r.summary).toBe('Not delivered to bob@rcpt.example: the address does not exist (550 5.1.1).');
	});

	test('Bytes and ArrayBuffer input decode the same as a string', async () => {
		const raw = multipartReport(postfixText, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 User unknown'));
		const bytes = new TextEncoder().encode(raw);
		expect((await decodeBounce(bytes)).recipients[0]?.reason).toBe('userunknown');
		expect((await decodeBounce(bytes.buffer)).recipients[0]?.reason).toBe('userunknown');
	});

	test('decodeMessages: a message is its fields, its original read once and only when asked', async () => {
		const raw = multipartReport(postfixText, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 User unknown'));
		for await (const part of decodeMessages(new TextEncoder().encode(raw))) {
			expect({...part}).toEqual({recipients: part.recipients, text: raw, message: 1, total: 1});
			const original = part.original;
			expect(part.original).toBe(original);
			expect(original).toEqual((await decodeBounce(raw)).original);
		}
	});

	test('decodeMessagesLight: the messages decodeMessages gives, or undefined for what needs postal-mime or holds several', async () => {
		const all = async (input: Uint8Array) => {
			const parts = [];
			for await (const part of decodeMessages(input)) parts.push(part);
			return parts;
		};
		const fields = (parts: {recipients: unknown; text: string; message: number; total: number; original: unknown}[]) => parts.map(p => ({recipients: p.recipients, text: p.text, message: p.message, total: p.total, original: p.original}));
		const raw = multipartReport(postfixText, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 User unknown'));
		const dir = join(__dirname, '../fixtures/bounces');
		const inputs = [raw, `From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n${raw}`, '550 5.1.1 <bob@rcpt.example>: user unknown', ' \n', ...readdirSync(dir).map(name => readFileSync(join(dir, name), 'utf8'))];
		for (const input of inputs) {
			const bytes = new TextEncoder().encode(input);
			const light = decodeMessagesLight(bytes);
			expect(light, input.slice(0, 60)).toBeDefined();
			expect(fields(light!)).toEqual(fields(await all(bytes)));
		}
		expect(decodeMessagesLight(new TextEncoder().encode(' \n'))).toEqual([]);
		// An mbox of two, and a message the light splitter leaves to postal-mime (a comment in its encoding).
		const mbox = `From a Mon Jan  1 00:00:00 2024\n${raw}\nFrom b Mon Jan  1 00:00:00 2024\n${raw}`;
		const postal = raw.replace('Content-Type: text/plain; charset=us-ascii', 'Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit (plain)');
		for (const input of [mbox, postal]) {
			const bytes = new TextEncoder().encode(input);
			expect(decodeMessagesLight(bytes)).toBeUndefined();
			expect((await all(bytes)).length).toBe(input === mbox ? 2 : 1);
		}
	});

	test('Mailbox full under a miscategorised 5.1.1: the words win', async () => {
		const r = await decodeBounce(multipartReport('Delivery failed.', dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 Mailbox full, over quota')));
		expect(r.recipients[0]?.reason).toBe('mailboxfull');
		expect(r.recipients[0]?.hardBounce).toBe(false);
	});

	test('CommuniGate Pro: a DSN without Diagnostic-Code takes the reply from the notice text', async () => {
		const text = `Failed to deliver to '<bob@rcpt.example>'\nSMTP module(domain rcpt.example) reports:\n host mx.rcpt.example says:\n 550 <bob@rcpt.example> unknown user account\n`;
		const report = 'Reporting-MTA: dns; mx.sender.example\n\nOriginal-Recipient: rfc822;<bob@rcpt.example>\nFinal-Recipient: rfc822;<bob@rcpt.example>\nAction: failed\nStatus: 5.0.0\n';
		const r = await decodeBounce(multipartReport(text, report));
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', status: '5.0.0', replyCode: '550', reason: 'userunknown', hardBounce: true, remoteMta: 'mx.rcpt.example'});
	});

	test('Spectrum: the AUP code in the Diagnostic-Code decides the reason', async () => {
		const diag = '550 5.1.0 <0100abcd@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310';
		const r = await decodeBounce(multipartReport('Delivery failed.', dsn('bob@rcpt.example', '5.1.0', diag)));
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', status: '5.1.0', replyCode: '550', reason: 'toomanyconn', hardBounce: false});
		// The same words with an outgoing-account code: the number, not the words, names the cause.
		const blocked = await decodeBounce(multipartReport('Delivery failed.', dsn('bob@rcpt.example', '5.1.0', diag.replace('AUP#In-1310', 'AUP#O-1010'))));
		expect(blocked.recipients[0]?.reason).toBe('rejected');
	});

	test('Exim, no DSN part, X-Failed-Recipients', async () => {
		const raw = `From: Mail Delivery System <Mailer-Daemon@mx.sender.example>
To: alice@sender.example
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: bob@rcpt.example
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@rcpt.example
    host mx.rcpt.example [192.0.2.10]
    SMTP error from remote mail server after RCPT TO:<bob@rcpt.example>:
    550 5.2.2 <bob@rcpt.example>: mailbox is full

------ This is a copy of the message, including all the headers. ------

From: alice@sender.example
To: bob@rcpt.example
`;
		const r = await decodeBounce(raw);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', status: '5.2.2', replyCode: '550', reason: 'mailboxfull', command: 'RCPT'});
	});

	test('Sendmail with transcript', async () => {
		const text = `The original message was received at Mon, 1 Jan 2024 10:00:00 +0000
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<bob@rcpt.example>
    (reason: 550 5.1.1 <bob@rcpt.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.rcpt.example.:
>>> RCPT To:<bob@rcpt.example>
<<< 550 5.1.1 <bob@rcpt.example>... User unknown
550 5.1.1 <bob@rcpt.example>... User unknown
`;
		const r = await decodeBounce(multipartReport(text, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 <bob@rcpt.example>... User unknown')));
		expect(r.recipients[0]).toMatchObject({reason: 'userunknown', command: 'RCPT', status: '5.1.1', replyCode: '550'});
		expect(decodeText(text).recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', reason: 'userunknown', command: 'RCPT'});
	});

	test('mbox with two messages: results concatenated', async () => {
		const one = multipartReport(postfixText, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 User unknown'));
		const two = multipartReport('Delivered.', dsn('carol@rcpt.example', '2.0.0', '250 2.0.0 OK', 'delivered'));
		const mbox = `From MAILER-DAEMON Mon Jan  1 10:00:00 2024\n${one}\nFrom MAILER-DAEMON Mon Jan  1 10:05:00 2024\n${two}`;
		const r = await decodeBounce(mbox);
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([
			['bob@rcpt.example', 'userunknown'],
			['carol@rcpt.example', 'delivered'],
		]);
	});

	test('delivered DSN', async () => {
		const r = await decodeBounce(multipartReport('Your message was delivered.', dsn('carol@rcpt.example', '2.1.5', '250 2.1.5 OK', 'delivered')));
		expect(r.kind).toBe('delivered');
		expect(r.recipients[0]).toMatchObject({reason: 'delivered', status: '2.1.5', hardBounce: false});
	});

	test('delayed DSN', async () => {
		const r = await decodeBounce(multipartReport('Delivery delayed.', dsn('bob@rcpt.example', '4.4.7', 'smtp; 421 4.4.7 timeout', 'delayed')));
		expect(r.kind).toBe('delay');
		expect(r.recipients[0]?.action).toBe('delayed');
	});

	test('RFC 3834 vacation auto-reply', async () => {
		const raw = `From: Bob <bob@rcpt.example>\nTo: alice@sender.example\nSubject: Out of office: hello\nAuto-Submitted: auto-replied\n\nI am out of the office until Monday.\n`;
		const r = await decodeBounce(raw);
		expect(r.kind).toBe('autoreply');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', reason: 'vacation', status: ''});
	});

	test('ARF feedback report', async () => {
		const raw = `From: feedback@fbl.example\nTo: abuse@sender.example\nSubject: Abuse report\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary="B"\n\n--B\nContent-Type: text/plain\n\nThis is an email abuse report.\n--B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\nOriginal-Rcpt-To: bob@rcpt.example\n\n--B\nContent-Type: message/rfc822\n\nFrom: alice@sender.example\nTo: bob@rcpt.example\nSubject: hi\n\nhi\n--B--\n`;
		const r = await decodeBounce(raw);
		expect(r.kind).toBe('feedback');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', reason: 'feedback', feedbackType: 'abuse'});
	});

	test('an ordinary message is not a bounce', async () => {
		const r = await decodeBounce('From: alice@sender.example\nTo: bob@rcpt.example\nSubject: lunch?\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\nShall we meet at noon?\n');
		expect(r.kind).toBe('none');
		expect(r.recipients).toEqual([]);
	});
});

describe('decodeText: displayed text per layout', () => {
	test.each([
		[
			'qmail',
			`Hi. This is the qmail-send program at mx.sender.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@rcpt.example>:\n192.0.2.10 does not like recipient.\nRemote host said: 550 5.1.1 <bob@rcpt.example>... User unknown\nGiving up on 192.0.2.10.\n\n--- Below this line is a copy of the message.\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1', replyCode: '550'},
		],
		[
			'qmail local, code in parentheses',
			`Hi. This is the qmail-send program at mx.rcpt.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@rcpt.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1', replyCode: ''},
		],
		[
			'Exchange Online (new)',
			`Your message to bob@rcpt.example couldn't be delivered.\nbob wasn't found at rcpt.example.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.10', replyCode: '550', provider: 'microsoft'},
		],
		[
			'Exchange classic',
			`Delivery has failed to these recipients or groups:\n\nbob@rcpt.example\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n\nGenerating server: MW2PR0101MB1234.prod.outlook.com\n\nbob@rcpt.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.10'},
		],
		[
			'Exchange 2007 hashes',
			`Delivery has failed to these recipients or groups:\n\nBob (bob@rcpt.example)\n\nDiagnostic information for administrators:\n\nGenerating server: mail.sender.example\n\nbob@rcpt.example\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1', replyCode: '550'},
		],
		[
			'Gmail (new)',
			`** Address not found **\n\nYour message wasn't delivered to bob@rcpt.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. x1si123 - gsmtp\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1', replyCode: '550', provider: 'google'},
		],
		[
			'Gmail (old), mailbox full',
			`Delivery to the following recipient failed permanently:\n\n     bob@rcpt.example\n\nTechnical details of permanent failure:\nThe email account that you tried to reach is over quota.\n\n----- Original message -----\n`,
			{recipient: 'bob@rcpt.example', reason: 'mailboxfull'},
		],
		[
			'Amazon SES',
			`The following message to <bob@rcpt.example> was undeliverable.\nThe reason for the problem:\n5.1.0 - Unknown address error 550-'5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown'\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1', replyCode: '550'},
		],
		[
			'Postfix, IP blocklisted',
			`This is the mail system at host mx.sender.example.\n\n<bob@rcpt.example>: host mx.rcpt.example[192.0.2.10] said: 554 5.7.1\n    Service unavailable; Client host [198.51.100.7] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)\n`,
			{recipient: 'bob@rcpt.example', reason: 'blocked', status: '5.7.1', replyCode: '554', command: 'RCPT'},
		],
		[
			'Postfix, SPF/DMARC',
			`This is the mail system at host mx.sender.example.\n\n<bob@rcpt.example>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n    550-5.7.26 Unauthenticated email from sender.example is not accepted due to\n    550-5.7.26 domain's DMARC policy. 550 5.7.26 - gsmtp (in reply to end of DATA command)\n`,
			{recipient: 'bob@rcpt.example', reason: 'authfailure', status: '5.7.26', command: 'DATA', provider: 'google'},
		],
		[
			'Postfix wording, a folded reply naming the sender on a continuation line',
			`This is the Email Security Gateway at host mx.sender.example.\n\n<bob@rcpt.example>: host 192.0.2.2[192.0.2.2] said: 554 Mail from\n    alice@sender.example rejected for policy reasons. (in reply to MAIL FROM\n    command)\n`,
			{recipient: 'bob@rcpt.example', reason: 'policyviolation', replyCode: '554'},
		],
		[
			'Postfix smtpd transcript to the postmaster',
			`Transcript of session follows.\n\n Out: 220 mx.rcpt.example ESMTP\n In:  MAIL FROM:<alice@sender.example>\n Out: 250 2.1.0 Ok\n In:  RCPT TO:<bob@rcpt.example>\n Out: 250 2.1.5 Ok\n In:  DATA\n Out: 354 End data with <CR><LF>.<CR><LF>\n Out: 451 4.3.0 Error: queue file write error\n In:  QUIT\n`,
			{recipient: 'bob@rcpt.example', reason: 'systemerror', status: '4.3.0', replyCode: '451', command: 'DATA'},
		],
		[
			'Exim, a pipe delivery that failed',
			`This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  pipe to |/usr/local/bin/autoreply bob@rcpt.example\n    generated by bob@rcpt.example\n\nThe following text was generated during the delivery attempt:\n\n------ pipe to |/usr/local/bin/autoreply bob@rcpt.example\n       generated by bob@rcpt.example ------\n\nautoreply: cannot open template: No such file or directory\n`,
			{recipient: 'bob@rcpt.example', reason: 'mailererror'},
		],
		[
			'V5 sendmail: the remote reply before the MTA summary line',
			`   ----- Transcript of session follows -----\nWhile talking to mx.rcpt.example:\n>>> MAIL From:<alice@sender.example>\n<<< 550 Insecure Mail Relay\n554 <bob@rcpt.example>... Remote protocol error\n\n   ----- Unsent message follows -----\nTo: bob@rcpt.example\n`,
			{recipient: 'bob@rcpt.example', reason: 'norelaying', replyCode: '550'},
		],
		[
			'sendmail transcript naming no recipient: the returned message names it',
			`   ----- Transcript of session follows -----\n421 rcpt.example (smtp)... Deferred: Connection timed out during user open with rcpt.example\n\n   ----- Unsent message follows -----\nFrom: alice@sender.example\nTo: bob@rcpt.example\nSubject: hi\n`,
			{recipient: 'bob@rcpt.example', reason: 'expired', action: 'delayed'},
		],
		[
			'delay notice with inline Action fields',
			` - This is only a notification about a delay in the delivery of your message.\n - The following recipients have not yet received your message:\n\nbob@rcpt.example; Action: Delayed\n\n - The server will continue trying for up to 21 hours.\n`,
			{recipient: 'bob@rcpt.example', reason: 'expired', action: 'delayed'},
		],
		[
			'm-FILTER: the command in a section of its own',
			`このメールは「m-FILTER」が自動的に生成して送信しています。\n\n以下のメールアドレスへの送信に失敗しました。\nbob@rcpt.example\n\n\n-------server message\n550 unknown user <bob@rcpt.example>\n\n-------SMTP command\nDATA\n\n-------original message\n`,
			{reason: 'filtered', command: 'DATA'},
		],
		[
			'fml: a post from a non-member',
			`You are not a member of this mailing list <list@rcpt.example>.\n\nIf you know the general guide of this list, please send mail with\nthe mail body\n\n\tguide\n`,
			{recipient: 'list@rcpt.example', reason: 'rejected'},
		],
		[
			'Orange: the provider code decides',
			`This is the mail system at host mx.sender.example.\n\n<bob@rcpt.example>: host smtp-in.orange.fr[192.0.2.65] said: 550 5.2.0 Mail\n    rejete. Mail rejected. OFR_506 [506] (in reply to end of DATA command)\n`,
			{recipient: 'bob@rcpt.example', reason: 'spamdetected', status: '5.2.0'},
		],
		[
			'a software version in the reply is no status (Dovecot 2.3.16 read as 2.3.16 said "delivered")',
			`This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients.\n\n  carol@rcpt.example\n    Mailbox delivery failed (Dovecot 2.3.16 LDA): user over quota\n`,
			{recipient: 'carol@rcpt.example', reason: 'mailboxfull', action: 'failed'},
		],
		[
			'Gmail: its documented spam verdict beats the generic "blocked" in its words',
			`This is the mail system at host mx.sender.example.\n\n<bob@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n    550-5.7.1 [192.0.2.8] Our system has detected that this message is likely\n    550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail, this\n    550-5.7.1 message has been blocked. Please visit\n    550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp (in reply to end of DATA command)\n`,
			{recipient: 'bob@gmail.com', reason: 'spamdetected', status: '5.7.1'},
		],
		[
			'La Poste: the LPN code decides',
			`This is the mail system at host mx.sender.example.\n\n<bob@rcpt.example>: host smtp.laposte.net[192.0.2.66] said: 550 5.5.0 Le\n    compte du destinataire est bloque. The recipient account is blocked.\n    LPN007_426 (in reply to RCPT TO command)\n`,
			{recipient: 'bob@rcpt.example', reason: 'suspend'},
		],
		[
			'provider from the receivers\' signatures',
			`This is the mail system at host mx.sender.example.\n\n<bob@rcpt.example>: host mx.rcpt.example[192.0.2.10] said: 554 5.7.1\n    Service unavailable; Client host [198.51.100.7] blocked using\n    sbl.spamhaus.org (in reply to RCPT TO command)\n`,
			{recipient: 'bob@rcpt.example', reason: 'blocked', provider: 'spamhaus'},
		],
		[
			'Sendmail: the "(reason: …)" remote reply, not sendmail\'s own summary line',
			`   ----- The following addresses had permanent fatal errors -----\n<bob@rcpt.example>\n    (reason: 551 not our customer)\n\n   ----- Transcript of session follows -----\n... while talking to mx.rcpt.example.:\n>>> DATA\n<<< 551 not our customer\n550 5.1.1 <bob@rcpt.example>... User unknown\n`,
			{recipient: 'bob@rcpt.example', reason: 'hasmoved', replyCode: '551'},
		],
		[
			'Sendmail: a reply with no command before it refused the greeting (CONN), whatever its words',
			`   ----- The following addresses had permanent fatal errors -----\n<bob@rcpt.example>\n    (reason: 554 IP=198.51.100.7 - A problem occurred. (X1))\n\n   ----- Transcript of session follows -----\n... while talking to mx.rcpt.example.:\n<<< 554 IP=198.51.100.7 - A problem occurred. (X1)\n554 5.0.0 Service unavailable\n`,
			{recipient: 'bob@rcpt.example', reason: 'blocked', command: 'CONN'},
		],
		[
			'au EZweb: the carrier states the account condition',
			`The user(s) account is disabled.\n\n<bob@ezweb.example>: 550 user unknown (in reply to RCPT TO command)\n`,
			{recipient: 'bob@ezweb.example', reason: 'suspend', command: 'RCPT'},
		],
		[
			'Postfix: a local delivery program\'s exit text (sysexits)',
			`This is the mail system at host mx.rcpt.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<bob@rcpt.example>: temporary failure\n`,
			{recipient: 'bob@rcpt.example', reason: 'mailererror'},
		],
		[
			'Gmail (old): "(state 18)" is a refusal once DATA was sent',
			`Delivery to the following recipient failed permanently:\n\n     bob@rcpt.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 554 554 5.7.0 Header error (state 18).\n\n----- Original message -----\n`,
			{recipient: 'bob@rcpt.example', reason: 'filtered', command: 'DATA'},
		],
		[
			'Gmail (old): a specific code outranks the state',
			`Delivery to the following recipient failed permanently:\n\n     bob@rcpt.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. The error that the other server returned was: 550 550 5.1.1 <bob@rcpt.example>... User Unknown (state 18).\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1'},
		],
		[
			'NTT docomo: "Unknown user" at the end of DATA refuses the sender',
			`This is the mail system at host mx.sender.example.\n\n<bob@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.40] said: 550 Unknown user\n    bob@docomo.ne.jp (in reply to end of DATA command)\n`,
			{recipient: 'bob@docomo.ne.jp', reason: 'rejected', command: 'DATA'},
		],
		[
			'CommuniGate Pro: the SMTP module quotes the remote host and its reply',
			`Failed to deliver to '<bob@rcpt.example>'\nSMTP module(domain rcpt.example) reports:\n host mx.rcpt.example says:\n 550 5.1.1 <bob@rcpt.example>: User unknown\n\n`,
			{recipient: 'bob@rcpt.example', reason: 'userunknown', status: '5.1.1', replyCode: '550', remoteMta: 'mx.rcpt.example'},
		],
		[
			'CommuniGate Pro: the LOCAL module reports a full account',
			`Failed to deliver to 'carol@rcpt.example'\nLOCAL module(account carol) reports:\n account is full (quota exceeded)\n\n`,
			{recipient: 'carol@rcpt.example', reason: 'mailboxfull'},
		],
	])('%s', (_name, text, expected) => {
		const r = decodeText(text);
		expect(r.recipients[0]).toMatchObject(expected);
	});

	test('no bounce in ordinary text', () => {
		expect(decodeText('Hello, see you tomorrow at 5.').kind).toBe('none');
		expect(decodeText('Hi Bob,\n\nmy last mail to carol@rcpt.example was undelivered, I think her mailbox is full.\nCan you tell her?\n\nAlice').kind).toBe('none');
	});
});

describe('never throws', () => {
	test.each([
		['empty', ''],
		['whitespace', ' \n\t '],
		['garbage', '\u0000\u0001\uffff%%%<<<>>>'],
		['headers only', 'From: a@b.example\nSubject: x\n'],
		['broken multipart', 'Content-Type: multipart/report; boundary="x"\nFrom: a@b.example\n\n--y\nnothing\n'],
	])('%s', async (_name, input) => {
		await expect(decodeBounce(input)).resolves.toBeTypeOf('object');
		expect(decodeText(input)).toBeTypeOf('object');
	});

	test('non-string inputs', async () => {
		await expect(decodeBounce(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).resolves.toMatchObject({kind: 'none'});
		await expect(decodeBounce(undefined as unknown as string)).resolves.toMatchObject({kind: 'none'});
		expect(decodeText(42 as unknown as string)).toMatchObject({kind: 'none'});
	});
});

describe('decodeBounce: non-conforming and gateway DSN fields', () => {
	test('a Status field carrying an SMTP reply instead of an enhanced code is the diagnostic', async () => {
		const report = 'Reporting-MTA: dns; mx.rcpt.example\n\nFinal-Recipient: rfc822; bob@rcpt.example\nAction: failure\nStatus: 552 Exceeded maximum inbound message size\n';
		const r = await decodeBounce(multipartReport('Your message was not delivered to\n\n    bob@rcpt.example\n', report));
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', replyCode: '552', reason: 'mesgtoobig', status: '5.0.934'});
	});

	test('an X.400 Final-Recipient gives way to the rfc822 Original-Recipient', async () => {
		const report = [
			'Reporting-MTA: x400; mta gw1 in /ADMD= /C=GB/',
			'DSN-Gateway: dns; gw1.sender.example',
			'',
			'Original-Recipient: rfc822; bob@rcpt.example',
			'Final-Recipient: x400; /S=bob/OU=rcpt/ADMD= /C=GB/',
			'Action: failed',
			'Status: 5.1.1',
			'',
		].join('\n');
		const r = await decodeBounce(multipartReport('Your message was not delivered to:\n\tbob@rcpt.example\n', report));
		expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@rcpt.example']);
		expect(r.recipients[0]).toMatchObject({status: '5.1.1', reason: 'userunknown'});
	});

	test('Messaging Server / PMDF: the "Original address" the sender wrote, not the routed one', async () => {
		const text = [
			'This report relates to a message you sent with the following header fields:',
			'',
			'  Message-id: <1@sender.example>',
			'  To: bob@rcpt.example',
			'',
			'Your message cannot be delivered to the following recipients:',
			'',
			'  Recipient address: BOB1@mailhost.rcpt.example',
			'  Original address: bob@rcpt.example',
			'  Reason: recipient reached disk quota',
			'',
		].join('\n');
		const report = 'Reporting-MTA: dns;mailhost.rcpt.example\n\nAction: failed\nStatus: 5.2.2 (recipient reached disk quota)\nOriginal-recipient: rfc822;bob@rcpt.example\nFinal-recipient: rfc822;BOB1@mailhost.rcpt.example\n';
		const r = await decodeBounce(multipartReport(text, report));
		expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@rcpt.example']);
		expect(r.recipients[0]).toMatchObject({status: '5.2.2', reason: 'mailboxfull'});
	});

	test('without that line the Final-Recipient stays the one reported', async () => {
		const report = 'Reporting-MTA: dns; mx.sender.example\n\nOriginal-Recipient: rfc822; bob@rcpt.example\nFinal-Recipient: rfc822; bob.smith@rcpt.example\nAction: failed\nStatus: 5.1.1\n';
		const r = await decodeBounce(multipartReport(postfixText, report));
		expect(r.recipients.map((x) => x.recipient)).toContain('bob.smith@rcpt.example');
	});
});

describe('decodeBounce: HTML-only notices', () => {
	test('a <br> followed by a source line break is one line break (Exchange 5.5 IMS notice)', async () => {
		const html = [
			'<HTML><HEAD><TITLE>Undeliverable: Release 2.0.12</TITLE></HEAD><BODY>',
			'<P><FONT SIZE=2>Your message<BR>',
			'<BR>',
			'&nbsp; To:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; list@sender.example<BR>',
			'&nbsp; Subject: Release 2.0.12<BR>',
			'&nbsp; Sent:&nbsp;&nbsp;&nbsp; Thu, 11 Jul 2002 16:52:33 -0300<BR>',
			'<BR>',
			'did not reach the following recipient(s):<BR>',
			'<BR>',
			'bob@rcpt.example on Thu, 11 Jul 2002 16:54:54 -0300<BR>',
			'&nbsp;&nbsp;&nbsp; The recipient name is not recognized<BR>',
			'&nbsp;&nbsp;&nbsp; MSEXCH:IMS:Example:SITE:MX01 0 (000C05A6) Unknown Recipient<BR>',
			'</FONT></P></BODY></HTML>',
		].join('\n');
		const raw = [
			'From: System Administrator <postmaster@rcpt.example>',
			'To: list@sender.example',
			'Subject: Undeliverable: Release 2.0.12',
			'MIME-Version: 1.0',
			'X-MS-Embedded-Report: ',
			'Content-Type: multipart/mixed; boundary="B"',
			'',
			'--B',
			'Content-Type: text/html; charset="iso-8859-1"',
			'',
			html,
			'--B',
			'Content-Type: message/rfc822',
			'',
			'Message removed',
			'',
			'--B--',
			'',
		].join('\n');
		const r = await decodeBounce(raw);
		expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@rcpt.example']);
		expect(r.recipients[0]).toMatchObject({reason: 'userunknown', hardBounce: true});
	});
});

describe('decodeBounce: text saved as UTF-16', () => {
	/** `text` as Windows saves "Unicode" text: UTF-16, little-endian unless `be`, with its byte order mark unless `bare`. */
	const wide = (text: string, be = false, bare = false): Uint8Array => {
		const bytes = Buffer.from((bare ? '' : '\uFEFF') + text, 'utf16le');
		return new Uint8Array(be ? bytes.swap16() : bytes);
	};
	const raw = multipartReport(postfixText, dsn('bob@rcpt.example', '5.1.1', '550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown in local recipient table'));
	const shown = 'Delivery has failed to these recipients or groups:\n\nbob@rcpt.example\n\nRemote Server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n';

	test('reads a saved message and a saved notice as their UTF-8 would read', async () => {
		for (const text of [raw, shown]) {
			const expected = await decodeBounce(new Uint8Array(Buffer.from(text)));
			expect(expected.recipients.map(r => r.recipient)).toEqual(['bob@rcpt.example']);
			for (const [be, bare] of [[false, false], [true, false], [false, true], [true, true]]) expect(await decodeBounce(wide(text, be, bare))).toEqual(expected);
		}
	});

	test('gives each message the text it reads as', async () => {
		const parts = [];
		for await (const part of decodeMessages(wide(shown))) parts.push(part.text);
		expect(parts).toEqual([shown]);
		expect(decodeMessagesLight(wide(raw, true))?.map(part => part.text)).toEqual([raw]);
	});
});

describe('decodeBounce: a page saved as HTML', () => {
	const page = (body: string, head = '<!DOCTYPE html>\n<html lang="en">') =>
		`${head}<head><meta charset="utf-8"><title>Undeliverable: Hello</title><script>var shown = "550 5.7.1 spam";</script><style>p{margin:0}</style></head>\n<body>${body}</body></html>\n`;
	const notice =
		'<div><p>Delivery has failed to these recipients or groups:</p><p><a href="mailto:alice@example.org">alice@example.org</a><br>The email address you entered couldn&#39;t be found.</p>' +
		'<p>Diagnostic information for administrators:</p><p>Generating server: BN6PR11MB1234.namprd11.prod.outlook.com</p>' +
		'<p>alice@example.org<br>Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&#39;</p></div>';

	test('reads the text the page shows, as the same notice pasted as text reads', async () => {
		const shown = 'Delivery has failed to these recipients or groups:\n\nalice@example.org\nThe email address you entered couldn\'t be found.\n\nDiagnostic information for administrators:\n\nGenerating server: BN6PR11MB1234.namprd11.prod.outlook.com\n\nalice@example.org\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n';
		const expected = (await decodeBounce(shown)).recipients;
		expect(expected.map(r => [r.recipient, r.reason, r.status])).toEqual([['alice@example.org', 'userunknown', '5.1.10']]);
		for (const head of ['<!DOCTYPE html>\n<html lang="en">', '<html xmlns:o="urn:schemas-microsoft-com:office:office">', '\n<!-- saved from url=(0014)about:internet -->\n<HTML>']) {
			const read = await decodeBounce(new Uint8Array(Buffer.from(page(notice, head))));
			expect(read.recipients, head).toEqual(expected);
		}
	});

	test('gives the shown text as the message text, without its scripts and styles', async () => {
		const parts = [];
		for await (const part of decodeMessages(page(notice))) parts.push(part.text);
		expect(parts).toHaveLength(1);
		expect(parts[0]).toContain("Remote Server returned '550 5.1.10");
		expect(parts[0]).not.toMatch(/5\.7\.1|<p>|margin/);
	});

	test('tells a document after a few comments, in time linear in hostile runs of them', () => {
		expect(isHtmlDocument('<!-- saved from url=(0014)about:internet -->\n<!--[if mso]>x<![endif]-->  <!DOCTYPE html><html>')).toBe(true);
		expect(isHtmlDocument(`${'<!--a-->'.repeat(16)}<html>`)).toBe(true);
		expect(isHtmlDocument(`${'<!--a-->'.repeat(17)}<html>`)).toBe(false);
		expect(isHtmlDocument('<!-- never closed <html>')).toBe(false);
		for (const run of ['<!--a-->'.repeat(100_000), '<!--'.repeat(100_000), ' \n'.repeat(100_000), '<!-- -->'.repeat(50_000) + '<!--']) {
			const start = performance.now();
			expect(isHtmlDocument(`${run}x`)).toBe(false);
			expect(performance.now() - start).toBeLessThan(100);
		}
	});

	test('leaves alone text that only holds tags, and a fragment', async () => {
		const text = 'Remote Server returned <550 5.1.10 RESOLVER.ADR.RecipientNotFound> for <alice@example.org>';
		for (const input of [text, `<div>${text}</div>`]) {
			const parts = [];
			for await (const part of decodeMessages(input)) parts.push(part.text);
			expect(parts).toEqual([input]);
		}
	});
});

describe('decodeBounce: text saved in a Windows "ANSI" code page', () => {
	const spanish = 'No se ha encontrado la dirección\nTu mensaje no se ha entregado a bob@rcpt.example porque no se ha encontrado la dirección.\n\nLa respuesta ha sido:\n550 5.1.1 The email account that you tried to reach does not exist. - gsmtp\n';
	const textOf = async (input: Uint8Array): Promise<string[]> => {
		const parts = [];
		for await (const part of decodeMessages(input)) parts.push(part.text);
		return parts;
	};

	test('reads Windows-1252 text as it shows, so that a wording in the reader\'s language is found', async () => {
		const expected = await decodeBounce(new Uint8Array(Buffer.from(spanish)));
		expect(expected.recipients.map(r => [r.recipient, r.reason])).toEqual([['bob@rcpt.example', 'userunknown']]);
		const ansi = new Uint8Array(Buffer.from(spanish, 'latin1'));
		expect(await decodeBounce(ansi)).toEqual(expected);
		expect(await textOf(ansi)).toEqual([spanish]);
		// The bytes the code page puts at 0x80–0x9f (here its typographic quotes) read as Windows shows them.
		expect(await textOf(new Uint8Array([...Buffer.from('La respuesta ha sido: '), 0x93, ...Buffer.from('550 5.1.1'), 0x94, 0x0a]))).toEqual(['La respuesta ha sido: \u201c550 5.1.1\u201d\n']);
	});

	test('keeps UTF-8 text as UTF-8, a stray bad byte and a written U+FFFD included', async () => {
		const stray = new Uint8Array([...Buffer.from('Diagnoseinformationen für Administratoren: '), 0xff, 0x0a]);
		expect(await textOf(stray)).toEqual(['Diagnoseinformationen für Administratoren: \uFFFD\n']);
		const written = new Uint8Array(Buffer.from('Remote Server returned \uFFFD550 5.1.1\n'));
		expect(await textOf(written)).toEqual(['Remote Server returned \uFFFD550 5.1.1\n']);
	});
});
