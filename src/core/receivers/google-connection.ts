// Gmail and Google Workspace: an admin's custom rules (first: they override Gmail's own verdicts) and
// the 4.7.0 replies about the connection: PTR, TLS, allow lists, reputation, login attempts.
// Facts and sources: google.ts. Each comment quotes the shape of the message the rule matches.

import type {ProviderRule} from '../types';
import {CODES, GUIDELINES, POSTMASTER} from './google-doc';

export const GOOGLE_CONNECTION: ProviderRule[] = [
	// Admin custom rules first: "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp"
	{
		status: '5.7.1',
		phrase: /\bgcdp\b/i,
		title: 'Blocked by a Google Workspace admin rule',
		meaning: "A custom rule written by the recipient organisation's Workspace administrator refused this message; Gmail's own filters did not. The refusal is that organisation’s choice, so only its administrator can say which rule matched or make an exception.",
		causes: ['A content, attachment, sender or routing rule in the Admin console matched the message.'],
		fix: ["Ask the recipient organisation's admin which rule matched (Admin console > Apps > Gmail > Compliance / Routing).", 'Change the message so the rule no longer matches, or have the admin add an exception.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: CODES,
	},
	// "421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP."
	{
		status: '4.7.0',
		phrase: /PTR record/i,
		title: 'Sending IP lacks matching reverse DNS (rate limited)',
		meaning: 'The sending IP has no PTR record, or the PTR name does not resolve back to the IP, so Gmail is slowing mail from it. Mail is delayed, not refused: the sending server keeps retrying, but the deferrals go on until reverse DNS is fixed.',
		causes: ['No reverse DNS on the sending IP.', 'Forward-confirmed reverse DNS broken (PTR name has no A/AAAA record pointing back).'],
		fix: ['Ask whoever controls the IP (hosting provider or ISP) to set a PTR record naming your mail host.', 'Publish an A/AAAA record for that name pointing to the same IP.', GUIDELINES],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'requireptr',
		source: CODES,
	},
	// "421 4.7.0 TLS required for RCPT domain, closing connection."
	{
		status: '4.7.0',
		phrase: /TLS required/i,
		title: 'Recipient domain requires TLS',
		meaning: "The recipient's Workspace domain only accepts mail over an encrypted (TLS) connection, and this session was not encrypted. The requirement is set by the recipient’s administrator, and the sending server keeps retrying until it can encrypt the connection.",
		causes: ['The sending server did not use STARTTLS, or TLS negotiation failed.'],
		fix: ['Enable STARTTLS on the sending server and make sure it can negotiate TLS 1.2 or later with Gmail.', 'Check the sending server’s TLS log for the handshake error if STARTTLS is already on.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "421 4.7.0 IP not in whitelist for RCPT domain, closing connection."
	{
		status: '4.7.0',
		phrase: /not in whitelist|allowlist/i,
		title: "Sending IP not on the recipient domain's allowlist",
		meaning: "The recipient's Workspace domain accepts mail only from listed IP addresses, and this IP is not on the list. The recipient organisation chose this restriction, so only its administrator can add an IP.",
		causes: ['The domain restricts inbound mail to its gateway or partner IPs.'],
		fix: ['Send through the route the recipient organisation expects, or ask its admin to add your IP.', 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: CODES,
	},
	// "421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address / domain."
	{
		status: '4.7.0',
		phrase: /low reputation/i,
		title: 'Very low sender reputation (deferred)',
		meaning: 'Gmail rates the sending IP or domain so poorly that it is rate-limiting or blocking this mail for now. Mail is delayed for now, but keeps being held back until the reputation recovers.',
		causes: ['Spam complaints, spam-trap hits or sudden volume from the IP or domain.', 'A new IP or domain with no history sending in bulk.'],
		fix: [POSTMASTER, 'Send only to engaged, opted-in recipients and lower the volume.', GUIDELINES],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'badreputation',
		source: CODES,
	},
	// "421 4.7.0 This message is suspicious due to the nature of the content or the links within."
	{
		status: '4.7.0',
		phrase: /nature of the content|links within/i,
		title: 'Suspicious content or links (deferred)',
		meaning: "Gmail's filters judged the content or links of this message suspicious and held it back. The address and the sending IP may be fine; the same content keeps being held back until it changes.",
		causes: ['Links to domains with a poor reputation, URL shorteners, or spam-like content.'],
		fix: ['Check every linked domain against blocklists (e.g. Spamhaus DBL).', 'Remove shorteners and suspicious links; test with a small send.', POSTMASTER],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'spamdetected',
		source: CODES,
	},
	// "454 4.7.0 Too many login attempts, please try again later." / "454 4.7.0 Cannot authenticate due to a temporary system problem."
	{
		status: '4.7.0',
		phrase: /login attempts|cannot authenticate/i,
		title: 'SMTP login to Gmail temporarily refused',
		meaning: 'An SMTP AUTH login to Gmail (smtp.gmail.com) was refused for now, after too many attempts or a temporary fault. No mail is sent until the client logs in, and more wrong attempts make the wait longer.',
		causes: ['A client retrying with wrong credentials.', 'Many clients logging in to one account at once.'],
		fix: ['Fix the stored password or switch the client to OAuth / an app password.', 'Wait a while before the client logs in again.'],
		whoActs: 'sender',
		retry: 'will-retry',
		reason: 'securityerror',
		source: CODES,
	},
	// "421 4.7.0 Try again later, closing connection. (EHLO)" / "Connection expired, try reconnecting."
	{
		status: '4.7.0',
		title: 'Gmail deferred the connection',
		meaning: 'Gmail closed or refused the session for now without a specific reason; usually rate or reputation based, sometimes a TLS or session-time issue. The message stays queued and the sending server tries again later.',
		causes: ['Too many connections or messages from your IP.', 'Reputation of the IP or domain.', 'A session that stayed open too long.'],
		fix: ['Let the server retry with fewer parallel connections.', POSTMASTER],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'blocked',
		source: CODES,
	},
];
