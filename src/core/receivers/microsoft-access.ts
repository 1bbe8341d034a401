// Microsoft 365 / Exchange Online and Outlook.com: exact codes of sender checks and access denials
// (SPF, IPv6, tenant relaying, 5.7.5xx, 5.7.7xx tenant limits). Facts and sources: microsoft.ts.
// Each comment quotes the shape of the message the rule matches.

import type {ProviderRule} from '../types';
import {DELIST, NDR} from './microsoft-ranges';
import {FIX} from './microsoft-doc';

export const MICROSOFT_ACCESS: ProviderRule[] = [
	// "550 5.7.23 The message was rejected because of Sender Policy Framework violation"
	{
		status: '5.7.23',
		title: 'SPF violation',
		meaning: "The destination checked SPF and the sending IP is not authorised by the sender domain's SPF record. The receiving system takes this as a sign the mail may be forged, so it refuses it; the fix is in the sending domain’s DNS, not in the message.",
		causes: ['A sending service missing from SPF, or an SPF record with errors.'],
		fix: ["Add every legitimate sending service to the domain's SPF TXT record and keep it under 10 DNS lookups.", 'Check the result in the Authentication-Results or Received-SPF header of a test message, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'authfailure',
		source: FIX('fix-error-code-5-7-23-in-exchange-online'),
	},
	// "550 5.7.25 Access denied, the sending IPv6 address [2a01:…] must have a reverse DNS record"
	{
		status: '5.7.25',
		title: 'IPv6 sender needs reverse DNS',
		meaning: 'Microsoft 365 requires a PTR record for IPv6 senders; this IPv6 address has none. Microsoft 365 refuses anonymous mail over IPv6 from an address without one, whatever the message; the same message sent over IPv4 is not affected.',
		causes: ['No reverse DNS on the sending IPv6 address.'],
		fix: ['Have the address owner publish a PTR record, or send over IPv4.', 'Check with a reverse lookup of the IPv6 address that the PTR answers, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'requireptr',
		source: NDR,
	},
	// "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM"
	{
		status: '5.7.57',
		title: 'SMTP submission without login',
		meaning: 'A device or app tried to send through smtp.office365.com without authenticating first. This concerns an application or device set up to send through Microsoft 365 (a printer, a scanner, a script), not the recipient; nothing is sent until its settings are corrected.',
		causes: ['Wrong SMTP settings: no credentials, wrong port, or SMTP AUTH disabled for the mailbox.'],
		fix: ['Use port 587 with STARTTLS and the mailbox credentials, and enable authenticated SMTP for it (or use a connector / direct send).', 'Check the device’s settings: the smtp.office365.com host, the port and the account it logs in with.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: FIX('fix-error-code-5-7-57-in-exchange-online'),
	},
	// "550 5.7.64 TenantAttribution; Relay Access Denied"
	{
		status: '5.7.64',
		title: 'Inbound connector no longer matches',
		meaning: 'Microsoft 365 could not tie the connection to your tenant: the inbound connector used for on-premises mail does not match any more. Something changed on the on-premises side (its IP or certificate) so the connector’s settings no longer describe it, and Microsoft 365 refuses to relay its mail.',
		causes: ['The on-premises IP or certificate changed but the connector was not updated.'],
		fix: ['Update the inbound connector (sender IPs or certificate name) in the Exchange admin center.', 'Send a test message from on-premises and check it is accepted before resending.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'norelaying',
		source: FIX('fix-error-code-5-7-64-in-exchange-online'),
	},
	// "550 5.7.504 Recipient address rejected: Access denied"
	{
		status: '5.7.504',
		title: 'Recipient address rejected',
		meaning: 'Microsoft 365 refuses this recipient address as invalid. Microsoft lists it as a recipient that is not valid, so resending to it will not succeed. Microsoft’s table says only that the address is not valid, without saying whether it never existed or was removed.',
		causes: ['The address does not exist or is blocked.'],
		fix: ['Check the address; contact the recipient another way.', 'Verify the spelling of the address and ask the recipient for the right one by another channel.'],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: NDR,
	},
	// "550 5.7.505 Access denied, banned recipient"
	{
		status: '5.7.505',
		title: 'Recipient banned',
		meaning: 'Microsoft 365 bans this recipient, so it accepts no mail for it. Mail to it is refused whoever sends it, so the sender has nothing to fix on their side.',
		causes: ['The recipient address is disabled or banned by Microsoft.'],
		fix: ['Stop sending to it; contact Microsoft support only if you believe it is an error.', 'Reach the recipient by another channel if the message matters.'],
		whoActs: 'nobody',
		retry: 'do-not-retry',
		reason: 'suspend',
		source: NDR,
	},
	// "550 5.7.506 Access Denied, Bad HELO"
	{
		status: '5.7.506',
		title: 'Bad HELO (pretending to be Microsoft)',
		meaning: 'The sending server introduced itself in HELO/EHLO with the name of the server it connects to instead of its own name, a typical spambot trait. Microsoft refuses such connections whatever the message, so mail from the server fails until its configuration is corrected.',
		causes: ['A misconfigured MTA host name.'],
		fix: ['Set HELO/EHLO to your own fully qualified host name with matching DNS.', 'Resend once the server greets with its own name.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: NDR,
	},
	// "550 5.7.507 Access denied, rejected by recipient"
	{
		status: '5.7.507',
		title: 'IP blocked by the recipient organisation',
		meaning: 'The recipient organisation blocks mail from your sending IP. The block was set by that organisation, not by Microsoft, so only they can lift it, and every message from the IP to them fails until they do.',
		causes: ['The IP is on the recipient tenant block list.'],
		fix: ['Contact the recipient organisation to be unblocked.', 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: NDR,
	},
	// "550 5.7.508 Access denied, [192.0.2.1] has exceeded permitted limits within $range range"
	{
		status: '5.7.508',
		title: 'IPv6 range over its sending limit',
		meaning: 'Your IPv6 range sent too many messages in too short a time to Microsoft 365. The limit is counted for the whole IPv6 range, so other senders in the same range can use it up as well.',
		causes: ['A burst of mail over IPv6.'],
		fix: ['Send more slowly, or send over IPv4.', 'Resend later, once the range has sent less for a while.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'speeding',
		source: NDR,
	},
	// "550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject."
	{
		status: '5.7.509',
		title: 'Rejected by DMARC (p=reject)',
		meaning: 'The From: domain failed DMARC at Microsoft 365 and publishes p=reject, so the message was refused as the domain asks. Microsoft names missing or unaligned SPF and DKIM, or forwarding that breaks them, as the usual reasons; the sender gets this NDR and should ask their email administrator for help.',
		causes: ['A service sending as the domain without aligned SPF or DKIM.', 'Forwarding that broke DKIM.'],
		fix: ['Align DKIM (d= the From: domain) or SPF for every sending source.', 'Use DMARC aggregate reports to find the failing source.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'authfailure',
		source: NDR,
	},
	// "550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6"
	{
		status: '5.7.510',
		title: 'Recipient does not take mail over IPv6',
		meaning: 'The recipient domain accepts mail over IPv4 only, and this message came over IPv6. Nothing is wrong with the message or the sender; the recipient’s organisation has simply chosen not to receive over IPv6.',
		causes: ['The sending MTA prefers IPv6.'],
		fix: ['Send to this domain over IPv4.', 'Resend once the sending server uses IPv4 for this domain.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: NDR,
	},
	// "550 5.7.511 Access denied, banned sender [192.0.2.1]. To request removal … delist@microsoft.com"
	{
		status: '5.7.511',
		title: 'Sending IP banned (delist by email)',
		meaning: 'Microsoft has banned the sending IP; this ban is lifted by writing to Microsoft, not through the portal. Every message from the IP is refused by Microsoft 365 until the ban is removed.',
		causes: ['Spam or abuse from the IP.'],
		fix: ['Fix the cause, then email delist@microsoft.com with the full NDR text and the IP.', 'Give the full NDR code and the IP address in that email.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: NDR,
	},
	// "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant"
	{
		status: '5.7.512',
		title: 'No valid From: address',
		meaning: 'The message lacks a valid From: header address, which Microsoft 365 requires. Each message must carry a valid address in From:, written with angle brackets around it; without one Microsoft 365 refuses it whatever the content.',
		causes: ['An application omitting From: or writing it without a proper address.'],
		fix: ['Send with a From: header holding a valid address, e.g. Name <user@example.com>.', 'Check the sending application’s From setting, then resend.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'notcompliantrfc',
		source: NDR,
	},
	// "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by contoso.com using Customer Block list (AS16012607)"
	{
		status: '5.7.513',
		tag: 'AS16012607',
		title: "On the recipient tenant's own block list",
		meaning: 'The recipient domain has added your sending IP to its own custom block list in Microsoft 365. This is the recipient organisation’s own list, not a public block list, so only its administrators can remove the IP.',
		causes: ["The recipient's admin blocked the IP."],
		fix: ['Contact the recipient organisation directly and ask them to remove the IP from their block list.', 'Check that the IP is not also on public block lists, which could explain why they added it.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: NDR,
	},
	// "550 5.7.703 Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy"
	{
		status: '5.7.703',
		title: 'Recipient blocked by your own tenant',
		meaning: "Your own organisation blocks this recipient address or domain in the Tenant Allow/Block List; the whole message was stopped. The block applies to everyone in the message, inside and outside the organisation, even if only one recipient or domain is blocked.",
		causes: ['A block entry for the recipient in your tenant.'],
		fix: ['Ask your admin to remove the entry from the Tenant Allow/Block List, or drop that recipient.', 'Resend to the other recipients in a message without the blocked address.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: NDR,
	},
	// "550 5.7.705 Access denied, tenant has exceeded threshold"
	{
		status: '5.7.705',
		title: 'Tenant banned: suspicious traffic threshold',
		meaning: 'Most traffic from your tenant was judged suspicious, so Microsoft banned the tenant from sending. Until Microsoft lifts the ban, no mail leaves the tenant, whoever the recipient.',
		causes: ['Compromised accounts or open relay in the tenant.'],
		fix: ['Clean the tenant, then contact Microsoft support.', 'Ensure every compromised account is secured and every open relay is closed before contacting support through the usual channel.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: FIX('fix-error-code-5-7-700-through-5-7-750'),
	},
	// "550 5.7.708 Access denied, traffic not accepted from this IP"
	{
		status: '5.7.708',
		title: 'Tenant traffic not accepted from this IP',
		meaning: 'Microsoft no longer accepts traffic from this IP for your tenant after suspicious activity. Until Microsoft restores it, mail from this IP for the tenant is refused whoever the recipient.',
		causes: ['Spam or a relay compromise through the tenant.'],
		fix: ['Fix the compromise, then contact Microsoft support to restore sending.', 'Ensure every compromised account is secured and any open relay closed before asking support.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: FIX('fix-error-code-5-7-700-through-5-7-750'),
	},
	// "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains"
	{
		status: '5.7.750',
		title: 'Sending from unregistered domains',
		meaning: 'Your tenant sent a suspicious amount of mail from domains it has not added and verified, so that mail is blocked. Microsoft 365 blocks mail from sending domains that the tenant has not provisioned, so that mail is not relayed until the domains are added.',
		causes: ['Mail sent with From/envelope domains not provisioned in the tenant.'],
		fix: ['Add and verify every sending domain in the Microsoft 365 admin center, then contact support if it persists.', DELIST],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-700-through-5-7-750'),
	},
];
