// Microsoft 365 / Exchange Online: rows of Microsoft's NDR table about delivery to and from other
// servers (mailbox throttling, recipient count, MTA-STS, certificate chains) and about the message
// itself (From addresses, groups, banned sender domains). Facts and sources: microsoft.ts and each
// rule's source. Each comment quotes the shape of the message the rule matches.

import type {ProviderRule} from '../types';
import {NDR} from './microsoft-ranges';
import {FIX} from './microsoft-doc';

const MTA_STS = 'https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts';
const THROTTLING = 'Nothing to do on the sending side unless it lasts: the sending server retries, and the mailbox accepts mail again once its queue drains.';

export const MICROSOFT_TRANSPORT: ProviderRule[] = [
	// "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded"
	{
		status: '4.3.2',
		phrase: /thread limit/i,
		title: 'Recipient mailbox is receiving too fast (thread limit)',
		meaning: 'Exchange throttles delivery to this one mailbox because it is receiving too many messages at once, so that it does not slow down the other mailboxes on the same database. The message is deferred, not refused.',
		causes: ['A burst of messages to one recipient (notifications, a mail storm, a large mailing).'],
		fix: [THROTTLING, 'If a system of yours sends the burst, spread its messages to that recipient over time.'],
		whoActs: 'nobody',
		retry: 'will-retry',
		reason: 'speeding',
		source: NDR,
	},
	// "452 4.5.3 Too many recipients"
	{
		status: '4.5.3',
		title: 'Too many recipients in one message',
		meaning: 'Microsoft 365 accepts at most 200 envelope recipients of one domain per message (per SMTP transaction). The recipients past that limit are deferred, and the sending server delivers them in smaller batches.',
		causes: ['A sending server that puts every recipient of a large mailing into one SMTP transaction.'],
		fix: ['Configure the sending server to split recipients into batches of at most 200 per message (chunking); it then resends the deferred ones.', 'Nothing else is needed: the deferred recipients are retried by the sending server.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'toomanyconn',
		source: NDR,
	},
	// "451 4.4.8 MX hosts of contoso.com failed MTA-STS validation" (retrying)
	{
		status: '4.4.8',
		title: 'MX host not allowed by the domain’s MTA-STS policy (retrying)',
		meaning: 'The recipient domain publishes an MTA-STS policy, and the MX host Exchange Online reached is not one the policy lists, so it will not deliver there. It keeps trying until the policy or the MX records agree, or the message expires.',
		causes: ['The domain changed its MX records without updating the mx: lines of its MTA-STS policy file.'],
		fix: ['The recipient domain’s admin adds every MX host to the mx: lines of https://mta-sts.<domain>/.well-known/mta-sts.txt and updates the id in the _mta-sts TXT record.', 'The sender contacts the recipient by another channel and forwards the error to their administrator.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'securityerror',
		source: MTA_STS,
	},
	// "550 5.4.8 MX hosts of contoso.com failed MTA-STS validation"
	{
		status: '5.4.8',
		title: 'MX host not allowed by the domain’s MTA-STS policy',
		meaning: 'Exchange Online gave up: the MX hosts of the recipient domain are not the hosts its MTA-STS policy names, so delivery to them would break the policy. The sender can do nothing but tell the recipient, whose administrator must fix the policy.',
		causes: ['An MTA-STS policy file whose mx: lines do not match the domain’s current MX records.'],
		fix: ['The recipient domain’s admin corrects the policy’s mx: lines (or the MX records) and bumps the policy id; then resend.', 'The sender contacts the recipient by another channel and forwards the error to their administrator.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: MTA_STS,
	},
	// "451 4.7.5 Remote certificate failed MTA-STS validation. Reason: RemoteCertificateNameMismatch" (retrying)
	{
		status: '4.7.5',
		title: 'Destination certificate fails MTA-STS (retrying)',
		meaning: 'The recipient domain enforces MTA-STS, and the certificate its mail server presented does not chain to a trusted root or does not name the host. Exchange Online will not deliver over that connection; it keeps trying until the certificate is fixed or the message expires.',
		causes: ['An expired, self-signed or incomplete certificate chain, or a certificate without the MX host name.'],
		fix: ['The recipient domain’s admin installs a certificate from a public CA whose names include the MX host, with its full chain.', 'The sender contacts the recipient by another channel and forwards the error to their administrator.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'securityerror',
		source: MTA_STS,
	},
	// "550 5.7.5 Remote certificate failed MTA-STS validation. Reason: RemoteCertificateChainErrors"
	{
		status: '5.7.5',
		title: 'Destination certificate fails MTA-STS',
		meaning: 'Exchange Online gave up on the message: the recipient server’s certificate failed the MTA-STS check (untrusted chain or wrong name). The domain’s own policy forbids delivering without a valid certificate, so only its administrator can fix this.',
		causes: ['A certificate the policy does not accept on the recipient’s MX host.'],
		fix: ['The recipient domain’s admin fixes the certificate (public CA, full chain, MX host name); the sender resends afterwards.', 'The sender contacts the recipient by another channel and forwards the error to their administrator.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: MTA_STS,
	},
	// "450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]"
	{
		status: '4.4.317',
		phrase: /UntrustedRoot/i,
		title: 'Remote server sent an incomplete certificate chain',
		meaning: 'During the TLS handshake the other server sent only its own certificate, without the intermediate certificates, so Exchange Online could not build a chain to a trusted root. Exchange Online does not fetch missing intermediates itself, and it keeps retrying.',
		causes: ['A mail server configured with the leaf certificate alone instead of the full chain.'],
		fix: ['The admin of the server named in the reply configures it to present the full certificate chain (leaf plus intermediates).', 'The sender forwards the NDR to that admin.'],
		whoActs: 'recipient-admin',
		retry: 'will-retry',
		reason: 'securityerror',
		source: FIX('fix-error-code-450-4-4-317-untrusted-root'),
	},
	// "550 5.1.20 Multiple From addresses are not allowed without Sender address"
	{
		status: '5.1.20',
		title: 'Several From addresses without a Sender',
		meaning: 'The message lists more than one address in From but none in Sender, which RFC 5322 §3.6.2 requires in that case, so Exchange Online refused it. The sending application wrote the header; the same application fails again until it changes.',
		causes: ['An app or script that puts several addresses into From.'],
		fix: ['Send with a single From address, or add a Sender field holding exactly one address.', 'Fix the application or script that builds the header, then resend.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'notcompliantrfc',
		source: FIX('fix-error-code-550-5-1-20-multiple-from-addresses'),
	},
	// "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group."
	{
		status: '5.7.193',
		title: 'Microsoft 365 group does not take mail from outside',
		meaning: 'The recipient is a Microsoft 365 group set to accept mail only from its members or from inside its organization, and the sender is neither. Only the group’s owner or an admin can change this.',
		causes: ['The group’s “Allow external senders to email this group” setting is off (the default).'],
		fix: [
			'The group owner opens the group in Outlook › Edit group and ticks “Let people outside the organization email the group”, or',
			'An admin sets it in the Exchange admin center › Recipients › Groups › the group › Settings, or runs Set-UnifiedGroup -RequireSenderAuthenticationEnabled $false.',
			'Allow up to an hour, then resend.',
		],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('550-5-7-193-when-external-users-send-to-microsoft-365-group'),
	},
	// "550 5.7.800 Access denied, banned sender"
	{
		status: '5.7.800',
		title: 'Sender domain banned by Microsoft',
		meaning: 'The domain in EHLO, in the envelope sender or in From was banned by Microsoft after spam was seen from it, so mail naming it is refused. The ban lasts until Microsoft support restores the domain.',
		causes: ['Spam sent with the domain, often from a compromised account or an abused sending service.'],
		fix: ['Stop the source of the spam and secure the accounts involved.', 'Contact Microsoft support to restore the domain’s ability to send.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: NDR,
	},
];
