// Exim, the receiving server's software: the texts its SMTP server answers with when its default
// configuration or its built-in checks refuse a message. Any provider's server may run Exim, so
// these phrase rules are tried for every bounce (index.ts, last tier), after the provider's own.
// Facts: the Exim specification's chapters on the default configuration file, access control lists
// and the main configuration options, which each rule links. Each comment quotes the shape of the
// message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {RELAY_FIX, TOO_LARGE} from './advice';

const SPEC = 'https://www.exim.org/exim-html-current/doc/html/spec_html';

export const exim: Receiver = defineReceiver({
	id: 'exim',
	name: 'Exim',
	anywhere: true,
	kind: 'software',
	// Not detected by name, for the same reason as Postfix (postfix.ts).
	detect: [],
	rules: [
		// "550 relay not permitted" (the default configuration's RCPT ACL)
		{
			phrase: /\brelay not permitted\b/i,
			title: 'Relay not permitted',
			meaning: 'The server that answered does not take mail for the recipient’s domain, and does not relay for the sender: the sender’s client is neither one of its own hosts nor logged in. This is the refusal of Exim’s default configuration: its recipient check takes mail only for the domains the server handles or relays to, from the hosts it relays for, or from clients that logged in.',
			causes: [
				'A mail client sending through an outgoing server without logging in.',
				'The message went to a server that is not the recipient domain’s mail server (MX records, or a misspelt domain).',
			],
			fix: [...RELAY_FIX],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: `${SPEC}/ch-the_default_configuration_file.html`,
		},
		// "550-Verification failed for <sender@example.org>\n550-Unrouteable address\n550 Sender verify failed"
		{
			phrase: /\bSender verify failed\b/i,
			title: 'The sender address could not be verified',
			meaning: 'Before accepting the message, the receiving server checked that the envelope sender (MAIL FROM) could receive a reply; that check failed, so it refuses mail whose bounces would have nowhere to go. Exim does this when its access list asks to verify the sender: it routes the address as it would a bounce and, with a callout, even asks the sender’s own server whether the mailbox exists.',
			causes: ['An envelope sender in a domain without working mail servers.', 'A sender mailbox that its own server refuses (deleted, or never existed).', 'The sender’s mail server unreachable when the check ran (then it is temporary).'],
			fix: [
				'Send with an envelope sender that exists and whose domain has working MX records.',
				'Read the lines above “Sender verify failed” in the reply: they say what failed, such as “Unrouteable address” for a domain without mail servers, or the sender’s own server refusing the mailbox.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: `${SPEC}/ch-access_control_lists.html`,
		},
		// "550 Unrouteable address" (a recipient that routes nowhere)
		{
			phrase: /\bUnrouteable address\b/i,
			title: 'No route to the address',
			meaning: 'The server could not find anywhere to deliver the address: its domain has no usable mail servers in DNS, or the server’s routing has no place for it. Exim gives this text when none of its routers accepts the address, so the message never left that server.',
			causes: ['A misspelt or expired domain.', 'Broken MX records (pointing to names with no address).'],
			fix: [
				'Check the address’s domain with the recipient by another channel.',
				'Look the domain up yourself (dig MX and dig A on it): if neither answers, the address cannot receive mail as written.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'hostunknown',
			source: `${SPEC}/ch-access_control_lists.html`,
		},
		// "550 Administrative prohibition" (a refusal whose rule gives no message of its own)
		{
			phrase: /\badministrative prohibition\b/i,
			title: 'Refused by the receiving administrator’s rules',
			meaning: 'One of the receiving server’s access rules refused the message without saying which; this is the text Exim uses when a rule gives no message of its own. Only the receiving server’s log records which rule it was, so the reply itself cannot tell a block list from a local filter.',
			causes: ['A local block on the sender, its domain or its IP, or a filter on the recipient’s side.'],
			fix: [
				'Ask the recipient, by another channel, to have their administrators look up the refusal in their logs.',
				'Give them the time of sending, the sending IP and the full reply, so they can find the line that names the rule.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: `${SPEC}/ch-access_control_lists.html`,
		},
		// "552 Message size exceeds maximum permitted" (message_size_limit)
		{
			phrase: /\bMessage size exceeds maximum permitted\b/i,
			title: 'Message larger than the server accepts',
			meaning: 'The message, attachments included, is bigger than the largest message the receiving server accepts. Exim gives this text when a message is over its message_size_limit, 50 MB unless the administrator changed it; the size counted is the encoded message, larger than the files themselves.',
			causes: [...TOO_LARGE.causes],
			fix: [...TOO_LARGE.fix, 'If the files must go by email, ask the recipient what size their server accepts, or split them over several smaller messages.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'mesgtoobig',
			source: `${SPEC}/ch-main_configuration.html`,
		},
		// "421 Too many concurrent SMTP connections; please try again later." (smtp_accept_max)
		{
			phrase: /\bToo many concurrent SMTP connections\b/i,
			title: 'The receiving server is at its connection limit',
			meaning: 'The receiving server already has as many SMTP connections open as it allows, so it turned this one away; the sending server tries again later. Exim answers this 421 when smtp_accept_max connections (20 unless changed) are already open, before any mail is offered, so nothing about this message was judged.',
			causes: ['A busy receiving server, or many parallel connections from senders (including this one).'],
			fix: ['Nothing while the sender retries; a sending server can open fewer parallel connections to this destination.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: `${SPEC}/ch-main_configuration.html`,
		},
	],
});
