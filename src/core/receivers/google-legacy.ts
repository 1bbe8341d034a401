// Gmail codes a reply carries without Google's full sentence (the DMARC-record codes X.7.40 and the
// 4.7.31 of Google's sender-guidelines FAQ), and older texts of smtp.gmail.com's login replies that
// reuse registry codes with Google's own meaning (530 5.5.1, 535 5.5.4, 534 5.7.9). Facts: Google's
// "Gmail SMTP errors and codes" table and its "Email sender guidelines FAQ". Each comment quotes the
// shape of the message the rule matches.

import type {ProviderRule} from '../types';
import {CODES} from './google-doc';

const SENDER_FAQ = 'https://support.google.com/a/answer/14229414';
const DMARC_RECORD = 'Publish a DMARC TXT record at _dmarc.<From domain>, at least “v=DMARC1; p=none; rua=mailto:<reports address>”, and check it with a DNS lookup.';
const AUTH_FIRST = 'Set the client to authenticate to smtp.gmail.com (port 587 with STARTTLS, or 465 with TLS) with the full Gmail or Workspace address.';

export const GOOGLE_LEGACY: ProviderRule[] = [
	// "421-4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record …" (sentence cut off or missing)
	{
		status: '4.7.40',
		title: 'No DMARC record for a bulk sender (rate limited)',
		meaning: 'Gmail is deferring mail from this domain because its From domain has no DMARC record, or one without a policy; Gmail asks every bulk sender (5,000 or more messages a day to Gmail) for one. The sending server keeps retrying.',
		causes: ['No _dmarc TXT record for the From domain, or a record without a p= tag.'],
		fix: [DMARC_RECORD, 'Let the queue retry once the record is published.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'authfailure',
		source: CODES,
	},
	// "550-5.7.40 … the sending domain doesn't have a DMARC record …" (Google's table prints the 504 5.7.4 "Unrecognized authentication type" row as 5.7.40 too: the 550 tells them apart)
	{
		status: '5.7.40',
		reply: '550',
		title: 'No DMARC record for a bulk sender (blocked)',
		meaning: 'Gmail refused the message because the From domain has no DMARC record, or one without a policy, which Gmail requires of bulk senders. Resending fails the same way until the domain publishes a DMARC record.',
		causes: ['No _dmarc TXT record for the From domain, or a record without a p= tag.'],
		fix: [DMARC_RECORD, 'Resend once the record is published.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'authfailure',
		source: CODES,
	},
	// "421-4.7.31 …" (the DMARC-policy code of Google's sender-guidelines FAQ)
	{
		status: '4.7.31',
		title: 'No DMARC policy for a bulk sender (rate limited)',
		meaning: 'Google’s sender-guidelines FAQ numbers this deferral 4.7.31: the From domain has no DMARC policy, which Gmail requires of bulk senders. Mail is rate limited until the domain has one.',
		causes: ['No _dmarc TXT record for the From domain, or a record without a policy.'],
		fix: [DMARC_RECORD, 'Let the queue retry once the record is published.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'authfailure',
		source: SENDER_FAQ,
	},
	// "530 5.5.1 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError - gsmtp"
	{
		status: '5.5.1',
		phrase: /Authentication Required/i,
		title: 'Gmail: log in before sending',
		meaning: 'smtp.gmail.com takes mail only from a client that has logged in (SMTP AUTH), and this client sent MAIL FROM without logging in. Nothing is sent until the client logs in; the recipients are not the problem.',
		causes: ['The mail client or app has outgoing authentication turned off.', 'A device or script that sends to smtp.gmail.com without credentials.'],
		fix: [AUTH_FIRST, 'Use an app password or OAuth when the account has 2-Step Verification.', 'Devices that cannot log in send through the Workspace SMTP relay (smtp-relay.gmail.com) with their IP registered, or straight to the recipient’s MX.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "535 5.5.4 Optional Argument not permitted for that AUTH mode. - gsmtp"
	{
		status: '5.5.4',
		phrase: /Optional Argument not permitted/i,
		title: 'Gmail: AUTH command carried an argument this mechanism does not take',
		meaning: 'The client sent the AUTH command with an extra argument (an initial response) that the chosen login mechanism does not allow, so smtp.gmail.com refused the login. It is a client bug, not a wrong password.',
		causes: ['A client or library that sends AUTH LOGIN with the username on the same line.'],
		fix: ['Update the client or library, or switch it to AUTH PLAIN or XOAUTH2.', AUTH_FIRST],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "534 5.7.9 Please log in with your web browser and then try again. Learn more at https://support.google.com/mail/?p=WebLoginRequired - gsmtp"
	{
		status: '5.7.9',
		phrase: /log in with your web browser/i,
		title: 'Gmail: sign in through a browser first',
		meaning: 'Google held back the login of the mail client until the account owner signs in on the web: it saw the sign-in as unusual. The registry’s “mechanism too weak” meaning of 5.7.9 does not apply.',
		causes: ['A login from a new device, place or app that Google wants confirmed.', 'An app using the account password instead of an app password or OAuth.'],
		fix: ['Sign in at mail.google.com in a browser on the same network and confirm the activity in the Google Account’s security page.', 'Then use an app password or OAuth in the client and resend.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
];
