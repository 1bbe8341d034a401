// Gmail and Google Workspace: mailbox, rate, queue and address replies (4.2.x–5.1.x).
// Facts: Google's "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730); google.ts
// merges these rules with the other tables.
// Each comment quotes the shape of the message the rule matches ("…" marks text left out).

import type {ProviderRule} from '../types';
import {CODES} from './google-doc';

export const googleMailboxRules: ProviderRule[] = [
	// "450 4.2.1 The user you are trying to contact is receiving mail too quickly / at a rate that prevents additional messages …"
	{
		status: '4.2.1',
		phrase: /receiving (?:e?mail|messages) (?:too quickly|at a rate)/i,
		title: 'Recipient is receiving mail too fast',
		meaning: "The Gmail mailbox is taking in more mail than Gmail allows per recipient, so this message is deferred. It will go through once the recipient's inflow slows.",
		causes: ['A burst of mail to this one recipient (from you or others).', 'A mail loop or an automated sender hammering the mailbox.'],
		fix: ['Let your server keep retrying; no change is needed for a one-off.', 'Spread automated mail to this address over time and check for loops.'],
		whoActs: 'nobody',
		retry: 'will-retry',
		reason: 'speeding',
		source: CODES,
	},
	// "450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error."
	{
		status: '4.2.1',
		phrase: /relay limit/i,
		title: 'Workspace SMTP relay peak limit reached',
		meaning: 'Your Workspace account pushed more mail through smtp-relay.gmail.com than its short-term peak allows. The relay is holding you back for a while. Mail is delayed, not refused.',
		causes: ['A bulk send through the Workspace SMTP relay service.', 'A compromised device or app relaying through your account.'],
		fix: ['Slow the sending application and let queued mail retry.', 'Check Admin console > Apps > Gmail > Routing > SMTP relay service for unexpected senders.', 'Move bulk mail to a dedicated email service provider.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'speeding',
		source: CODES,
	},
	// "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to …"
	{
		status: '4.2.2',
		title: 'Recipient Google storage full (temporary)',
		meaning: "The recipient's Google account has used all its storage (shared by Gmail, Drive and Photos), so Gmail defers new mail until space is freed. The message is not lost yet: the sending server retries, and delivers it if the recipient frees space in time.",
		causes: ["The recipient's Google storage quota is used up."],
		fix: ['Tell the recipient by another channel to free space or buy more storage.', 'Your server retries; if the account stays full the retry will end in a bounce.'],
		whoActs: 'recipient',
		retry: 'will-retry',
		reason: 'mailboxfull',
		source: CODES,
	},
	// "552 5.2.2 The recipient's inbox is out of storage space and inactive."
	{
		status: '5.2.2',
		title: 'Recipient Google storage full and inactive',
		meaning: 'The recipient account has been out of storage long enough for Gmail to treat it as inactive and refuse mail outright. The address still exists, but nothing reaches it until its owner frees space or buys more storage.',
		causes: ['The account is full and nobody has used or cleaned it for a long time.'],
		fix: ['Reach the recipient another way; mail will bounce until they free space.', 'Suppress the address in bulk lists if it keeps bouncing.'],
		whoActs: 'recipient',
		retry: 'do-not-retry',
		reason: 'mailboxfull',
		source: CODES,
	},
	// "550 5.2.1 The email account that you tried to reach is inactive. … ?p=DisabledUser"
	{
		status: '5.2.1',
		phrase: /inactive|disabled/i,
		title: 'Gmail account inactive or disabled',
		meaning: 'The Gmail or Workspace address exists but the account is disabled or inactive, so it accepts no mail. Mail to it keeps bouncing whatever is sent, so the sender can only reach the person another way.',
		causes: ['The user or their admin suspended or disabled the account.', 'The account was abandoned.'],
		fix: ['Stop sending to this address and remove it from lists.', 'Ask the recipient for a current address by another channel.'],
		whoActs: 'recipient',
		retry: 'do-not-retry',
		reason: 'suspend',
		source: CODES,
	},
	// "550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages …"
	{
		status: '5.2.1',
		phrase: /at a rate/i,
		title: 'Recipient over its receiving rate (refused)',
		meaning: 'Gmail refused this copy because the recipient is over its incoming-mail rate. Unlike 4.2.1, this copy was not queued for retry. The sender has to send it again later.',
		causes: ['Sustained heavy inflow to the recipient, often from a loop or an automated system.'],
		fix: ['Send again later, once the recipient traffic has calmed down.', 'Look for forwarding loops or automated senders targeting the address.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: CODES,
	},
	// "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again."
	{
		status: '4.3.0',
		phrase: /multiple destination domains/i,
		title: 'One domain per transaction, please',
		meaning: 'Gmail takes recipients of only one destination domain per SMTP transaction. The recipients of other domains must come in a new transaction. Nothing is wrong with the recipients.',
		causes: ['The sending server batched recipients of several domains into one transaction.'],
		fix: ['Let the server retry; most MTAs split the batch on retry.', 'Configure the MTA to group recipients by domain.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'systemerror',
		source: CODES,
	},
	// "451 4.3.0 Email server has temporarily rejected this message." / "421 4.3.0 Temporary System Problem. Try again later."
	{
		status: '4.3.0',
		title: 'Temporary Gmail system problem',
		meaning: "A passing problem on Google's side stopped the delivery; nothing is wrong with the message or the address. The sending server keeps it queued, retries, and delivers it once Gmail answers normally again.",
		causes: ['A transient fault in Gmail infrastructure.'],
		fix: ['Nothing to change: let the sending server retry.', 'If it lasts for hours, contact the recipient by another channel.'],
		whoActs: 'nobody',
		retry: 'will-retry',
		reason: 'systemerror',
		source: CODES,
	},
	// "451 4.4.2 Timeout - closing connection."
	{
		status: '4.4.2',
		title: 'Gmail closed an idle connection',
		meaning: 'Gmail dropped the SMTP session because the sending side was too slow between commands or data. The message was not refused: the sending server retries on a new connection.',
		causes: ['Network trouble or a very slow/overloaded sending server.'],
		fix: ['Let the sending server retry; nothing needs to change.', 'If it repeats, check the network path and the load of the sending host.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'networkerror',
		source: CODES,
	},
	// "421 4.4.5 Server busy, try again later."
	{
		status: '4.4.5',
		title: 'Gmail server busy',
		meaning: 'The Gmail server that answered was too busy to take the message right now. Nothing is wrong with the message or the sender, and the sending server retries it later.',
		causes: ['Load on Google servers, or many connections from your side at once.'],
		fix: ['Let the sending server retry; nothing needs to change.', 'Lower the number of parallel connections to Gmail if this is frequent.'],
		whoActs: 'nobody',
		retry: 'will-retry',
		reason: 'toomanyconn',
		source: CODES,
	},
	// "451 4.5.0 SMTP protocol violation."
	{
		status: '4.5.0',
		title: 'SMTP protocol violation',
		meaning: 'The sending server broke the SMTP protocol (RFC 5321) during the session, so Gmail deferred the message. The message itself may be fine: the fault is in how the sending software speaks SMTP, and it repeats until that is fixed.',
		causes: ['A buggy sending application or SMTP library.', 'A middlebox altering the SMTP stream.'],
		fix: ["Capture an SMTP transcript and compare the client's behaviour with RFC 5321.", 'Update or replace the sending software.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'syntaxerror',
		source: CODES,
	},
	// "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction." / "Your message has too many recipients."
	{
		status: '4.5.3',
		title: 'Too many recipients in one transaction',
		meaning: 'The transaction carried more recipients than Gmail (or the domain policy) accepts at once. The remaining recipients must be sent in another transaction.',
		causes: ['A large RCPT TO batch.', "A Workspace domain policy limiting recipients per transaction."],
		fix: ['Let the server retry the remaining recipients; most MTAs do.', 'Lower the per-transaction recipient limit of the sending MTA.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'toomanyconn',
		source: CODES,
	},
	// "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking …"
	{
		status: '5.1.1',
		title: 'Gmail address does not exist',
		meaning: 'There is no Gmail or Workspace mailbox with this address. Google says the address may have been mistyped or may not exist, so resending the same message fails again.',
		causes: ['A typo in the address.', 'The account was deleted or never existed.'],
		fix: ['Check the spelling of the address.', 'Remove it from lists; do not resend.', 'Ask the recipient for their correct address by another channel.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: CODES,
	},
	// "553 5.1.2 We weren't able to find the recipient domain."
	{
		status: '5.1.2',
		title: 'Recipient domain not found',
		meaning: 'Gmail could not find the domain after the @ of the recipient address. Nothing is wrong with the mailbox part: the domain after the @ does not exist, often from a typo.',
		causes: ['A typo in the domain, or stray punctuation after the address.'],
		fix: ['Correct the recipient domain and send again.', 'Ask the recipient for their correct address by another channel.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'hostunknown',
		source: CODES,
	},
	// "553 5.1.3 The recipient address <address> is not a valid RFC 5321 address."
	{
		status: '5.1.3',
		title: 'Recipient address malformed',
		meaning: 'The recipient address is not valid SMTP address syntax. The address was refused before any mailbox was looked up, so the mistake is in how it is written (spaces, missing parts, forbidden characters).',
		causes: ['Spaces, missing @, or forbidden characters in the address.'],
		fix: ['Correct the address syntax and send again.', 'Ask the recipient for their exact address by another channel if the right one is not clear.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'userunknown',
		source: CODES,
	},
	// "553 5.1.7 The sender address <address> is not a valid RFC 5321 address."
	{
		status: '5.1.7',
		title: 'Sender address malformed',
		meaning: 'The MAIL FROM (envelope sender) address is not valid SMTP address syntax. The recipient and the message are not the problem: Gmail refused the session at the sender address, so nothing from that program gets through until it is fixed.',
		causes: ['A misconfigured application setting a broken envelope sender.'],
		fix: ['Fix the envelope sender address in the sending application.', 'Check the sending application’s From and return-path settings, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: CODES,
	},
];
