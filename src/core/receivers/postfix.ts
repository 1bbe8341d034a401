// Postfix, the receiving server's software: the fixed reply texts of its SMTP server's access
// restrictions. Any provider's server may run Postfix, so these phrase rules are tried for every
// bounce (index.ts, last tier), after the provider's own. The texts are those smtpd_check.c writes
// (postfix/src/smtpd/smtpd_check.c); what each restriction checks is documented in postconf(5),
// whose section for it each rule links. Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {RELAY_FIX, SENDER_DOMAIN_FIX, TOO_LARGE} from './advice';

const POSTCONF = 'https://www.postfix.org/postconf.5.html';

export const postfix: Receiver = defineReceiver({
	id: 'postfix',
	name: 'Postfix',
	anywhere: true,
	kind: 'software',
	// Not detected by name: a bounce naming Postfix is often about another provider's reply, whose
	// rules must not lose to these (the popup and context menu explain in the first detected provider).
	detect: [],
	rules: [
		// "554 5.7.1 <user@example.com>: Relay access denied" (reject_unauth_destination; 454 4.7.1 with defer_unauth_destination)
		{
			phrase: /\bRelay access denied\b/i,
			title: 'Relay access denied',
			meaning: 'The server that answered does not take mail for the recipient’s domain, and does not relay for the sender either: the sender’s client is neither on its own network nor logged in. Postfix answers this way (its reject_unauth_destination check) so that strangers cannot use it to pass mail on to other domains; a 454 instead of 554 is the same check set to defer.',
			causes: [
				'A mail client sending through an outgoing server without logging in (SMTP authentication off, or the wrong port).',
				'The message went to the wrong server: the recipient domain’s MX records do not point to it, or the domain is misspelt.',
				'The receiving server was not told that it handles this domain.',
			],
			fix: [
				...RELAY_FIX,
				'On the receiving server: list the domain in mydestination, virtual_mailbox_domains or relay_domains.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: `${POSTCONF}#reject_unauth_destination`,
		},
		// "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table" (… local recipient / virtual alias / relay recipient table)
		{
			phrase: /Recipient address rejected: User unknown in (?:local recipient|virtual mailbox|virtual alias|relay recipient) table/i,
			title: 'No such recipient (not in the server’s address table)',
			meaning: 'The receiving server keeps the list of valid addresses for this domain, and the recipient is not on it: the address does not exist there. Postfix checks this while the message is still being offered, so nothing was delivered; the table the reply names (local recipient, virtual mailbox, virtual alias or relay recipient) only says how the server stores its addresses.',
			causes: ['A typo in the address.', 'A mailbox or alias that was removed.', 'An address that never existed.'],
			fix: ['Check the spelling with the recipient by another channel.', 'Remove the address from mailing lists: sending again fails the same way.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: `${POSTCONF}#local_recipient_maps`,
		},
		// "450 4.1.8 <sender@example.org>: Sender address rejected: Domain not found" (reject_unknown_sender_domain)
		{
			phrase: /Sender address rejected: Domain not found/i,
			title: 'The sender’s domain is not in DNS',
			meaning: 'The receiving server looked up the domain of the envelope sender (MAIL FROM) and found no MX or address record, so a reply or bounce could not reach it; it refuses such mail. Postfix’s reject_unknown_sender_domain check also refuses a domain whose MX record is malformed; its default reply is a temporary 450, so the sending server retries for a while before the message bounces.',
			causes: ['A typo or made-up domain in the envelope sender, often set by an application or a web form.', 'An expired domain, or its DNS servers failing (then the refusal is temporary).'],
			fix: [...SENDER_DOMAIN_FIX],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: `${POSTCONF}#reject_unknown_sender_domain`,
		},
		// "504 5.5.2 <sender>: Sender address rejected: need fully-qualified address" (reject_non_fqdn_sender)
		{
			phrase: /Sender address rejected: need fully-qualified address/i,
			title: 'The sender address has no full domain',
			meaning: 'The envelope sender (MAIL FROM) is not a complete address with a domain such as example.com, so the receiving server refuses it. Postfix’s reject_non_fqdn_sender check answers this way (504 by default): a bare name or a name at a host without a dot means nothing outside the machine that wrote it, and no bounce could be returned to it.',
			causes: ['An application or script sending as a bare name (“www-data”, “root@localhost”).'],
			fix: [
				'Set a full sender address (name@example.com) in the sending application or server (myorigin in Postfix).',
				'From a script, give the sender explicitly (sendmail -f name@example.com, or the library’s sender setting), then send again.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: `${POSTCONF}#reject_non_fqdn_sender`,
		},
		// "450 4.1.2 <user@example.net>: Recipient address rejected: Domain not found" (reject_unknown_recipient_domain)
		{
			phrase: /Recipient address rejected: Domain not found/i,
			title: 'The recipient’s domain is not in DNS',
			meaning: 'The domain after the @ of the recipient has no MX or address record, so no server can be found to deliver to. The server that said so (Postfix’s reject_unknown_recipient_domain check) refused the recipient before taking the message; its default reply is a temporary 450, so a failing name server does not make mail bounce at once.',
			causes: ['A typo in the domain.', 'An expired domain, or its DNS servers failing (then the refusal is temporary).'],
			fix: [
				'Check the domain’s spelling with the recipient by another channel.',
				'Look the domain up yourself (dig MX and dig A on it): no answer to either confirms it; an answer means its DNS was failing for a while and a new attempt may pass.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'hostunknown',
			source: `${POSTCONF}#reject_unknown_recipient_domain`,
		},
		// "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]" / "… cannot find your reverse hostname, [192.0.2.1]"
		{
			phrase: /Client host rejected: cannot find your (?:reverse )?hostname/i,
			title: 'The sending IP has no matching reverse DNS',
			meaning: 'The receiving server requires the sending IP address to have a name in reverse DNS (a PTR record), and that name to point back to the same address; this one does not. “Cannot find your reverse hostname” means the PTR lookup itself failed (Postfix’s reject_unknown_reverse_client_hostname); “cannot find your hostname” also fails when the PTR name does not lead back to the IP (reject_unknown_client_hostname).',
			causes: ['No PTR record for the sending IP.', 'A PTR name whose A or AAAA record does not list the IP.', 'A temporary DNS failure (then the refusal is 4xx and clears by itself).'],
			fix: [
				'Ask whoever owns the IP (hosting or network provider) for a PTR record naming the mail server, and give that name an A/AAAA record with the same IP.',
				'Check both directions yourself: dig -x on the sending IP gives the name, and dig A (or AAAA) on that name must return the same IP.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'requireptr',
			source: `${POSTCONF}#reject_unknown_client_hostname`,
		},
		// "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname" / "450 4.7.1 <mail>: Helo command rejected: Host not found"
		{
			phrase: /Helo command rejected: (?:need fully-qualified hostname|Host not found|Invalid name)/i,
			title: 'The sending server’s HELO name is not a real host name',
			meaning: 'The name the sending server gave when it said HELO/EHLO is not a full domain name, or has no DNS record, and the receiving server refuses clients that introduce themselves that way. In Postfix, “need fully-qualified hostname” is its reject_non_fqdn_helo_hostname check, “Host not found” its reject_unknown_helo_hostname check (no A, AAAA or MX record for the name) and “Invalid name” its reject_invalid_helo_hostname check (bad syntax).',
			causes: ['A mail server left with a default name such as “localhost” or a bare machine name.', 'A name that was never published in DNS, or was removed from it.'],
			fix: [
				'Give the sending server a full host name (myhostname in Postfix) with an A/AAAA record, ideally the same name as the IP’s PTR record.',
				'Check the name it announces with dig A: once it resolves, a “Host not found” refusal clears on the next attempt.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: `${POSTCONF}#reject_non_fqdn_helo_hostname`,
		},
		// "530 5.7.0 Must issue a STARTTLS command first" (smtpd_tls_security_level = encrypt)
		{
			phrase: /Must issue a STARTTLS command first/i,
			title: 'The server only accepts mail over TLS',
			meaning: 'The receiving server requires the connection to be encrypted with STARTTLS before any mail, and the sender tried without it. RFC 3207 forbids a server that is publicly an MX from requiring TLS, so this reply usually comes from a submission server for mail clients (port 587) set to require encryption (smtpd_tls_security_level = encrypt in Postfix).',
			causes: ['A sending server or application with TLS turned off, or unable to negotiate it.', 'A mail client set to “no encryption” for its outgoing server.'],
			fix: [
				'Enable STARTTLS on the sending side (smtp_tls_security_level = may or encrypt in Postfix) and check it has a working TLS library and certificates.',
				'In a mail client, set the outgoing server’s security to STARTTLS on port 587 (or SSL/TLS on port 465), then send again.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: `${POSTCONF}#smtpd_tls_security_level`,
		},
		// "552 5.3.4 Message size exceeds fixed limit" (message_size_limit)
		{
			phrase: /Message size exceeds fixed limit/i,
			title: 'Message larger than the server accepts',
			meaning: 'The message, attachments included, is bigger than the largest message the receiving server accepts. Postfix gives this text when a message is over its message_size_limit, which is 10,240,000 bytes (about 10 MB) unless the administrator changed it, and the size counted is the encoded message, not the files on disk.',
			causes: [...TOO_LARGE.causes],
			fix: [...TOO_LARGE.fix, 'If the files must go by email, ask the recipient what size their server accepts, or split them over several smaller messages.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'mesgtoobig',
			source: `${POSTCONF}#message_size_limit`,
		},
		// "452 4.3.1 Insufficient system storage" (queue_minfree)
		{
			phrase: /Insufficient system storage/i,
			title: 'The receiving server is short of disk space',
			meaning: 'The receiving server’s mail queue has less free space than it requires, so it defers new mail until space is freed; the sending server keeps retrying. Postfix refuses mail this way when its queue file system has less room than queue_minfree, or than one and a half times the largest message it accepts.',
			causes: ['A full disk on the receiving server.', 'A queue filled by a flood of incoming or undeliverable mail.'],
			fix: [
				'Nothing for the sender while it retries; if it lasts, tell the recipient’s administrators by another channel.',
				'For the recipient’s administrator: free space on the file system that holds the Postfix queue (postqueue -p shows what waits there) and check the queue_minfree setting.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'systemfull',
			source: `${POSTCONF}#queue_minfree`,
		},
		// "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied" (an access(5) table's REJECT)
		{
			phrase: /Client host rejected: Access denied/i,
			title: 'The receiving administrator refuses this sending host',
			meaning: 'The receiving server’s administrator listed the sending IP or host name in its access table to be refused. “Access denied” is the text Postfix gives when such an entry says REJECT without words of its own, so no public block list is involved: the entry stays until that administrator removes it.',
			causes: ['A local block on the IP, its network or its name, often after spam from it.', 'A broad entry (a whole network or hosting provider) that catches this sender by accident.'],
			fix: [
				'Ask the recipient, by another channel, to have their administrators allow the sending server.',
				'Give them the sending IP and the time of the refusal, so they can find the matching line in their mail log and the access table entry behind it.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.postfix.org/access.5.html',
		},
		// "554 5.7.1 <sender@example.org>: Sender address rejected: Access denied" (an access(5) table's REJECT)
		{
			phrase: /Sender address rejected: Access denied/i,
			title: 'The receiving administrator refuses this sender',
			meaning: 'The receiving server’s administrator listed the sender address or its domain in its access table to be refused. “Access denied” is the text Postfix gives when such an entry says REJECT without words of its own, so the block is local to that server and lasts until its administrator lifts it.',
			causes: ['A local block on the sender or its domain.', 'A domain-wide entry that catches this sender along with others of the same domain.'],
			fix: [
				'Ask the recipient, by another channel, to have their administrators allow the sender.',
				'Give them the exact envelope sender (the Return-Path of the message) and the time of the refusal, so they can find the entry that matched.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: 'https://www.postfix.org/access.5.html',
		},
	],
});
