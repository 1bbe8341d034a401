// Microsoft 365 / Exchange Online: exact codes of permissions and authentication (5.7.1–5.7.136):
// who may send to whom. Facts and sources: microsoft.ts. Each comment quotes the shape of the message
// the rule matches.

import type {ProviderRule} from '../types';
import {NDR} from './microsoft-ranges';
import {FIX} from './microsoft-doc';

export const MICROSOFT_PERMISSIONS: ProviderRule[] = [
	// "550 5.7.1 Delivery not authorized, message refused"
	{
		status: '5.7.1',
		phrase: /delivery not authori[sz]ed/i,
		title: 'Not allowed to send to this recipient',
		meaning: 'The recipient (often a distribution group) accepts mail only from certain senders, or a mail flow rule refused the message. This most often happens when writing to a distribution group that accepts mail only from its members or other authorised senders; the sender has to ask for permission.',
		causes: ['Delivery restrictions on the recipient or group.', 'A transport rule rejecting the message.'],
		fix: ['Ask the group owner or the recipient admin to allow your address.', 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-550-5-7-1-in-exchange-online'),
	},
	// "550 5.7.1 Unable to relay"
	{
		status: '5.7.1',
		phrase: /unable to relay/i,
		title: 'Unable to relay',
		meaning: 'The receiving system is not the destination of this recipient and will not pass the message on for an anonymous sender. Either the recipient domain’s MX record points at a system that does not accept that domain, or the sending system is not allowed to relay through it; a third party using the server for spam gets the same answer.',
		causes: ["An MX record pointing at a server that does not accept the domain.", 'An application relaying without permission or authentication.'],
		fix: ['Authenticate before relaying, or use a connector that allows relay.', "Fix the recipient domain's MX or accepted domains."],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'norelaying',
		source: FIX('fix-error-code-550-5-7-1-in-exchange-online'),
	},
	// "530 5.7.1 Client was not authenticated"
	{
		status: '5.7.1',
		phrase: /not authenticated/i,
		title: 'Client was not authenticated',
		meaning: 'The receiving server requires authentication before accepting this message, and the sending system did not authenticate. The recipient’s server is set not to accept anonymous mail from the internet, so the administrator of the sending system has to set up authentication for delivery to succeed.',
		causes: ['A device or server submitting mail without SMTP AUTH.'],
		fix: ['Configure the sending system to authenticate (SMTP AUTH) or use a connector that trusts its IP.', 'Resend once the sending system authenticates with the receiving system.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: FIX('fix-error-code-550-5-7-1-in-exchange-online'),
	},
	// "550 5.7.12 Sender was not authenticated by organization"
	{
		status: '5.7.12',
		title: 'Recipient accepts internal senders only',
		meaning: 'The recipient is set to refuse mail from outside its organisation. Only an email administrator of the recipient’s organisation can change this setting, so resending does not help until they do.',
		causes: ['"Require that all senders are authenticated" on the recipient.'],
		fix: ["Only the recipient organisation's admin can allow external senders.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-12-in-exchange-online'),
	},
	// "550 5.7.124 Sender not in allowed-senders list"
	{
		status: '5.7.124',
		title: 'Not in the group’s allowed senders',
		meaning: 'The distribution group accepts mail only from listed senders, and you are not on the list. Depending on how the group is set up, even its owner may need to be on that list; resending fails until someone adds the sender.',
		causes: ['Delivery management restrictions on the group.'],
		fix: ['Ask the group owner to add you to the allowed senders.', 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-124-in-exchange-online'),
	},
	// "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipients"
	{
		status: '5.7.129',
		title: 'Recipient permission restriction',
		meaning: 'An Exchange permission check failed: this sender may not write to this recipient (restricted delivery permissions). The refusal comes from the recipient organisation’s settings, so resending fails until its administrator changes them.',
		causes: ['Delivery restrictions on the recipient or on what the sender may address.'],
		fix: ['Ask the recipient organisation admin to grant the permission.', 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: NDR,
	},
	// "550 5.7.13 / 5.7.135 Sender was not authenticated for public folder"
	{
		status: '5.7.135',
		title: 'Public folder refuses external senders',
		meaning: 'The recipient is a public folder set to reject mail from outside its organisation. Only an email administrator of the recipient’s organisation can change this, so resending does not help until they do.',
		causes: ['The public folder requires authenticated senders.'],
		fix: ["The recipient organisation's admin must allow external senders on the folder.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-13-or-5-7-135-in-exchange-online'),
	},
	// "550 5.7.13 Sender was not authenticated for public folder" (IANA's X.7.13 is "user account disabled", so the phrase decides)
	{
		status: '5.7.13',
		phrase: /public folder/i,
		title: 'Public folder refuses external senders (5.7.13)',
		meaning: 'Older form of 5.7.135: the recipient public folder only takes mail from inside its organisation. Only an email administrator of the recipient’s organisation can change this setting of the folder.',
		causes: ['The public folder requires authenticated senders.'],
		fix: ["Ask the recipient organisation's admin to allow external senders on the public folder.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-13-or-5-7-135-in-exchange-online'),
	},
	// "550 5.7.133 Sender not authenticated for group"
	{
		status: '5.7.133',
		title: 'Group refuses external senders',
		meaning: 'The recipient group is set to reject mail from outside its organisation. Only an email administrator of the recipient’s organisation or the group’s owner can change this, so resending does not help until they do.',
		causes: ['The group requires authenticated (internal) senders.'],
		fix: ['Ask the group owner or admin to allow external senders or your address.', 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-133-in-exchange-online'),
	},
	// "550 5.7.134 Sender was not authenticated for mailbox"
	{
		status: '5.7.134',
		title: 'Mailbox refuses external senders',
		meaning: 'The recipient mailbox is set to reject mail from outside its organisation. Only an email administrator of the recipient’s organisation can change this setting of the mailbox.',
		causes: ['The mailbox requires authenticated senders.'],
		fix: ["Only the recipient organisation's admin can change the mailbox restriction.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-134-in-exchange-online'),
	},
	// "550 5.7.136 Sender was not authenticated"
	{
		status: '5.7.136',
		title: 'Mail user refuses external senders',
		meaning: 'The recipient is a mail user (external contact-like account) set to reject mail from outside its organisation. Only an email administrator of the recipient’s organisation can change this, so resending does not help until they do.',
		causes: ['The mail user requires authenticated senders.'],
		fix: ["The recipient organisation's admin must allow external senders for the mail user.", 'Contact the recipient by another channel and pass on the error, so their administrator can act.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: FIX('fix-error-code-5-7-136-in-exchange-online'),
	},
];
