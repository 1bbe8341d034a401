// Microsoft 365 / Exchange Online: exact codes of the queue, connections and rate limits (4.4.x, 4.7.x),
// and of addresses (5.0.x, 5.1.x). Facts and sources: microsoft.ts. Each comment quotes the shape of
// the message the rule matches.

import type {ProviderRule} from '../types';
import {NDR} from './microsoft-ranges';
import {FIX, SNDS} from './microsoft-doc';

export const MICROSOFT_DELIVERY: ProviderRule[] = [
	// "550 4.4.7 QUEUE.Expired; message expired" / "4.4.7 Message delayed"
	{
		status: '4.4.7',
		title: 'Message expired in the queue',
		meaning: 'Exchange kept retrying until the message lifetime ran out; the receiving server never accepted it in time. Microsoft says this usually points at the receiving server, or at too many recipients in the message header for that host; resending queues the message again and delivers it once the server is available.',
		causes: ['The receiving server was down, unreachable or kept deferring.', 'Too many recipients for the receiving host in one message.'],
		fix: ["Check that the recipient domain's MX hosts accept mail (telnet/openssl to port 25).", 'Resend once the destination works; split very large recipient lists.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'expired',
		source: FIX('fix-error-code-550-4-4-7-in-exchange-online'),
	},
	// "451 4.4.316 Connection refused [Message=Socket error code 10061]"
	{
		status: '4.4.316',
		title: 'Destination refused the connection (retrying)',
		meaning: 'The destination mail server refused TCP connections from Microsoft 365; Exchange Online keeps trying. The problem is almost always at the receiving server or its network, outside Microsoft 365; the error names the IP that refused, which tells who has to fix it.',
		causes: ['The destination server or its firewall is down or blocks Microsoft 365 IPs.'],
		fix: ["Ask the recipient's admin to check port 25 and firewall rules for Microsoft 365 ranges.", 'Contact the recipient by another channel and give them the error with that IP.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'networkerror',
		source: NDR,
	},
	// "450 4.4.312 DNS query failed [Message=InfoNoRecords]"
	{
		status: '4.4.312',
		title: 'DNS lookup of the destination failed (retrying)',
		meaning: 'Exchange Online could not look up the mail servers of the recipient domain and keeps trying. Nothing is wrong with the message: it waits in the queue until the recipient domain’s DNS answers again, or expires if it never does.',
		causes: ["The recipient domain's DNS is failing or has no MX/A records."],
		fix: ["Check the recipient domain's MX records; the recipient's admin must fix its DNS.", 'Let the queue retry; if the domain’s DNS is gone for good, ask the recipient for another address.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'networkerror',
		source: NDR,
	},
	// "451 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)"
	{
		status: '4.4.318',
		title: 'Destination closed the connection abruptly',
		meaning: 'The destination server dropped the SMTP session mid-way; Exchange Online will try again. The message stays in the Microsoft 365 queue and is retried; it only fails if the destination keeps cutting sessions until the message expires.',
		causes: ['An unstable or overloaded destination server, or a filtering device cutting sessions.'],
		fix: ["If it persists, the recipient's admin must check their gateway.", 'Let the queue retry; contact the recipient by another channel if the message is urgent.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'networkerror',
		source: NDR,
	},
	// "451 4.7.26 Access denied, a message sent over IPv6 […] must pass either SPF or DKIM validation, this message is not signed"
	{
		status: '4.7.26',
		title: 'IPv6 mail must pass SPF or DKIM',
		meaning: 'Microsoft 365 only accepts mail over IPv6 when it passes SPF or DKIM; this message passed neither. The reply is a temporary refusal, but retries fail the same way until the sending domain’s SPF or DKIM is fixed.',
		causes: ['SPF lacks the sending IPv6 address and the message is not DKIM-signed.'],
		fix: ['Add the IPv6 address to SPF (ip6:) or sign with DKIM; or send over IPv4.', 'Check the result in the Authentication-Results header of a test message, then let the queue retry.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'authfailure',
		source: NDR,
	},
	// "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)"
	{
		status: '4.7.650',
		title: 'Rate limited due to IP reputation',
		meaning: "Microsoft is throttling the sending IP because of its reputation; mail is deferred, not refused. Retry later at a lower volume. Nothing is lost while the queue keeps the messages.",
		causes: ['Complaints, spam-trap hits or a sudden volume spike from the IP.', 'A new IP without sending history at Microsoft.'],
		fix: ['Lower the sending rate to Microsoft domains and let the queue retry.', SNDS, 'If it persists, open a ticket through the Outlook.com sender support form (olcsupport.office.com).'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'badreputation',
		source: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
	},
	// "451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115)"
	{
		status: '4.7.652',
		title: 'Too many connections from the IP',
		meaning: 'The sending IP opened more simultaneous connections than Microsoft allows; extra sessions are deferred. The messages stay queued and are delivered once fewer connections are open.',
		causes: ['An MTA with high concurrency towards Microsoft MX hosts.'],
		fix: ['Lower the number of parallel connections to Microsoft domains and let the queue retry.', 'Reuse connections for several messages instead of opening one per message.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'toomanyconn',
		source: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
	},
	// "550 5.0.350 Generic error" / "x-dg-ref header is too long" / "Requested action not taken: policy violation detected (AS345)"
	{
		status: '5.0.350',
		title: 'Generic error from the recipient organisation',
		meaning: "A catch-all error returned by the recipient's organisation; the text after the code says what happened (an oversized x-dg-ref header from rich-text mail, or nested attachments). Microsoft uses 5.0.350 for many unspecific errors from the recipient’s organisation, so read the text before acting.",
		causes: ['Rich Text (TNEF) formatting producing a huge x-dg-ref header.', 'Attachments nested inside attached messages.'],
		fix: ['Resend in HTML format without nested attachments.', 'If the text names neither, send the full NDR to the recipient’s administrator by another channel.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: FIX('fix-error-code-550-5-0-350-in-exchange-online'),
	},
	// "550 5.1.0 Sender denied"
	{
		status: '5.1.0',
		title: 'Sender or recipient address could not be resolved',
		meaning: 'Exchange could not resolve an address of the message; often a reply to a message saved as a file, whose stored address no longer resolves. Outlook keeps only an internal Exchange address (legacyExchangeDN) in a saved message, and that lookup fails when the message is opened offline and replied to.',
		causes: ['Replying to a .msg file opened offline.', 'A malformed address.'],
		fix: ['Start a new message and type the address again.', 'Check the recipient address is correctly formatted, then send the new message.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-550-5-1-0-in-exchange-online'),
	},
	// "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found" / "Bad destination mailbox address"
	{
		status: '5.1.1',
		title: 'Recipient mailbox does not exist',
		meaning: 'The destination has no mailbox for this address. The address may have been mistyped, changed or removed, or Outlook’s cached address for a moved mailbox is stale; resending the same message fails the same way.',
		causes: ['A typo, a removed mailbox, or a stale autocomplete entry.'],
		fix: ['Retype the address (do not pick it from autocomplete) and confirm it with the recipient.', 'Remove it from lists if it keeps failing.', 'Within one organisation, remove the entry from the Outlook recipient cache (autocomplete) and write a new message.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: FIX('fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online'),
	},
	// "550 5.1.8 Access denied, bad outbound sender"
	{
		status: '5.1.8',
		title: 'Sending account blocked for spam',
		meaning: 'Microsoft 365 blocked the sending account from sending because it sent spam, typically after being compromised. Until an admin releases it, every message the account sends is refused, whoever the recipient.',
		causes: ['A phished or malware-infected account.'],
		fix: ['Reset the password, enforce MFA and check inbox rules and forwarding.', 'Release the user from the Restricted entities page in the Microsoft Defender portal.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-1-8-in-exchange-online'),
	},
	// "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
	{
		status: '5.1.10',
		title: 'Recipient not found (SMTP address lookup)',
		meaning: 'Microsoft 365 looked the address up in the recipient tenant and found no mailbox, group or contact with it. Permanent: the address does not exist there.',
		causes: ['A typo in the address.', 'The mailbox was deleted or never licensed.', 'A stale Outlook autocomplete entry.'],
		fix: ['Check the spelling and confirm the address with the recipient.', 'Do not resend to it and remove it from lists.', "If you are the recipient's admin, check the user exists and has a licensed mailbox (or the domain is set to internal relay)."],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: FIX('fix-error-code-550-5-1-10-in-exchange-online'),
	},
	// "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients"
	{
		status: '5.1.90',
		title: 'Daily recipient limit reached',
		meaning: 'The Microsoft 365 sender has gone over the daily recipient rate limit of Exchange Online. Exchange Online counts recipients per day for each mailbox; reaching the limit from a normal mailbox often means the account has been compromised and is sending spam.',
		causes: ['A mass mailing from a user mailbox.', 'A compromised account sending spam.'],
		fix: ['Wait up to 24 hours for the limit to reset.', 'Check the account for compromise; use a bulk-mail service for newsletters.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: NDR,
	},
	// "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 …"
	{
		status: '5.1.351',
		title: 'Remote server reported an unknown recipient',
		meaning: 'Exchange relays the verdict of the next server: it said the recipient is unknown or the mailbox unavailable. Microsoft 365 is only passing on the answer of the server behind it, so the address is unknown there, not in Microsoft 365.',
		causes: ['The recipient address does not exist on the downstream server.'],
		fix: ['Read the nested reply after "->" for details; correct the address.', 'Confirm the address with the recipient by another channel, and do not resend to it as it is.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: NDR,
	},
];
