// Gmail and Google Workspace: size, sending-limit, loop, protocol, relay and login replies (5.3.4–5.7.x
// about the session). Facts and sources: google.ts. Each comment quotes the shape of the message the
// rule matches.

import type {ProviderRule} from '../types';
import {CODES} from './google-doc';

export const GOOGLE_PROTOCOL: ProviderRule[] = [
	// "552 5.3.4 Your message exceeded Google's message header size limits." / "… Subject: header that exceeds …"
	{
		status: '5.3.4',
		phrase: /header/i,
		title: 'Message headers too large',
		meaning: "The message's headers (total size, number, one header's name or value, or the Subject) exceed Gmail's header limits. The body and attachments are not the problem; the same message with shorter headers goes through.",
		causes: ['A huge Subject, very long recipient lists in To/Cc, or tracking headers that grew in a loop.'],
		fix: ['Shorten the oversized header(s) and resend.', 'If a program builds the headers, fix it so it does not repeat or grow them.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'contenterror',
		source: CODES,
	},
	// "552 5.3.4 Your message exceeded Google's message size limits." / "The number of attachments (n) exceeds Google's limit …"
	{
		status: '5.3.4',
		title: 'Message too large for Gmail',
		meaning: "The message is bigger than Gmail accepts (about 25 MB after encoding), or has more attachments than Gmail's limit. The limit counts the encoded size, which is about a third more than the files themselves.",
		causes: ['Large attachments (base64 adds about a third to their size).'],
		fix: ['Share large files by link (e.g. Google Drive) instead of attaching them.', 'Resend a smaller message.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'mesgtoobig',
		source: CODES,
	},
	// "550 5.4.5 Daily SMTP relay limit exceeded for user."
	{
		status: '5.4.5',
		phrase: /relay/i,
		title: 'Workspace SMTP relay daily limit reached',
		meaning: 'The Workspace user or account has sent its daily allowance through the SMTP relay service. Mail sent through the relay is refused until the window moves on, whatever the recipient.',
		causes: ['Bulk sending through smtp-relay.gmail.com.', 'A compromised device relaying spam.'],
		fix: ['Wait for the rolling 24-hour window to reset.', 'Move bulk mail to a dedicated sending service; check relay settings for abuse.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: CODES,
	},
	// "550 5.4.5 Daily user sending limit exceeded."
	{
		status: '5.4.5',
		title: 'Gmail daily sending limit reached',
		meaning: 'The sending Gmail or Workspace user has hit the daily sending limit; Gmail stops their outgoing mail for up to 24 hours. Mail already sent is not affected; new messages from the account are refused until the limit resets.',
		causes: ['Too many messages or recipients in a day.', 'A compromised account sending spam.'],
		fix: ['Wait until the limit resets (rolling 24 hours).', 'Check the account for compromise; use a bulk-mail service for large sends.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: CODES,
	},
	// "554 5.4.6 Message exceeded 50 hops, this may indicate an email loop."
	{
		status: '5.4.6',
		title: 'Mail loop (over 50 hops)',
		meaning: 'The message passed through more than 50 servers, which almost always means it is circling in a forwarding loop. The message never reached a mailbox, and resending it fails the same way until the loop is broken.',
		causes: ['Two mailboxes or servers forwarding to each other.', 'Wrong MX or routing configuration.'],
		fix: ['Read the Received: headers to find the loop and break the forwarding or routing rule.', 'Resend once the loop is gone.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'networkerror',
		source: CODES,
	},
	// "503 5.5.1 Bad sequence of commands." / "502 5.5.1 Unrecognized command." / "503 5.5.1 EHLO/HELO first."
	{
		status: '5.5.1',
		title: 'SMTP command refused (sequence or unknown)',
		meaning: 'The sending software issued an SMTP command Gmail does not support or out of the required order. The fault is in the sending software, not in the message or the address, and it repeats until the software is fixed.',
		causes: ['A buggy SMTP client or a script speaking SMTP by hand.'],
		fix: ['Use a standard SMTP library; say EHLO first, then MAIL, RCPT, DATA.', 'Capture an SMTP transcript to see which command Gmail refused.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "555 5.5.2 Syntax error." / "501 5.5.2 Syntax error, cannot decode response."
	{
		status: '5.5.2',
		title: 'SMTP syntax error',
		meaning: 'Gmail could not parse a command or argument sent by the client. The fault is in the sending software, not in the message or the address, and it repeats until the software is fixed.',
		causes: ['Malformed MAIL FROM / RCPT TO arguments or a broken AUTH exchange.'],
		fix: ['Capture the SMTP session and correct the malformed command.', 'Update or replace the sending software if the command comes from it.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "550 5.5.3 Too many recipients for this sender."
	{
		status: '5.5.3',
		title: 'Too many recipients for this sender',
		meaning: 'The sender addressed more recipients than Gmail allows from it. None of the message was sent to the extra recipients, and resending it whole fails the same way.',
		causes: ['A mass mailing sent as one message to many recipients.'],
		fix: ['Split the recipients into smaller batches or use a mailing-list service.', 'Resend to the remaining recipients in smaller groups.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'toomanyconn',
		source: CODES,
	},
	// "501 5.5.4 HELO/EHLO argument <x> invalid, closing connection." / "Empty HELO/EHLO argument not allowed"
	{
		status: '5.5.4',
		title: 'Invalid HELO/EHLO name',
		meaning: 'The name the sending server gave in HELO/EHLO is empty or invalid. The message and the addresses are not the problem: Gmail refused the greeting, so the server’s configuration has to change.',
		causes: ['The MTA announces a blank, bare-IP or malformed host name.'],
		fix: ['Set the MTA host name (e.g. Postfix myhostname) to a fully qualified name that resolves.', 'Resend once the server greets with its own full name.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "554 5.6.0 Email message is malformed. Not accepted."
	{
		status: '5.6.0',
		title: 'Malformed message',
		meaning: 'The message is not well-formed MIME / RFC 5322, so Gmail refused it. The sending program built the message, so everything it sends fails the same way until it is fixed.',
		causes: ['Broken MIME boundaries, bad encoding, or invalid header syntax from the sending software.'],
		fix: ['Generate the message with a standard MIME library and resend.', 'Check the program’s MIME boundaries and line endings against a message that Gmail accepts.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'contenterror',
		source: CODES,
	},
	// "552 5.7.0 This message was blocked because its content presents a potential security issue." /
	// "552 5.7.0 Our system detected an illegal attachment on your message." (the same page's older row)
	{
		status: '5.7.0',
		phrase: /security issue|illegal attachment/i,
		title: 'Blocked as a security risk (attachment or content)',
		meaning: 'Gmail found content or an attachment type it blocks for security, such as executables or malware. Gmail blocks such files whoever sends them, so resending the message unchanged fails the same way.',
		causes: ['An attached .exe, .js, script or archive containing one.', 'Malware or a macro-laden document.'],
		fix: ['Remove the blocked file; share it via a link if it is legitimate.', 'Scan the sending system for malware.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'virusdetected',
		source: CODES,
	},
	// "550 5.7.0 Email relay denied <ip>. Invalid credentials for relay for one of the domains in …" / "Email sending denied."
	{
		status: '5.7.0',
		phrase: /relay denied|sending denied/i,
		title: 'Workspace SMTP relay refused',
		meaning: "Google's SMTP relay service refused to send for this IP or domain because it is not registered in the Workspace relay settings, or the account is suspended. Google’s relay only sends for the IPs and domains set up in an active Workspace account.",
		causes: ['The device IP is not listed in the SMTP relay service settings.', 'The envelope domain is not a domain of the Workspace account.', 'The account was suspended for abuse.'],
		fix: ['In the Admin console (Apps > Gmail > Routing > SMTP relay service) add the device IP or require SMTP AUTH.', 'Send from a domain registered in the account.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'norelaying',
		source: CODES,
	},
	// "530 5.7.0 Authentication required." / "530 5.7.0 Must issue a STARTTLS command first." / "554 5.7.0 Too many unauthenticated commands."
	{
		status: '5.7.0',
		phrase: /authentication required|STARTTLS|unauthenticated commands|identity changes/i,
		title: 'Login or encryption required first',
		meaning: 'The client tried to send through Gmail without completing STARTTLS and/or SMTP AUTH first. Nothing is sent until the client encrypts the connection and logs in; the message and recipients are not the problem.',
		causes: ['A client configured without TLS or without a login for smtp.gmail.com.'],
		fix: ['Configure the client for STARTTLS on port 587 (or TLS on 465) with authentication.', 'Resend once the client’s outgoing server settings are corrected.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS."
	{
		status: '5.7.10',
		title: 'Commands pipelined after STARTTLS',
		meaning: 'The client sent more commands right behind STARTTLS instead of waiting for the TLS handshake. The fault is in the client’s SMTP code, so every attempt fails the same way until it is updated.',
		causes: ['A faulty SMTP client pipelining implementation.'],
		fix: ['Update the SMTP client; it must wait for the TLS handshake after STARTTLS.', 'Turn off pipelining in the client as a workaround if it has such a setting.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "501 5.7.11 Syntax error (no parameters allowed)."
	{
		status: '5.7.11',
		title: 'STARTTLS given parameters',
		meaning: 'The client sent STARTTLS with arguments, which the command does not take. The fault is in the client’s SMTP code, so every attempt fails the same way until it is updated.',
		causes: ['A broken SMTP client.'],
		fix: ['Fix the client to send a bare STARTTLS.', 'Update the client or its mail library to a current version.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "534 5.7.14 Please log in through your web browser and then try again."
	{
		status: '5.7.14',
		title: 'Google sign-in needs a browser step',
		meaning: 'Google blocked an SMTP/IMAP login until the account owner signs in through a web browser (a security check). Google saw the login as unusual and holds it back until the owner confirms it; the password may be right.',
		causes: ['A login from a new place or an app Google considers less secure.'],
		fix: ['Sign in at accounts.google.com in a browser, then use OAuth or an app password in the client.', 'Retry the client once the browser sign-in is done.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "504 5.7.4 Unrecognized authentication type." / "XOAUTH is no longer supported." (the code is printed 5.7.40 on Google's page, so the phrase decides)
	{
		phrase: /Unrecognized authentication type|XOAUTH is no longer supported/i,
		title: 'Authentication mechanism not supported',
		meaning: 'The client asked for an AUTH mechanism Gmail does not offer (such as the retired XOAUTH). Nothing is wrong with the password; the client uses a login method Gmail does not offer.',
		causes: ['An old client or library.'],
		fix: ['Use AUTH PLAIN/LOGIN with an app password, or XOAUTH2.', 'Update the client if it offers no other mechanism.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "535-5.7.8 Username and Password not accepted." (printed 5.7.80 on Google's page)
	{
		phrase: /Username and Password not accepted/i,
		title: 'Gmail login rejected',
		meaning: 'The username or password given to smtp.gmail.com was not accepted. Gmail also refuses the normal password when the account uses 2-Step Verification. No mail is sent until the client logs in.',
		causes: ['Wrong password, or 2-Step Verification on without an app password.'],
		fix: ['Use an app password or OAuth; check the stored credentials.', 'Re-enter the full address and the current password or app password in the client.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "534-5.7.9 Application-specific password required." (printed 5.7.90 on Google's page)
	{
		phrase: /Application-specific password required/i,
		title: 'App password required',
		meaning: 'The account uses 2-Step Verification, so the client must log in with an app password (or OAuth), not the normal password. Nothing is wrong with the account; the client simply cannot use the account’s normal password.',
		causes: ['A mail client using the account password with 2-Step Verification on.'],
		fix: ['Create an app password in the Google Account security settings and use it in the client.', 'Or switch the client to sign in with Google (OAuth), if it offers that.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
];
