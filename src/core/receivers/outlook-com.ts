// Outlook.com consumer mail (outlook.com, hotmail.com, live.com, msn.com), run by Microsoft.
// Its rejections carry short tags after the text: (S3140), (S3150), (S775), (S843), (S3115), and
// anti-spam rule tags (AS####) / AS(####). Microsoft publishes no list of the S tags; what each
// means is taken from the wording they appear with. The legacy Hotmail codes of the postmaster
// troubleshooting page (SC-001, RP-001, DY-001, OU-001 …) are in outlook-com-legacy.ts.
// Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {DELIST_FORM, OUTLOOK_COM_LEGACY, SNDS, TROUBLESHOOTING} from './outlook-com-legacy';

const POSTMASTER = 'https://sendersupport.olc.protection.outlook.com/pm/';
const HIGH_VOLUME = 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730';

export const outlookCom: Receiver = defineReceiver({
	id: 'outlook-com',
	name: 'Outlook.com (Hotmail)',
	detect: [
		/\b(?:hotmail|outlook|live|msn)-com\.olc\.protection\.outlook\.com\b/i,
		/\bolc\.protection\.outlook\.com\b/i,
		/\bpostmaster\.live\.com\b|\bmail\.live\.com\/mail\/troubleshooting|\bolcsupport\.office\.com\b|\bsendersupport\.olc\b/i,
		/\((?:S3140|S3150|S775|S843|S3115)\)/,
		/\((?:AS\d{3,9})\)|\bAS\(\d{3,9}\)/,
		/\b(?:RP|SC|DY|OU)-00\d\b/,
		// Its refusal of high-volume senders without SPF, DKIM and DMARC ("550 5.7.515 Access denied, sending domain …")
		/\bdoes(?: not|n't) meet the required authentication level\b/i,
	],
	tagFamilies: [
		// "… on our block list (S3150).", "… (S775)", "… (S2017062302)": S and 3 to 10 digits
		{
			pattern: /^S\d{3,10}$/,
			description: 'an Outlook.com tag: Outlook.com ends many refusals and deferrals with S and a number, and Microsoft publishes no list of what the numbers mean',
			source: TROUBLESHOOTING,
		},
		// "… (AS843)", "… AS(201806281)": AS and a number, in or before parentheses
		{
			pattern: /^AS\d{1,12}$/,
			description: "a Microsoft anti-spam rule tag: it names the filtering rule that fired, and Microsoft publishes no list of them",
			source: POSTMASTER,
		},
	],
	rules: [
		...OUTLOOK_COM_LEGACY,
		// "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."
		{
			tag: 'S3150',
			title: 'Outlook.com block list (S3150)',
			meaning: 'Outlook.com refuses mail from this IP because the network it belongs to is on its block list; every message from the IP is refused until Microsoft lifts the block. The recipient addresses are fine; the refusal is about where the mail comes from.',
			causes: ['Spam or poor reputation from the IP or its neighbouring range (shared hosting, cloud VMs).', 'No sending history at Outlook.com for the IP.'],
			fix: ['Check the IP is not sending spam (compromised accounts, open relay) and has proper PTR, SPF and DKIM.', SNDS, DELIST_FORM, 'If you use a hosting or mail provider, ask them to handle the delisting or move you to a clean IP.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140)."
		{
			tag: 'S3140',
			title: 'Outlook.com block list (S3140)',
			meaning: 'The sending IP is on the Outlook.com block list (tag S3140, same wording as S3150; Microsoft does not document the difference). Its mail is refused until the block is lifted, whoever the recipient is.',
			causes: ['Reputation problems of the IP or range: spam, complaints, spam-trap hits.', 'A compromised account or server sending through the IP.'],
			fix: ['Remove the cause (compromise, bad lists), then verify PTR, SPF and DKIM.', SNDS, DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)"
		{
			tag: 'S775',
			title: 'Outlook.com IP-reputation throttle (S775)',
			meaning: 'Outlook.com is deferring mail from this IP because of its reputation (tag S775). Mail is delayed, not refused, and gets through when the IP sends less and its reputation recovers.',
			causes: ['A volume spike, complaints or spam-trap hits from the IP.', 'A new IP sending without warm-up.'],
			fix: ['Lower the volume to Outlook.com domains and let the queue retry.', SNDS, 'Ramp up new IPs gradually; send only to engaged recipients.', 'If it lasts for days, open a ticket with the Outlook.com sender support form (olcsupport.office.com), quoting the reply and the IP.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: POSTMASTER,
		},
		// "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. (S843)"
		{
			tag: 'S843',
			title: 'Outlook.com IP-reputation throttle (S843)',
			meaning: 'Tag S843 marks the same kind of Outlook.com deferral as S775: the IP is rate limited for its reputation. Mail is delayed, not refused, and goes through when it is retried later at a lower volume.',
			causes: ['Weak or falling reputation of the sending IP at Outlook.com.', 'More mail than the IP usually sends.'],
			fix: ['Slow down sending to Outlook.com and keep retrying.', SNDS, 'If it lasts for days, open a ticket with the Outlook.com sender support form (olcsupport.office.com), quoting the reply and the IP.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: POSTMASTER,
		},
		// "451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115)"
		{
			tag: 'S3115',
			title: 'Outlook.com connection limit (S3115)',
			meaning: 'The IP has more simultaneous connections open to Outlook.com than allowed; further sessions are deferred. The messages stay queued and succeed once fewer connections are open.',
			causes: ['High SMTP concurrency towards Outlook.com MX hosts.', 'Several servers sending from one IP at once.'],
			fix: ['Reduce the parallel connections to Outlook.com and let the queue retry.', 'Reuse connections instead of opening one per message.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: POSTMASTER,
		},
		// "550 5.7.515 Access denied, sending domain [example.com] does not meet the required authentication level."
		{
			status: '5.7.515',
			title: 'Outlook.com: high-volume sender without SPF, DKIM and DMARC',
			meaning: 'Outlook.com refuses mail from a domain that sends more than 5,000 messages a day to its users unless the mail passes SPF, passes DKIM and the domain publishes a DMARC policy (at least p=none) aligned with SPF or DKIM. This message fell short of that, so it was refused and will be again until the domain’s records are fixed.',
			causes: ['A sending service missing from SPF, or mail not DKIM-signed with the From domain.', 'No DMARC record for the From domain, or one that neither SPF nor DKIM aligns with.'],
			fix: [
				'Make every sending service pass SPF for the envelope domain and sign with DKIM for the From domain.',
				'Publish a DMARC record at _dmarc.<From domain> with at least “v=DMARC1; p=none” and check that SPF or DKIM aligns with the From domain.',
				'Check the results in the Authentication-Results header of a test message to an Outlook.com address, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: HIGH_VOLUME,
		},
		// Same wording without a tag: "… weren't sent. Please contact your Internet service provider since part of their network is on our block list"
		{
			phrase: /part of their network is on our block ?list/i,
			title: 'Outlook.com network block list',
			meaning: 'The sending IP’s network is on the Outlook.com block list; the tag that names the exact list is missing from this copy of the message. Every message from the IP is refused until Microsoft lifts the block.',
			causes: ['Reputation problems of the IP or its range.'],
			fix: ['Check the IP is not sending spam (compromised accounts, open relay) and has proper PTR, SPF and DKIM.', SNDS, DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "… (AS843)" / "… AS(201806281)" — anti-spam rule tags without a rule of their own here
		{
			phrase: /\(AS\d{3,9}\)|\bAS\(\d{3,9}\)/,
			title: 'Microsoft anti-spam rule tag',
			meaning: "The reply carries an anti-spam tag (AS followed by a number) from Microsoft's filtering, naming the internal rule that fired. Microsoft publishes no list of these numbers: the reply code and text say what kind of block it is.",
			causes: ['Filtering verdicts about the IP, the sender, the recipient or the content.'],
			fix: ['Read the reply code and text around the tag: they say whether the IP, the sender or the content was refused.', SNDS, 'Quote the full reply, including the AS number, when asking for mitigation with the Outlook.com sender support form (olcsupport.office.com) or Microsoft 365 support.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: POSTMASTER,
		},
	],
});
