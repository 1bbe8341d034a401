// Gmail's 5.7.1 policy refusals (DMARC, reputation, spam, IPv6, RFC 5322, SMTP relay) and 5.7.25.
// Facts and sources: google.ts. Each comment quotes the shape of the message the rule matches.

import type {ProviderRule} from '../types';
import {CODES, GUIDELINES, POSTMASTER} from './google-doc';

export const GOOGLE_POLICY: ProviderRule[] = [
	// "… because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy."
	{
		phrase: /(?:doesn't|does not) have a DMARC record|DMARC record (?:doesn't|does not) specify/i,
		title: 'No DMARC record for a bulk sender',
		meaning: 'The sending domain has no DMARC record (or one without a policy). Gmail requires one from bulk senders. Gmail asks this of every domain that sends in bulk to Gmail.',
		causes: ['No _dmarc TXT record for the From: domain.'],
		fix: ['Publish a TXT record at _dmarc.example.com, at least "v=DMARC1; p=none; rua=mailto:…".', 'Resend once the record is published; a p=none policy is enough to meet the requirement.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'authfailure',
		source: CODES,
	},
	// "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email
	// that you sent." (older replies: "… has a policy that prohibited the mail that you sent.")
	{
		status: '5.7.1',
		phrase: /policy that prohibit(?:s|ed)\b/i,
		title: 'Recipient or sender domain policy prohibits this mail',
		meaning: "A policy on the recipient's (or the sender's) Workspace domain forbids this message. The rule belongs to a Workspace domain’s administrator, not to Gmail’s spam filters, so resending fails until they change it.",
		causes: ['The domain only exchanges mail with approved senders or recipients.', 'A content compliance policy.'],
		fix: ["Ask the domain's administrator which policy applies and how to be allowed.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: CODES,
	},
	// "550 5.7.1 This message is likely suspicious due to the very low reputation of the sending IP address / domain."
	{
		status: '5.7.1',
		phrase: /low reputation/i,
		title: 'Very low sender reputation (blocked)',
		meaning: 'Gmail blocked the message because the sending IP or domain has a very low reputation with Gmail. Gmail will keep refusing mail from that IP or domain until its reputation recovers, which takes time and cleaner sending.',
		causes: ['Complaints, spam traps, or bulk mail from a new or damaged IP/domain.'],
		fix: [POSTMASTER, 'Pause bulk sends, clean lists to engaged recipients, and restart slowly.', GUIDELINES],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'badreputation',
		source: CODES,
	},
	// "550 5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked."
	{
		status: '5.7.1',
		phrase: /unsolicited/i,
		title: 'Blocked as likely spam',
		meaning: "Gmail's spam filters judged this message to be unsolicited mail and refused it. The recipient address is fine; the same message is likely to be refused again, so change what makes it look unsolicited before resending.",
		causes: ['Spam-like content or links.', 'Poor engagement or complaints for the sender.'],
		fix: [POSTMASTER, 'Review content and links; send only to opted-in recipients.', GUIDELINES],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'spamdetected',
		source: CODES,
	},
	// "550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication."
	{
		status: '5.7.1',
		phrase: /IPv6 sending guidelines/i,
		title: 'IPv6 sender missing PTR or authentication',
		meaning: 'Over IPv6, Gmail requires a PTR record for the sending address plus SPF or DKIM; this message lacked one of them. The same message sent over IPv4 is not held to this rule, which is why some copies go through and others bounce.',
		causes: ['No reverse DNS for the IPv6 address.', 'SPF does not list the IPv6 address.'],
		fix: ['Set a PTR for the IPv6 address and add it to SPF (ip6:), or send over IPv4 until it is done.', 'Resend once the PTR and SPF or DKIM are in place.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'requireptr',
		source: CODES,
	},
	// "550 5.7.1 … not RFC 5322 compliant …" / "Messages missing a valid Message-ID: header …" / "… multiple addresses in the From: header …" / "Encoded-word syntax is not permitted …"
	{
		status: '5.7.1',
		phrase: /RFC ?5322|Message-ID|From: header|unicode character|Encoded-word|duplicate headers/i,
		title: 'Headers break the message format rules',
		meaning: 'Gmail refused the message because its headers do not follow RFC 5322: missing or multiple From:, missing Message-ID, duplicated or malformed headers, or forbidden characters. The sending program built the header, so every message it sends fails the same way until it is fixed.',
		causes: ['A hand-rolled mail generator or a broken template.'],
		fix: ['Send exactly one valid From: and a unique Message-ID; remove duplicate headers.', 'Use a standard mail library to build messages.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'notcompliantrfc',
		source: CODES,
	},
	// "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers."
	{
		status: '5.7.1',
		phrase: /not authorized to send (?:e?mail )?directly/i,
		title: 'IP not allowed to deliver directly',
		meaning: 'The sending IP looks like an end-user or dynamic address, which Gmail does not accept direct-to-MX mail from. This is about the kind of address, not a spam accusation: the same mail sent through a provider’s outgoing server is accepted.',
		causes: ['A home or mobile connection running its own mail server.', 'An IP on a policy blocklist such as the Spamhaus PBL.'],
		fix: ["Send through your provider's or ISP's SMTP relay (smarthost) instead.", 'For a static business IP, ask the ISP for a PTR name that does not look dynamic.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: CODES,
	},
	// "550 5.7.1 Invalid credentials for relay <ip>. The IP address you've registered in your Workspace SMTP Relay service doesn't match …"
	{
		status: '5.7.1',
		phrase: /credentials for relay/i,
		title: 'Relay IP and sending domain do not match',
		meaning: 'The IP registered in the Workspace SMTP relay service is not allowed to send for the domain used, or the envelope sender is empty. Google’s relay only sends for the domains and IPs set up in the Workspace account, so it refuses the rest.',
		causes: ['A device relaying for a domain outside the Workspace account.'],
		fix: ['Use SMTP AUTH for the relay, or present one of your domains in HELO/EHLO, as the relay settings require.', 'Check the SMTP relay service settings in the Admin console (Apps > Gmail > Routing).'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'norelaying',
		source: CODES,
	},
	// "550 5.7.1 Daily SMTP relay sending limit exceeded for this customer."
	{
		status: '5.7.1',
		phrase: /relay sending limit/i,
		title: 'Workspace relay limit for the whole account reached',
		meaning: 'The Workspace customer as a whole has reached its daily SMTP relay allowance. Every user and device relaying through the account is held back until the window resets.',
		causes: ['High relay volume across the account.'],
		fix: ['Wait for the daily window to reset; move bulk traffic to a dedicated service.', 'Check the relay settings for a device or account sending more than expected.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'exceedlimit',
		source: CODES,
	},
	// "550 5.7.1 This email has been rate limited."
	{
		status: '5.7.1',
		phrase: /rate limited/i,
		title: 'Refused by a Gmail rate limit',
		meaning: 'Gmail refused this copy because a sending rate limit was exceeded. This copy was refused, not queued, so it has to be sent again once the rate has come down.',
		causes: ['Too much mail too quickly from the sender.'],
		fix: ['Slow down and resend later.', 'Check for a loop or an automated system sending the same mail repeatedly.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: CODES,
	},
	// "550 5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address."
	{
		status: '5.7.25',
		title: 'Missing or mismatched PTR record (blocked)',
		meaning: 'Gmail refused the message because the sending IP has no reverse DNS (PTR) record, or the PTR name does not resolve back to that IP. Gmail checks that the IP’s reverse name and that name’s forward lookup agree; until they do, mail from the IP is refused.',
		causes: ['No PTR on the sending IP.', 'PTR points to a name with no matching A/AAAA record.'],
		fix: ['Ask the IP owner to set a PTR record to your mail host name.', 'Make that host name resolve to the same IP, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'requireptr',
		source: CODES,
	},
];
