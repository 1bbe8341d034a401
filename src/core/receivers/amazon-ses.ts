// Amazon SES's own words: the replies of its SMTP interface (email-smtp.<region>.amazonaws.com) to
// the application that submits mail, and the notices SES writes in a bounce when it did not try to
// deliver (its suppression lists). They are SES's, not a receiving server's. Facts: the Amazon SES
// Developer Guide, "SMTP response codes returned by Amazon SES" and "Using the Amazon SES account-level
// suppression list". Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {TOO_LARGE} from './advice';

const SMTP_CODES = 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html';
const QUOTAS = 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas.html';
const SUPPRESSION = 'https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html';
const RETRY = 'Retry with growing waits (5 s, 10 s, 30 s, then 20 minutes between rounds), as Amazon SES advises for every 4xx reply of its SMTP interface.';
const SMTP_CREDENTIALS = 'Create SMTP credentials in the Amazon SES console (SMTP settings › Create SMTP credentials) for the region of the endpoint; they are not the AWS access keys.';

export const amazonSes: Receiver = defineReceiver({
	id: 'amazon-ses',
	name: 'Amazon SES',
	// Its SMTP endpoints and sending hosts, and its own sentences.
	detect: [/\bemail-smtp(?:-fips)?\.[a-z0-9-]{4,30}\.amazonaws\.com\b/i, /\bamazonses\.com\b/i, /\bAmazon SES\b/, /\bThrottling failure: (?:Daily message quota|Maximum sending rate) exceeded\b/i, /\bAccount not subscribed to SES\b/i],
	rules: [
		// "421 Too many concurrent SMTP connections"
		{
			phrase: /Too many concurrent SMTP connections/i,
			title: 'Amazon SES: too many SMTP connections at once',
			meaning: 'The SES SMTP interface refused the connection because the account already has too many open at the same time; nothing was sent on this one. The limit is on open sessions, not on messages, so the same mail goes through once fewer connections are open.',
			causes: ['An application or a pool of workers opening many parallel SMTP sessions to SES.'],
			fix: ['Reuse connections and lower the number of parallel sessions.', RETRY],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: SMTP_CODES,
		},
		// "454 Throttling failure: Maximum sending rate exceeded."
		{
			phrase: /Throttling failure: Maximum sending rate exceeded/i,
			title: 'Amazon SES: sending faster than the account’s rate',
			meaning: 'The account sent more messages per second than its SES sending rate allows; SES dropped this message and did not queue it, so the application must send it again. Unlike a receiving server’s deferral, nothing is kept for a later attempt: the application’s own retry is the only one.',
			causes: ['Bursts above the per-second sending quota of the account in that region.'],
			fix: ['Pace the sending below the maximum send rate shown in the SES console (Account dashboard).', RETRY, 'Ask for a higher rate through a sending-quota increase request in the Service Quotas console if the volume needs it.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'toomanyconn',
			source: QUOTAS,
		},
		// "454 Throttling failure: Daily message quota exceeded."
		{
			phrase: /Throttling failure: Daily message quota exceeded/i,
			title: 'Amazon SES: daily sending quota used up',
			meaning: 'The account reached the number of messages SES lets it send in 24 hours; SES dropped this message, and sending works again as the 24-hour window moves on. The quota belongs to the account in one AWS region; messages refused now are not kept by SES and have to be sent again by the application.',
			causes: ['More mail in 24 hours than the account’s daily quota (small while the account is in the sandbox).'],
			fix: ['Send the rest after the window frees up; the SES console shows the quota and what is used.', 'Request a higher daily quota (or production access, out of the sandbox) in the SES console.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'toomanyconn',
			source: QUOTAS,
		},
		// "451 Temporary service failure" / "454 Temporary service failure" / "454 Temporary authentication failure"
		{
			phrase: /Temporary (?:service|authentication) failure/i,
			title: 'Amazon SES: temporary failure on its side',
			meaning: 'SES could not take the request at this moment (it did not receive it completely, or could not check the SMTP credentials); the message was not sent. Nothing in the reply says the message or the credentials are wrong, so the same request usually succeeds when the application tries again.',
			causes: ['A passing problem inside SES or on the network path to it.'],
			fix: [RETRY],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: SMTP_CODES,
		},
		// "451 Timeout waiting for data from client"
		{
			phrase: /Timeout waiting for data from client/i,
			title: 'Amazon SES: the client went silent',
			meaning: 'Too much time passed between the application’s SMTP commands, so the SES SMTP server closed the connection; the message was not sent. SES does not keep a half-sent message, so the application has to start the whole submission again.',
			causes: ['A slow or stalled application, or a network path dropping packets (an MTU too large for the path is a known cause).'],
			fix: ['Open a new connection and send again.', 'If it repeats, set the network interface MTU to 1500 bytes and check the network between the application and SES.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'systemerror',
			source: SMTP_CODES,
		},
		// "530 Authentication required" (sent to email-smtp.us-east-1.amazonaws.com)
		{
			reply: '530',
			phrase: /^(?:530 )?Authentication required\.?$/i,
			title: 'Amazon SES: log in before sending',
			meaning: 'The application connected to the SES SMTP interface and sent mail without logging in; SES only takes mail from authenticated clients. The login uses SMTP credentials made for SES in the same region as the endpoint, over an encrypted connection.',
			causes: ['SMTP authentication turned off in the application, or no STARTTLS/TLS before AUTH.'],
			fix: [SMTP_CREDENTIALS, 'Turn on authentication and TLS (port 587 with STARTTLS, or 465 with TLS) in the application.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: SMTP_CODES,
		},
		// "535 Authentication Credentials Invalid"
		{
			phrase: /Authentication Credentials Invalid/i,
			title: 'Amazon SES: SMTP credentials refused',
			meaning: 'The username and password the application gave are not valid SES SMTP credentials for this region. SES SMTP credentials are made in the SES console for one region, and the account’s ordinary AWS access keys do not work in their place.',
			causes: ['AWS access keys used instead of SMTP credentials.', 'Credentials of another region, or deleted or rotated ones.'],
			fix: [SMTP_CREDENTIALS, 'Store the new username and password in the application and resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: SMTP_CODES,
		},
		// "535 Account not subscribed to SES"
		{
			phrase: /Account not subscribed to SES/i,
			title: 'Amazon SES: account not signed up',
			meaning: 'The AWS account that owns the SMTP credentials is not signed up for Amazon SES, so SES refuses to send for it. The credentials themselves may be valid; it is the account behind them that has no SES service to send with.',
			causes: ['Credentials of an AWS account where SES was never set up.'],
			fix: [
				'Set up SES in that account (Amazon SES console › Get started).',
				'Or use SMTP credentials of the account that already sends with SES, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: SMTP_CODES,
		},
		// "552 Message is too long."
		{
			reply: '552',
			phrase: /Message is too long/i,
			title: 'Amazon SES: message over its size limit',
			meaning: 'The message is larger than SES accepts through its SMTP interface (10 MB in the guide’s table, encoding included), so it was not sent. Encoding makes attachments about a third larger, so files of around 7 MB can already go over it.',
			causes: [...TOO_LARGE.causes],
			fix: [...TOO_LARGE.fix, 'If the files must go by email, split them over several messages, each under the limit once encoded.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'mesgtoobig',
			source: SMTP_CODES,
		},
		// "554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:…:identity/example.com"
		{
			phrase: /is not authorized to perform ses:Send/i,
			title: 'Amazon SES: the SMTP user may not send',
			meaning: 'The IAM user behind the SMTP credentials lacks permission to send (ses:SendRawEmail) for that identity, by its IAM policy or the identity’s sending authorization policy. The reply names the IAM user and the identity it tried to use, which is where to look.',
			causes: ['An IAM policy without ses:SendRawEmail, or one limited to other identities or regions.'],
			fix: [
				'Give the IAM user a policy allowing ses:SendRawEmail on the identity named in the reply.',
				'If the identity belongs to another account, fix its sending authorization policy instead, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: SMTP_CODES,
		},
		// "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com"
		{
			phrase: /Email address is not verified/i,
			title: 'Amazon SES: sender (or sandbox recipient) not verified',
			meaning: 'SES refuses to send from an address or domain that is not verified in this region; while the account is in the sandbox, every recipient must be verified too. The reply lists the identities that failed.',
			causes: ['A From, Sender or Return-Path address whose domain is not verified in the region used.', 'A sandbox account sending to an unverified recipient.'],
			fix: ['Verify the domain (or address) in the SES console of that region (Identities › Create identity) and publish its DKIM records.', 'To send to anyone, request production access for the account.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: SMTP_CODES,
		},
		// "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address."
		{
			phrase: /Amazon SES has suppressed sending to this address/i,
			title: 'Amazon SES: address on its global suppression list',
			meaning: 'SES did not try to deliver: the address bounced as invalid recently (for any SES customer), so SES suppresses mail to it for a while. The address is most likely wrong or gone.',
			causes: ['The recipient address hard-bounced recently.'],
			fix: [
				'Check the address for a typo and correct it if you can.',
				'Otherwise remove it from your list and do not keep sending to it.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: SUPPRESSION,
		},
		// "Amazon SES did not send the message to this address because it is on the suppression list for your account."
		{
			phrase: /on the suppression list for your account/i,
			title: 'Amazon SES: address on your account’s suppression list',
			meaning: 'SES did not try to deliver because the address is on the account-level suppression list, where SES puts addresses that bounced or complained (or that were added by hand). The list is the account’s own, so SES keeps suppressing the address until someone with access to the account removes it.',
			causes: ['An earlier hard bounce or complaint from the address.', 'An address added to the list through the console or the API.'],
			fix: ['Look the address up in the SES console (Configuration › Suppression list) to see why and when it was added.', 'Remove it there only if the address is known to work again and the recipient wants the mail.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'onhold',
			source: SUPPRESSION,
		},
	],
});
