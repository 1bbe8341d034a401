// Zoho Mail (zoho.com, zoho.eu, zoho.in … and domains hosted on it; MX mx.zoho.com, smtpin.zoho.com).
// Zoho reuses standard codes with meanings of its own: "541 5.4.1 Mail rejected by destination domain"
// is the recipient domain's filter, not a routing failure, and "550 5.4.6 Unusual sending activity
// detected" is Zoho blocking its own user's outgoing mail, not a routing loop. Facts: Zoho's help pages
// (usage policy, blocked accounts, DMARC), Sisimai's Rhost/Zoho.pm (BSD-2-Clause), which lists its
// reply texts with Zoho's EmailFailureAlert definitions, and smtp.codes' Zoho page for the filter texts.
// Each comment quotes the shape of the reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {NO_MAILBOX_FIX} from './advice';

const SISIMAI = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Zoho.pm (Sisimai, BSD-2-Clause)';
const SMTP_CODES = 'https://smtp.codes/zoho';
const USAGE = 'https://www.zoho.com/mail/help/usage-policy.html; https://www.zoho.com/mail/help/adminconsole/blocked-accounts.html';

export const zoho: Receiver = defineReceiver({
	id: 'zoho',
	name: 'Zoho Mail',
	decides: true,
	detect: [/\b(?:mx\d{0,2}|smtpin|smtp)\.zoho(?:mail)?\.(?:com|eu|in|com\.au|jp|com\.cn|sa|ca)\b/i, /\bdetected by zoho mail\b/i],
	rules: [
		// "550 5.4.6 Unusual sending activity detected. Please contact your administrator"
		{
			phrase: /\bunusual sending activity detected\b/i,
			title: 'Zoho: your account’s outgoing mail is blocked',
			meaning: 'Zoho Mail has blocked outgoing mail from the sender’s own Zoho account after detecting unusual sending; here 5.4.6 is Zoho’s code for that block, not a routing loop. The block is on the sender’s own account, not on the recipient: every outgoing message from it fails until the block is lifted, whoever it is addressed to.',
			causes: ['Many bounced messages, many messages or recipients in one day, or very large outgoing volume.', 'A stolen password used to send spam.'],
			fix: ['If the account may be compromised, change its password first.', 'Unblock it from Zoho’s UnblockMe page, or ask the organisation’s admin to unblock it in the Admin Console (Security & Compliance → Blocked Accounts); blocks also lift by themselves after one to five business days.', 'Send bulk or marketing mail through a bulk-mail service, not a Zoho mailbox.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: USAGE,
		},
		// "541 5.4.1 Mail rejected by destination domain"
		{
			phrase: /\bmail rejected by destination domain\b/i,
			title: 'Zoho: refused by the recipient domain’s own filter',
			meaning: 'The recipient domain hosted at Zoho has set a mail filter that refuses this message; here 5.4.1 is Zoho’s code for that, not a failed route. The filter is the recipient organisation’s own choice, so Zoho does not lift it, and resending unchanged gets the same answer.',
			causes: ['A block or allow list, or a filter rule, set by the recipient domain’s administrator.'],
			fix: [
				'Contact the recipient domain’s administrator by another channel and ask them to allow the sender.',
				'Give them the sender address and the full reply, so they can find which of their rules matched.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: `${SMTP_CODES}; ${SISIMAI}`,
		},
		// "452 <neko@zoho.com> Mailbox delivery restricted by policy error"
		{
			phrase: /\bmailbox delivery restricted by policy error\b/i,
			title: 'Zoho: delivery to this mailbox restricted by policy',
			meaning: 'A policy set on the recipient mailbox or its domain at Zoho does not let this message in. The restriction belongs to the recipient’s organisation, such as a mailbox that takes mail only from inside it, so nothing the sender changes gets around it.',
			causes: ['A delivery restriction set by the recipient domain’s administrator (for example, internal-only mailboxes).'],
			fix: [
				'Ask the recipient or their administrator, by another channel, to lift the restriction for your address.',
				'Until they do, reach the recipient by another channel: resending fails the same way.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: `${SMTP_CODES}; ${SISIMAI}`,
		},
		// "554 5.7.7 Email policy violation detected"
		{
			phrase: /\bemail policy violation detected\b/i,
			title: 'Zoho: message breaks the recipient’s email policy',
			meaning: 'The message broke an email policy in force at the recipient’s Zoho organisation (content, attachment type or sender rule) and was refused after it was sent. The rule belongs to that organisation, so the reply does not name it; the recipient or their administrator can say which one it was.',
			causes: ['An attachment type, size or content that the recipient organisation’s policy forbids.'],
			fix: [
				'Ask the recipient which rule applies, change the message accordingly, then resend.',
				'Meanwhile, try sending without the attachment, or with a link to the file instead.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: SISIMAI,
		},
		// "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam."
		{
			phrase: /\bemail flagged as spam\b/i,
			title: 'Zoho: message flagged as spam',
			meaning: 'Zoho’s filter flagged this message as spam and refused it; the recipient address is fine. The verdict rests on this message and on how well its sender is authenticated, so fixing the domain’s records or the content is what can change it.',
			causes: ['Content or links that look like spam, or a sender with a poor reputation.', 'Missing or failing SPF, DKIM or DMARC for the sender domain.'],
			fix: [
				'Check the sender domain’s SPF, DKIM and DMARC records, and fix any that fail.',
				'Change the content and links that look like bulk mail, then send the changed message.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: SISIMAI,
		},
		// "550 5.7.1 Email rejected per DMARC policy for example.com"
		{
			phrase: /\bemail rejected per dmarc policy\b/i,
			title: 'Zoho: refused by the sender domain’s DMARC policy',
			meaning: 'The From domain’s DMARC policy is reject, and this message was neither SPF- nor DKIM-aligned with it, so Zoho refused it. Zoho applies the policy the From domain itself publishes, so the fix lies with whoever sends in that domain’s name.',
			causes: ['A sending server missing from the domain’s SPF record and not signing with the domain’s DKIM key.', 'A forwarder that breaks the original DKIM signature.'],
			fix: [
				'Add the sending server to the domain’s SPF record (its TXT record beginning v=spf1).',
				'Sign the mail with DKIM under the From domain so that DMARC passes, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: `${SMTP_CODES}; ${SISIMAI}`,
		},
		// "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail"
		{
			phrase: /\bvirus \S{1,200} detected by zoho mail\b/i,
			title: 'Zoho: virus found in the message',
			meaning: 'Zoho’s antivirus found malware (named in the reply) in the message or its attachments. If you did not attach anything suspicious yourself, malware on the sending computer may have sent or altered the message.',
			causes: ['An infected attachment, or a link to malware.'],
			fix: [
				'Scan the sending computer and the attachment with an up-to-date antivirus program.',
				'Send a clean file, or share it through a link instead of attaching it.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'virusdetected',
			source: `${SMTP_CODES}; ${SISIMAI}`,
		},
		// "550 5.1.1 User does not exist - <neko@zoho.com>" / "552 5.1.1 <neko@zoho.com> Mailbox delivery failure policy error"
		{
			phrase: /\buser does not exist\b|\bmailbox delivery failure policy error\b/i,
			title: 'Zoho: no mailbox at this address',
			meaning: 'There is no Zoho mailbox with this address, so the message is refused. Zoho hosts many organisations’ own domains, so the address may be a company’s rather than zoho.com’s; either way the name before the @ matches no mailbox there.',
			causes: ['A typo in the address, or a mailbox that was deleted.'],
			fix: [...NO_MAILBOX_FIX],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: SISIMAI,
		},
		// "452 4.3.1 Temporary System Error"
		{
			phrase: /\btemporary system error\b/i,
			title: 'Zoho: temporary system error',
			meaning: 'The recipient domain at Zoho is not taking mail for the moment; a later attempt will most likely succeed. Nothing is wrong with the message or the address: the sending server keeps it queued and tries again on its own.',
			causes: ['A passing fault or maintenance on Zoho’s side.'],
			fix: ['Let the queue retry; if every attempt fails over a day, tell the recipient by another channel.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: `${SMTP_CODES}; ${SISIMAI}`,
		},
	],
});
