// Apple iCloud Mail (icloud.com, me.com, mac.com).
// Facts: Apple's "Postmaster information for iCloud Mail" (support.apple.com/en-us/102322, formerly
// HT204137, the page iCloud replies link to) and the tags iCloud puts in its replies: [CS01], [CS02],
// [HME1]. Apple publishes no table of its tags; meanings follow the wording they come with.
// Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const POSTMASTER = 'https://support.apple.com/en-us/102322';
const CONTACT = 'If it persists after fixing the basics, email icloudadmin@apple.com with your company, domain, sending IPs and the exact SMTP errors.';

export const apple: Receiver = defineReceiver({
	id: 'apple',
	name: 'Apple iCloud Mail',
	decides: true,
	detect: [
		/\b(?:icloud|me|mac)\.com\b/i,
		/\bmail\.icloud\.com\b/i,
		/support\.apple\.com\/(?:en-us\/)?(?:HT204137|102322)/i,
		/\[(?:CS0\d|HME\d)\]/,
	],
	tagFamilies: [
		// "550 5.7.1 [CS01] …", "[HME1]": letters and a digit or two
		{
			pattern: /^(?:CS|HME)\d{1,3}$/,
			description: 'an Apple iCloud Mail tag; Apple publishes no table of its tags, and the meaning of this one is not known from the wordings it has been seen with',
			source: POSTMASTER,
		},
	],
	rules: [
		// "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"
		{
			tag: 'CS01',
			title: 'iCloud local-policy rejection (CS01)',
			meaning: "iCloud Mail's filtering refused the message under its local policy (tag CS01): a spam, content or sender-reputation verdict, not a problem with the recipient's account. The reply links to Apple's postmaster page, which lists what iCloud expects of senders; resending unchanged meets the same verdict.",
			causes: ['Content or links judged as spam.', 'Poor reputation of the sending IP or domain.', 'Missing SPF/DKIM/DMARC or reverse DNS.'],
			fix: ['Check SPF, DKIM, DMARC and the PTR record of the sending IP.', "Review content and links; follow Apple's bulk-mail requirements (opt-in, unsubscribe link).", CONTACT],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: POSTMASTER,
		},
		// "554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"
		{
			tag: 'CS02',
			title: 'iCloud local-policy rejection (CS02)',
			meaning: 'A second iCloud local-policy tag (CS02); Apple does not say how it differs from CS01, and senders usually see it for reputation or bulk-mail requirement problems. Like CS01 it is a verdict on the sender or the message, not on the recipient’s account.',
			causes: ["The sender does not meet Apple's bulk-sender requirements.", 'Sender reputation at iCloud.'],
			fix: ['Meet the requirements on the iCloud postmaster page: SPF, DKIM, DMARC, reverse DNS, opt-in lists, easy unsubscribe.', 'Remove recipients who never opened or asked for the mail, and slow the sending to iCloud while the reputation recovers.', CONTACT],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: POSTMASTER,
		},
		// "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks."
		{
			tag: 'HME1',
			title: 'iCloud: failed both SPF and DKIM (HME1)',
			meaning: 'iCloud blocked the message because it passed neither SPF nor DKIM (seen notably for mail to Hide My Email relay addresses). Both checks are published by the sender’s own domain in DNS, so the fix lies in that domain’s records or in the path the mail takes, not at iCloud.',
			causes: ['The sending IP is not in SPF and there is no valid DKIM signature.'],
			fix: ["Add the sending service to the domain's SPF record.", 'Enable DKIM signing and publish the key, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: POSTMASTER,
		},
		// "550 5.1.1 <user@icloud.com>: inactive email address"
		{
			phrase: /inactive email address/i,
			title: 'iCloud address inactive',
			meaning: 'The iCloud address is inactive, so it receives no mail. The address once existed, but its owner no longer uses it or switched it off, and sending again gives the same answer.',
			causes: ['The Apple account or the address was deactivated.'],
			fix: ['Remove the address from your lists.', 'Ask the recipient, by another channel, for an address they use now.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: POSTMASTER,
		},
		// "550 5.1.1 unknown or illegal alias: user@icloud.com"
		{
			phrase: /unknown or illegal alias|user does not exist/i,
			title: 'iCloud address does not exist',
			meaning: 'No iCloud mailbox or alias exists with this address. iCloud addresses include aliases and Hide My Email addresses that their owner can delete at any time; once deleted, mail to them is refused this way.',
			causes: ['A typo, or a deleted alias or Hide My Email address.'],
			fix: ['Check the address with the recipient by another channel; correct it if it was mistyped.', 'If it is right as written, remove it from your lists and do not resend.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: POSTMASTER,
		},
		// "550 5.1.6 recipient no longer on server: user@icloud.com"
		{
			phrase: /no longer on server/i,
			title: 'iCloud recipient gone',
			meaning: 'The iCloud recipient used to exist but is no longer on the server. The account behind the address was closed, so no mail to it can be delivered and sending again gives the same answer.',
			causes: ['The account was closed.'],
			fix: ['Remove the address from your lists.', 'Ask the recipient, by another channel, for an address they use now.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'hasmoved',
			source: POSTMASTER,
		},
		// "552 5.2.2 <user@icloud.com>: user is over quota"
		{
			phrase: /over quota/i,
			title: 'iCloud storage full',
			meaning: "The recipient's iCloud storage is full, so new mail cannot be stored. Mail shares that storage with photos, files and backups, so the mailbox itself may be small; it takes mail again once the owner frees space or buys more.",
			causes: ['The recipient uses all of their iCloud storage (shared with photos and backups).'],
			fix: ['Let the recipient know by another channel; resend after they free space.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'mailboxfull',
			source: POSTMASTER,
		},
		// "421 4.7.1 Messages to user@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137"
		{
			phrase: /excessive volume/i,
			title: 'iCloud deferral: too much volume',
			meaning: 'iCloud is deferring mail to this recipient because it is receiving too much; retry later. It is a temporary refusal: the sending server keeps the message and tries again, and it goes through once the volume drops.',
			causes: ['A burst of mail to the recipient or from the sender.'],
			fix: ['Let the queue retry; nothing is lost while it waits.', 'Spread sending to iCloud addresses out over a longer time.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: POSTMASTER,
		},
		// "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137"
		{
			phrase: /DMARC policy/i,
			title: 'iCloud: rejected by the sender’s DMARC policy',
			meaning: "The From: domain failed DMARC at iCloud and its policy asks for rejection, so iCloud refused it. iCloud applies the policy the From: domain itself publishes, so the fix lies with whoever sends in that domain's name.",
			causes: ['No aligned SPF or DKIM for the From: domain.', 'A forwarder or mailing list that changed the message and broke its DKIM signature.'],
			fix: ['Sign the mail with DKIM under the From: domain for every sending service.', 'Add each sending service to the domain’s SPF record, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: POSTMASTER,
		},
		// "554 <host>.me.com ESMTP not accepting connections"
		{
			phrase: /not accepting connections/i,
			title: 'iCloud not accepting the connection',
			meaning: 'The iCloud server refused the SMTP connection from the sending IP. The refusal comes before any message is offered, so it concerns the IP alone, and every sender using that server meets it.',
			causes: ['IP reputation or block-list status at iCloud.'],
			fix: ['Check the IP on public block lists and fix reputation issues.', CONTACT],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: POSTMASTER,
		},
		// "554 5.7.1 <user@icloud.com>: Relay access denied"
		{
			phrase: /relay access denied/i,
			title: 'iCloud relay refused',
			meaning: 'iCloud does not handle mail for this destination from your server (relay refused). An iCloud MX takes mail only for the domains iCloud hosts; mail for anyone else has to leave through the sender’s own outgoing server, after logging in.',
			causes: ['Mail for another domain routed to iCloud by mistake, or an unauthenticated submission.'],
			fix: ["Check the recipient domain's MX records and that mail goes to them.", 'When sending through iCloud, log in to its outgoing server with the account.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: POSTMASTER,
		},
		// "450 4.1.8 <sender@example.jp>: Sender address rejected: Domain not found"
		{
			phrase: /sender address rejected/i,
			title: 'iCloud refused the sender address',
			meaning: "iCloud refused the envelope sender, typically because the sender's domain cannot be found in DNS. The envelope sender is where bounces go, so iCloud refuses one whose domain could not receive them.",
			causes: ['A MAIL FROM domain without DNS records.', 'An application sending with a made-up or mistyped sender domain.'],
			fix: ['Use an envelope sender whose domain resolves (A or MX).', 'Check the envelope sender the server actually uses (the Return-Path), which an application may set differently from the visible From.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: POSTMASTER,
		},
	],
});
