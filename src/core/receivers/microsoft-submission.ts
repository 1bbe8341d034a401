// Microsoft 365 / Exchange Online: replies to a client or app that submits mail through
// smtp.office365.com (SMTP AUTH, TLS version, Send As) and the outbound policy that stops automatic
// forwarding. Facts: Microsoft's pages named in each rule's source. Each comment quotes the shape of
// the message the rule matches.

import type {ProviderRule} from '../types';

const SMTP_AUTH = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';
const AUTH_FAIL = 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-smtpntlm/62888982-a911-40fa-b587-50b5c69f7334';
const LEGACY_TLS = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth';
const SEND_AS = 'https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-permissions-for-recipients';
const FORWARDING = 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding';

/** Where an admin turns SMTP AUTH on for one mailbox. */
const MAILBOX_SMTP_AUTH = 'An admin turns on Authenticated SMTP for the mailbox: Microsoft 365 admin center › Users › Active users › the user › Mail › Manage email apps, or Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false.';

export const MICROSOFT_SUBMISSION: ProviderRule[] = [
	// "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."
	{
		status: '5.7.139',
		phrase: /SmtpClientAuthentication is disabled/i,
		title: 'SMTP AUTH is turned off for the tenant or the mailbox',
		meaning: 'The login to smtp.office365.com was refused because authenticated SMTP submission (SMTP AUTH) is disabled, for the whole organization ("for the Tenant") or for this mailbox ("for the Mailbox"). The password is not the problem.',
		causes: [
			'SMTP AUTH is off by default in newer tenants and whenever Security defaults are on in Microsoft Entra ID.',
			'An admin disabled it for the organization (Set-TransportConfig) or for the mailbox (Set-CASMailbox).',
		],
		fix: [
			MAILBOX_SMTP_AUTH,
			'If the reply says "for the Tenant", the organization setting wins only when the mailbox has no setting of its own: set the mailbox explicitly, or run Set-TransportConfig -SmtpClientAuthenticationDisabled $false if policy allows.',
			'If Security defaults are on, SMTP AUTH stays blocked: use Microsoft Graph or OAuth (SMTP.Send / SMTP.SendAsApp), or an SMTP relay connector instead.',
			'Wait up to an hour for the change to apply, then resend.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: SMTP_AUTH,
	},
	// "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect." / "… user is locked by your organization's security defaults policy." / "… basic authentication is disabled."
	{
		status: '5.7.139',
		title: 'SMTP login refused by Microsoft 365',
		meaning: 'Exchange Online refused the SMTP AUTH login. The words after “Authentication unsuccessful” say why: wrong credentials, basic authentication turned off, a sign-in blocked by Security defaults or Conditional Access, or a request that did not meet the sign-in criteria.',
		causes: [
			'A wrong or expired password, or a password used where OAuth is required.',
			'Basic authentication is disabled, or Security defaults or Conditional Access block the sign-in.',
		],
		fix: [
			'Check the username (the full mailbox address) and password stored in the device or app.',
			'If the reply mentions basic authentication or security defaults, switch the app to OAuth 2.0 or Microsoft Graph; basic authentication cannot be turned back on for it.',
			'An admin looks the sign-in up in the Microsoft Entra sign-in logs to see which policy refused it.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: SMTP_AUTH,
	},
	// "535 5.7.3 Authentication unsuccessful [SN4PR0601CA0001.namprd06.prod.outlook.com]"
	{
		status: '5.7.3',
		phrase: /Authentication unsuccessful/i,
		title: 'SMTP login failed (Microsoft: wrong credentials)',
		meaning: 'Microsoft’s SMTP service (Exchange Online or Exchange Server) answers a failed AUTH with 535 5.7.3: the username or password was not accepted. The registry’s “security conversion” meaning of 5.7.3 does not apply here.',
		causes: [
			'A wrong username or password, or a password changed since the app stored it.',
			'Multi-factor authentication on the account, so the plain password no longer works for SMTP.',
			'An OAuth token without the SMTP.Send or SMTP.SendAsApp permission.',
		],
		fix: [
			'Re-enter the full mailbox address and its current password in the device or app.',
			'With multi-factor authentication, use OAuth 2.0 (or an app password where the tenant still allows them).',
			'For app-only OAuth, grant SMTP.SendAsApp and register the app’s service principal in Exchange Online.',
		],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: AUTH_FAIL,
	},
	// "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls."
	{
		status: '4.7.66',
		title: 'TLS 1.0 and 1.1 no longer accepted for SMTP submission',
		meaning: 'The client connected to smtp.office365.com with TLS 1.0 or 1.1, which Microsoft 365 no longer accepts for SMTP AUTH. Nothing is sent until the client speaks TLS 1.2 or later.',
		causes: ['An old device (printer, scanner) or an app on an old runtime that cannot negotiate TLS 1.2.'],
		fix: [
			'Update the device firmware or the app’s runtime so it uses TLS 1.2 or later.',
			'If that is impossible, send through Microsoft’s legacy-TLS endpoint (smtp-legacy.office365.com) after an admin opts the tenant in, or relay through a local server that speaks TLS 1.2.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: LEGACY_TLS,
	},
	// "554 5.2.252 SendAsDenied; user@contoso.com not allowed to send as other@contoso.com; STOREDRV.Submit; …"
	{
		status: '5.2.252',
		title: 'Send As denied',
		meaning: 'The signed-in mailbox tried to send with another address in From, and it has no Send As permission for that address. Exchange Online refused the message, and refuses it again until the address or the permission changes.',
		causes: ['The app is set to log in as one mailbox and send as another (a shared mailbox, a no-reply address, a group).'],
		fix: [
			'Send with the signed-in mailbox’s own address in From, or',
			'An admin grants the signing-in mailbox Send As on the other mailbox or group: Exchange admin center › Recipients › Mailboxes › the mailbox › Delegation › Send as (or Add-RecipientPermission).',
			'Allow up to an hour for the permission to apply, then resend.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: SEND_AS,
	},
	// "550 5.7.60 SMTP; Client does not have permissions to send as this sender"
	{
		status: '5.7.60',
		title: 'Client may not send as this sender',
		meaning: 'The authenticated SMTP client gave a sender address (MAIL FROM or From) that its mailbox has no Send As right for, so Exchange refused the message. Logging in with one mailbox does not allow sending as any other address.',
		causes: ['The app’s From or envelope sender differs from the mailbox it logs in with.'],
		fix: [
			'Make the From and envelope sender the signed-in mailbox’s own address, or',
			'An admin grants that mailbox Send As on the address used: Exchange admin center › Recipients › Mailboxes › Delegation › Send as.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: SEND_AS,
	},
	// "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)"
	{
		status: '5.7.520',
		title: 'Automatic forwarding to outside addresses is blocked',
		meaning: 'A mailbox rule or forwarding setting tried to forward a message automatically to an address outside the organization, and the organization’s outbound spam policy does not allow external forwarding. The forwarded copy was not sent; the original message reached its first mailbox.',
		causes: [
			'The automatic forwarding setting of the outbound spam policy is Off, or Automatic (which Microsoft now treats as Off).',
			'An Outlook inbox rule or mailbox forwarding that points outside the organization.',
		],
		fix: [
			'If the forwarding is wanted, an admin allows it for that mailbox only: Microsoft Defender portal › Email & collaboration › Policies & rules › Threat policies › Anti-spam › a custom outbound policy for the user with Automatic forwarding rules set to On.',
			'If it is not wanted, remove the rule or the forwarding address; a forwarding rule nobody set up can mean the account is compromised.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: FORWARDING,
	},
];
