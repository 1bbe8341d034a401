// Microsoft Exchange Online / Microsoft 365: code ranges and component prefixes.
// Ranges are first-class: a code inside 5.7.606–649 takes the range's meaning (index.ts inRange).
// Component prefixes (RESOLVER.ADR, RESOLVER.RST, STOREDRV, QUEUE, SMTPSEND) name the Exchange
// transport component that failed; they identify Microsoft and explain NDRs whose code is generic.
// Each comment quotes the shape of the message the rule matches.

import type {ProviderRule} from '../types';

export const NDR = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const NDR_DIR = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/';
const EXCHANGE_SERVER_NDR = 'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages';
const RULE_ACTIONS = 'https://learn.microsoft.com/en-us/exchange/mail-flow/mail-flow-rules/mail-flow-rule-actions';
export const DELIST = 'Request removal at the Microsoft delist portal, sender.office.com, once the cause is fixed.';

export const microsoftRangeRules: ProviderRule[] = [
	// "451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761)" / "4.7.500-699 Access denied, please try again later"
	{
		status: {from: '4.7.500', to: '4.7.699'},
		title: 'Temporarily restricted for suspicious activity (ASxxx)',
		meaning: 'Exchange Online Protection saw suspicious traffic from this sender or IP and is holding mail back while it evaluates. Microsoft says the restriction is lifted shortly if the activity is legitimate, so the queued mail then goes through.',
		causes: ['A sudden volume spike or a new IP sending to Microsoft 365.', 'Spam-like traffic from a shared IP.'],
		fix: ['Let the server keep retrying at a lower rate.', 'If it lasts more than a day, check the IP with Microsoft SNDS and the Outlook.com/EOP delist tools.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'blocked',
		source: `${NDR_DIR}fix-error-code-451-4-7-500-699-asxxx-in-exchange-online`,
	},
	// "4.7.850-899 Access denied, please try again later"
	{
		status: {from: '4.7.850', to: '4.7.899'},
		title: 'Sending IP temporarily restricted',
		meaning: 'Microsoft detected suspicious activity on the connecting IP and restricts it while it is being evaluated. Mail stays queued; if the activity is legitimate the restriction is lifted shortly.',
		causes: ['Suspicious traffic from the IP (spam, compromise, or an unusual pattern).'],
		fix: ['Keep retrying slowly; if the activity is legitimate the restriction is lifted.', 'Check the IP for compromise and open relay.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'blocked',
		source: NDR,
	},
	// "4.7.321 starttls-not-supported: …" … "4.7.325 certificate-host-mismatch: …" (outbound DANE / TLS checks)
	{
		status: {from: '4.7.321', to: '4.7.325'},
		title: 'Outbound TLS/DANE check failed (retrying)',
		meaning: 'Exchange Online could not set up the secure connection the destination domain’s DANE/DNSSEC records demand (no STARTTLS, expired or mismatched certificate, bad TLSA or DNSSEC data). It keeps trying, and delivers once the destination is fixed.',
		causes: ['The destination server lacks STARTTLS or presents a wrong certificate.', "The destination's TLSA or DNSSEC records are broken."],
		fix: ["The destination's admin must fix its certificate, TLSA records or DNSSEC.", 'The sender can only wait or ask the recipient to fix it.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'securityerror',
		source: NDR,
	},
	// "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail." … "5.7.325 certificate-host-mismatch: …"
	{
		status: {from: '5.7.321', to: '5.7.325'},
		title: 'Outbound TLS/DANE check failed (gave up)',
		meaning: 'Exchange Online stopped trying: the destination never met the TLS/DANE requirements its own DNS records announce. The problem is on the recipient’s server, so resending only helps after its administrator fixes it.',
		causes: ['Missing STARTTLS, expired certificate, certificate not matching the MX host, or invalid TLSA/DNSSEC records at the destination.'],
		fix: ["Ask the recipient's admin to renew the certificate or repair the TLSA/DNSSEC records, then resend.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: NDR,
	},
	// "550 5.4.310 DNS domain <x> does not exist" … "550 5.4.318 Message expired, connection reset" (SMTP send failures)
	{
		status: {from: '5.4.310', to: '5.4.318'},
		title: 'Could not reach the destination server',
		meaning: 'Exchange Online failed to resolve or connect to the destination mail server (DNS, refused or reset connections, TLS) until the message expired. The message itself is fine; the recipient’s side could not be reached.',
		causes: ["The recipient domain's MX/DNS is wrong or its mail server is down or blocking Microsoft."],
		fix: ["Check the recipient domain's MX records (nslookup -type=mx).", "Ask the recipient's admin whether their server is reachable from Microsoft 365."],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'networkerror',
		source: NDR,
	},
	// "550 5.7.501 Access denied, spam abuse detected" / "5.7.502/503 Access denied, banned sender"
	{
		status: {from: '5.7.501', to: '5.7.503'},
		title: 'Sending account banned for spam',
		meaning: 'Microsoft banned the sending Microsoft 365 account after it sent spam. Its outbound mail is refused, whoever the recipient, until Microsoft restores it.',
		causes: ['A compromised account (phishing, malware) sending spam.'],
		fix: ["Secure the account: reset its password, revoke sessions, check inbox rules and MFA.", 'Then ask Microsoft support to restore sending (Restricted entities page in the Defender portal).'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: NDR,
	},
	// "550 5.7.606 Access denied, banned sending IP [192.0.2.1]" (5.7.606–649)
	{
		status: {from: '5.7.606', to: '5.7.649'},
		title: 'Sending IP banned by Microsoft',
		meaning: 'The connecting IP is on Microsoft’s own block list, so Microsoft 365 refuses its mail. The ban covers every message from the IP until it is removed through Microsoft’s delist portal.',
		causes: ['Spam or malicious traffic from the IP, often after a compromise.', 'Poor IP reputation on a shared host.'],
		fix: ['Make sure the IP is clean (no compromised accounts, no open relay).', DELIST, 'Watch the IP in Microsoft SNDS afterwards.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: 'https://learn.microsoft.com/en-us/defender-office-365/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis',
	},
	// "5.7.700–5.7.749 Access denied, tenant has exceeded threshold / traffic not accepted from this IP"
	{
		status: {from: '5.7.700', to: '5.7.749'},
		title: 'Tenant outbound mail banned',
		meaning: 'Most recent traffic from the sender’s Microsoft 365 tenant looked malicious, so Microsoft stopped the tenant’s outbound mail. Nothing leaves the tenant until Microsoft support lifts the ban.',
		causes: ['Compromised accounts or an open relay through the tenant.', 'Bulk mail from unverified domains.'],
		fix: ['Clean up compromises and relay paths in the tenant.', 'Then contact Microsoft support to lift the ban.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: `${NDR_DIR}fix-error-code-5-7-700-through-5-7-750`,
	},
	// "550 5.7.9xx Delivery not authorized, message refused" (mail flow rule with a custom code)
	{
		status: {from: '5.7.900', to: '5.7.999'},
		title: 'Rejected by a mail flow (transport) rule',
		meaning: 'An Exchange mail flow rule of the recipient (or sender) organisation rejected the message with an admin-chosen code in this range. The text after the code is the admin’s own, and only that organisation can say which rule matched.',
		causes: ['The message matched the conditions of a rule set to reject.'],
		fix: ["Ask the organisation's Exchange admin which rule matched (message trace shows it).", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: RULE_ACTIONS,
	},
];

export const microsoftComponentRules: ProviderRule[] = [
	// "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found" / "RESOLVER.ADR.ExRecipNotFound" / "RESOLVER.ADR.RecipientNotFound"
	{
		phrase: /RESOLVER\.ADR\.(?:Ex)?Recip(?:ient)?NotFound/i,
		title: 'Exchange recipient resolver: address not found',
		meaning: 'Exchange’s recipient resolver found no mailbox, group or contact with this address in the directory. Resending the same message fails again; the address has to be corrected.',
		causes: ['A typo or an address that was removed.', 'A stale Outlook autocomplete entry (old X.500 address).'],
		fix: ['Retype the address instead of picking it from autocomplete, and check it with the recipient.', 'Remove the address from lists if it keeps failing.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: NDR,
	},
	// "RESOLVER.ADR.RecipLimit; too many recipients"
	{
		phrase: /RESOLVER\.ADR\.RecipLimit/i,
		title: 'Exchange recipient limit exceeded',
		meaning: 'The message was addressed to more recipients than the Exchange organisation or sender limit allows. None of it was sent; the same message with fewer recipients goes through.',
		causes: ['A large To/Cc/Bcc list.'],
		fix: ['Split the recipients into smaller batches or use a distribution group.', 'Resend to each batch once split.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'toomanyconn',
		source: EXCHANGE_SERVER_NDR,
	},
	// "RESOLVER.RST.RecipSizeLimit; message too large for this recipient"
	{
		phrase: /RESOLVER\.RST\.RecipSizeLimit/i,
		title: 'Too large for this recipient',
		meaning: 'The message exceeds the size limit set on this Exchange recipient. Other recipients of the same message may have received it; only this one has a lower limit.',
		causes: ['Large attachments and a per-mailbox receive size limit.'],
		fix: ['Send the files by link, or ask the recipient admin to raise the limit.', 'Resend to this recipient once the message is smaller or the limit higher.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'mesgtoobig',
		source: EXCHANGE_SERVER_NDR,
	},
	// "RESOLVER.RST.NotAuthorized; not authorized" / "RESOLVER.RST.AuthRequired; authentication required" / "RESOLVER.RST.RestrictedToRecipientsPermission"
	{
		phrase: /RESOLVER\.RST\.(?:NotAuthorized|AuthRequired|RestrictedTo\w{0,40}|SenderNotAllowed)/i,
		title: 'Exchange delivery restriction',
		meaning: 'An Exchange delivery restriction refused the message: the recipient (often a group) accepts only authenticated or listed senders, or the sender may only write to certain recipients. The setting belongs to the organisation, so resending fails until someone there changes it.',
		causes: ['"Accept messages from" / "Require sender authentication" on the recipient.', 'A restriction on the sending mailbox.'],
		fix: ["Ask the recipient organisation's admin or the group owner to allow your address.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: NDR,
	},
	// "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException…"
	{
		phrase: /STOREDRV\.Deliver.{0,80}?(?:Quota|mailbox full)/i,
		title: 'Exchange mailbox over quota',
		meaning: 'Exchange’s store driver could not deliver because the recipient mailbox is over its storage quota. The message was refused, not lost, and can be sent again once the recipient has made room.',
		causes: ['The recipient mailbox is full.'],
		fix: ['Tell the recipient by another channel to clean up or archive; resend later.'],
		whoActs: 'recipient',
		retry: 'retry-after-fix',
		reason: 'mailboxfull',
		source: EXCHANGE_SERVER_NDR,
	},
	// "STOREDRV.Deliver: … " / "STOREDRV.Submit; …" (other store driver failures)
	{
		phrase: /STOREDRV\.(?:Deliver|Submit)/i,
		title: 'Exchange store driver failure',
		meaning: 'Exchange accepted the message but its store driver failed to put it into (or take it from) the mailbox database. This is a fault on the Exchange side, not in the address or the message.',
		causes: ['A database or mailbox problem on the Exchange side, or a corrupt message.'],
		fix: ["The recipient's Exchange admin should check the mailbox and database health; resend later.", 'Contact the recipient by another channel if it keeps failing, and pass on the error.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'systemerror',
		source: EXCHANGE_SERVER_NDR,
	},
	// "550 4.4.7 QUEUE.Expired; message expired"
	{
		phrase: /QUEUE\.Expired/i,
		title: 'Exchange queue expired',
		meaning: 'The message sat in an Exchange queue until its expiry time without being delivered. The destination never accepted it in time, usually because it was down or kept deferring.',
		causes: ['The destination server was unreachable or kept deferring.'],
		fix: ['Check that the destination domain is reachable and resend.', 'Contact the recipient by another channel to ask whether their mail server is working.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'expired',
		source: `${NDR_DIR}fix-error-code-550-4-4-7-in-exchange-online`,
	},
	// "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"
	{
		phrase: /SMTPSEND\.DNS\.NonExistentDomain/i,
		title: 'Recipient domain does not exist (DNS)',
		meaning: 'Exchange found no DNS records for the recipient domain, so there is nowhere to send the mail. Resending does not help until the domain in the address is corrected or registered again.',
		causes: ['A typo in the domain, or an expired domain.'],
		fix: ['Correct the recipient domain.', 'Ask the recipient for their correct address by another channel.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'hostunknown',
		source: EXCHANGE_SERVER_NDR,
	},
];
