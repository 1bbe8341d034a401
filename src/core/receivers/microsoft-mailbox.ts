// Microsoft 365 / Exchange Online: exact codes of mailboxes and their limits, the system, routing
// and content (5.2.x–5.6.x). Facts and sources: microsoft.ts. Each comment quotes the shape of the
// message the rule matches.

import type {ProviderRule} from '../types';
import {NDR} from './microsoft-ranges';
import {FIX} from './microsoft-doc';

export const MICROSOFT_MAILBOX: ProviderRule[] = [
	// "550 5.2.2 Submission quota exceeded"
	{
		status: '5.2.2',
		phrase: /submission quota/i,
		title: 'Sender submission quota exceeded',
		meaning: "Microsoft meaning of 5.2.2 here: the sender exceeded Exchange Online's recipient or message rate limit, not a full mailbox. The sender’s own mailbox hit the limit, so all its outgoing mail is refused for now; reaching it from a normal mailbox often means the account is compromised.",
		causes: ['Bulk sending from a user mailbox.', 'A compromised account.'],
		fix: ['Wait for the limit window to reset and spread sending out.', 'Check the account for compromise.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: FIX('fix-error-for-submission-quota-exceeded-in-exchange-online'),
	},
	// "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException…"
	{
		status: '5.2.2',
		phrase: /mailbox (?:is )?full|QuotaExceeded|over (?:its )?quota/i,
		title: 'Recipient Exchange mailbox full',
		meaning: 'The recipient mailbox is over its storage quota and cannot take new mail. The message was refused, not lost: the sender can send it again once the recipient has made room.',
		causes: ['The recipient has not cleaned up or archived the mailbox.'],
		fix: ['Let the recipient know by another channel; resend after they free space.', 'Send large attachments as a link, which needs less of the recipient’s space.'],
		whoActs: 'recipient',
		retry: 'retry-after-fix',
		reason: 'mailboxfull',
		source: NDR,
	},
	// "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded"
	{
		status: '5.2.121',
		title: 'Too many messages to this recipient from you this hour',
		meaning: 'The sender has sent more messages per hour to this one Microsoft 365 recipient than Exchange Online allows. Microsoft sets this limit to keep an errant automated system or a mail storm from filling one inbox; later messages go through once the hour has passed.',
		causes: ['An automated system or loop mailing the same recipient repeatedly.'],
		fix: ['Send later and cap the hourly messages to a single recipient.', 'Check for an automated mailer or a loop that keeps writing to the recipient.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: NDR,
	},
	// "550 5.2.122 Recipient's per hour message receive limit exceeded"
	{
		status: '5.2.122',
		title: 'Recipient over its hourly receive limit',
		meaning: 'The Microsoft 365 recipient has received more messages this hour, from all senders together, than Exchange Online allows. The limit protects the inbox from mail storms; it is not about this sender, and mail goes through again once the hour has passed.',
		causes: ['A mail storm towards the recipient from one or several systems.'],
		fix: ['Send again later; reduce automated mail to this recipient.', 'If an automated system writes to this recipient, group its messages into fewer.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: NDR,
	},
	// "550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled"
	{
		status: '5.3.190',
		title: 'Journaling to Microsoft 365 not enabled',
		meaning: 'An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is off for the organisation. Microsoft 365 refuses such journal reports until an administrator of the organisation changes one of the two settings.',
		causes: ['A journal rule pointing at Microsoft 365 without Journaling Archive.'],
		fix: ['Enable Journaling Archive, or point the journal rule somewhere else.', 'Check the journal rule in the on-premises Exchange organisation and its journaling mailbox address.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'systemerror',
		source: NDR,
	},
	// "550 5.4.1 Relay Access Denied"
	{
		status: '5.4.1',
		phrase: /relay access denied/i,
		title: 'Relay access denied',
		meaning: "The server that answered does not accept mail for the recipient's domain; usually DNS (MX) or server configuration is wrong. The mail was sent to a server that is not the final destination for that domain, so it refused to pass it on.",
		causes: ['The MX record points at a server that does not host the domain.', 'The domain is missing from accepted domains.'],
		fix: ["Check the recipient domain's MX record and the accepted-domain settings of the receiving tenant.", 'Ask the recipient’s administrator by another channel to correct the MX record or the server’s accepted domains.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'norelaying',
		source: FIX('fix-error-code-550-5-4-1-in-exchange-online'),
	},
	// "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)"
	{
		status: '5.4.1',
		phrase: /address rejected/i,
		title: 'Recipient rejected by directory-based edge blocking',
		meaning: 'Microsoft 365 checked the address against the recipient tenant directory at the edge and found no such recipient. The recipient organisation refuses mail to addresses that are not in its directory before accepting the message, so the address is wrong or removed.',
		causes: ['The address does not exist in the recipient tenant.'],
		fix: ['Check the address with the recipient; remove it from lists.', 'Ask the recipient for their correct address by another channel.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking',
	},
	// "554 5.4.6 Routing loop detected" (Exchange Server, hybrid)
	{
		status: '5.4.6',
		title: 'Mail loop (Exchange Server)',
		meaning: 'An on-premises Exchange server stopped a message that kept looping (after about 20 rounds). Each delivery produced another message in response, so the message went round in a circle; it is the on-premises Exchange form of 5.4.14, seen in hybrid setups.',
		causes: ['Forwarding rules or connectors sending mail back and forth.'],
		fix: ["Check forwarding and inbox rules of sender and recipient, and hybrid connectors / targetAddress values.", 'Remove the rule or forwarding that sends the message back, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'networkerror',
		source: FIX('fix-error-code-5-4-6-through-5-4-20-in-exchange-online'),
	},
	// "554 5.4.14 Hop count exceeded - possible mail loop ATTR34" (Exchange Online)
	{
		status: '5.4.14',
		title: 'Mail loop (Exchange Online)',
		meaning: 'Exchange Online stopped a message that was looping between systems. Each delivery produced another message in response, so Exchange Online stopped the cycle after about 20 rounds rather than letting it exhaust the servers.',
		causes: ['Automatic forwarding loops, or MX/connector routing that sends mail back to Microsoft 365.'],
		fix: ['Check mailbox forwarding, inbox rules and outbound connectors / MX records for a cycle.', 'Remove the forwarding or routing that sends the message back, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'networkerror',
		source: FIX('fix-error-code-5-4-6-through-5-4-20-in-exchange-online'),
	},
	// "550 5.4.300 Message expired"
	{
		status: '5.4.300',
		title: 'Delivery took too long',
		meaning: 'The message expired: the destination never answered in time, or an NDR about it could not be returned. Microsoft gives up when the destination never responds, or when the message caused an NDR that could not be delivered back to the sender.',
		causes: ['An unresponsive destination server.'],
		fix: ['Check that the recipient domain is reachable, then resend.', 'Contact the recipient by another channel to ask whether their mail server is working.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'expired',
		source: NDR,
	},
	// "550 5.5.0 Requested action not taken: mailbox unavailable" (hotmail.com / outlook.com recipients)
	{
		status: '5.5.0',
		phrase: /mailbox unavailable/i,
		title: 'Outlook.com / Hotmail address not found',
		meaning: 'The @outlook.com or @hotmail.com address was not found by address lookup (the consumer-side form of 5.1.10). Resending will not help: the consumer account does not exist, or no longer does.',
		causes: ['A typo or a closed Outlook.com account.'],
		fix: ['Check the address with the recipient; do not resend.', 'Ask the recipient for their current address by another channel and remove this one from lists.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: NDR,
	},
	// "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds…" / "Invalid characters"
	{
		status: '5.6.11',
		title: 'Bare line feeds in the message',
		meaning: 'The message contains bare LF characters (without CR), which the receiving server refuses. The sending program added these invalid characters, not the person who wrote the message, so the same program fails again until it is fixed.',
		causes: ['A script or application writing lines with \\n instead of \\r\\n.'],
		fix: ['Fix the sending application to use CRLF line endings, or use a standard mail library.', 'Resend from another mail client in the meantime.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'contenterror',
		source: FIX('fix-error-code-550-5-6-11-in-exchange-online'),
	},
];
