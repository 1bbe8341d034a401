// Outlook.com consumer mail (outlook.com, hotmail.com, live.com, msn.com), run by Microsoft.
// Its rejections carry short tags after the text: (S3140), (S3150), (S775), (S843), (S3115), and
// anti-spam rule tags (AS####) / AS(####). Microsoft publishes no list of the S tags; what each
// means is taken from the wording they appear with. Legacy Hotmail codes (SC-001, RP-001, DY-001,
// OU-001) are listed on the Outlook.com postmaster troubleshooting page.
// Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';

const POSTMASTER = 'https://sendersupport.olc.protection.outlook.com/pm/';
const TROUBLESHOOTING = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const SNDS = 'Enrol the IP in Microsoft SNDS (sendersupport.olc.protection.outlook.com/snds) to see its data, and JMRP for complaint reports.';
const DELIST_FORM = 'Request mitigation through the Outlook.com sender support form (olcsupport.office.com) once the cause is fixed.';

export const outlookCom: Receiver = {
	id: 'outlook-com',
	name: 'Outlook.com (Hotmail)',
	detect: [
		/\b(?:hotmail|outlook|live|msn)-com\.olc\.protection\.outlook\.com\b/i,
		/\bolc\.protection\.outlook\.com\b/i,
		/\bpostmaster\.live\.com\b|\bmail\.live\.com\/mail\/troubleshooting|\bolcsupport\.office\.com\b|\bsendersupport\.olc\b/i,
		/\((?:S3140|S3150|S775|S843|S3115)\)/,
		/\((?:AS\d{3,9})\)|\bAS\(\d{3,9}\)/,
		/\b(?:RP|SC|DY|OU)-00\d\b/,
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
		// "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."
		{
			tag: 'S3150',
			title: 'Outlook.com block list (S3150)',
			meaning: 'Outlook.com refuses mail from this IP because the network it belongs to is on its block list; mail from the IP is rejected until Microsoft lifts the block.',
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
			meaning: 'The sending IP is on the Outlook.com block list (tag S3140, same wording as S3150; Microsoft does not document the difference), so its mail is rejected.',
			causes: ['Reputation problems of the IP or range: spam, complaints, spam-trap hits.'],
			fix: ['Remove the cause (compromise, bad lists), then verify PTR/SPF/DKIM.', SNDS, DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)"
		{
			tag: 'S775',
			title: 'Outlook.com IP-reputation throttle (S775)',
			meaning: 'Outlook.com is deferring mail from this IP because of its reputation (tag S775); mail is delayed, not refused, and gets through when the IP sends less and its reputation recovers.',
			causes: ['A volume spike, complaints or spam-trap hits from the IP.', 'A new IP sending without warm-up.'],
			fix: ['Lower the volume to Outlook.com domains and let the queue retry.', SNDS, 'Ramp up new IPs gradually; send only to engaged recipients.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: POSTMASTER,
		},
		// "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. (S843)"
		{
			tag: 'S843',
			title: 'Outlook.com IP-reputation throttle (S843)',
			meaning: 'Tag S843 marks the same kind of Outlook.com deferral as S775: the IP is rate limited for its reputation and should retry later at a lower volume.',
			causes: ['Weak or falling reputation of the sending IP at Outlook.com.'],
			fix: ['Slow down sending to Outlook.com and keep retrying.', SNDS, 'If it lasts for days, open a ticket with the Outlook.com sender support form (olcsupport.office.com).'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: POSTMASTER,
		},
		// "451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115)"
		{
			tag: 'S3115',
			title: 'Outlook.com connection limit (S3115)',
			meaning: 'The IP has more simultaneous connections open to Outlook.com than allowed; further sessions are deferred.',
			causes: ['High SMTP concurrency towards Outlook.com MX hosts.'],
			fix: ['Reduce the parallel connections to Outlook.com and let the queue retry.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: POSTMASTER,
		},
		// "550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. … Hotmail for policy reasons."
		{
			tag: 'SC-001',
			title: 'Hotmail policy rejection (SC-001)',
			meaning: 'Legacy Hotmail code: mail refused for policy reasons, usually spam-like content or IP/domain reputation.',
			causes: ['Poor reputation of the IP or domain, or spammy content.'],
			fix: [SNDS, DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'badreputation',
			source: TROUBLESHOOTING,
		},
		// "550 SC-002 … namespace mining"
		{
			tag: 'SC-002',
			title: 'Hotmail: namespace mining (SC-002)',
			meaning: 'Legacy Hotmail code: the IP looked like it was probing for valid addresses (many unknown recipients).',
			causes: ['Sending to old or guessed lists with many invalid addresses.'],
			fix: ['Clean the list of invalid addresses, then request mitigation.', DELIST_FORM],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: TROUBLESHOOTING,
		},
		// "550 SC-003 … open proxy/relay"
		{
			tag: 'SC-003',
			title: 'Hotmail: open proxy or relay (SC-003)',
			meaning: 'Legacy Hotmail code: the IP appears to be an open proxy or open relay.',
			causes: ['A misconfigured server relaying for anyone, or a proxy on the IP.'],
			fix: ['Close the open relay or proxy, then request mitigation.', DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "550 SC-004 … complaints"
		{
			tag: 'SC-004',
			title: 'Hotmail: blocked for complaints (SC-004)',
			meaning: 'Legacy Hotmail code: the IP was blocked after recipients complained about its mail.',
			causes: ['Unwanted mail or missing unsubscribe handling.'],
			fix: ['Join JMRP to see complaints, remove complainers, then request mitigation.', DELIST_FORM],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "550 DY-001 … We generally do not accept email from dynamic IP's …"
		{
			tag: 'DY-001',
			title: 'Hotmail: dynamic IP (DY-001)',
			meaning: 'Legacy Hotmail code: the sending IP is a dynamic (end-user) address, from which direct delivery is not accepted.',
			causes: ['A mail server on a home or dynamic connection.'],
			fix: ["Send through your ISP's or provider's smarthost."],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "550 DY-002 … compromised or virus infected server/personal computer"
		{
			tag: 'DY-002',
			title: 'Hotmail: compromised host (DY-002)',
			meaning: 'Legacy Hotmail code: the sending host looks compromised or infected.',
			causes: ['Malware or a botnet on the sending machine.'],
			fix: ['Clean the machine, then request mitigation.', DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "550 OU-001 … For more information about this block and to request removal please go to: Spamhaus"
		{
			tag: 'OU-001',
			title: 'Hotmail: third-party block list (OU-001)',
			meaning: 'Legacy Hotmail code: the IP is on a third-party list (Spamhaus) that Outlook.com uses.',
			causes: ['A Spamhaus listing of the IP.'],
			fix: ['Look the IP up at check.spamhaus.org and follow its removal steps.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "550 OU-002 … content with spam-like characteristics or IP/domain reputation"
		{
			tag: 'OU-002',
			title: 'Hotmail: content or reputation (OU-002)',
			meaning: 'Legacy Hotmail code: rejected for spam-like content or the reputation of the IP or domain.',
			causes: ['Spammy content or a poor sender reputation.'],
			fix: [SNDS, 'Review the content, then request mitigation.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'badreputation',
			source: TROUBLESHOOTING,
		},
		// "421 RP-001 (…) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day."
		{
			tag: 'RP-001',
			title: 'Hotmail: message rate limit (RP-001)',
			meaning: 'Legacy Hotmail code: the IP went over the message rate allowed for its reputation; later messages are deferred.',
			causes: ['Sending faster than the IP reputation allows.'],
			fix: ['Slow down and let the queue retry.', SNDS],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: TROUBLESHOOTING,
		},
		// "421 RP-002 … rate limit allowed on this connection"
		{
			tag: 'RP-002',
			title: 'Hotmail: per-connection rate limit (RP-002)',
			meaning: 'Legacy Hotmail code: too many messages on one connection for the IP reputation.',
			causes: ['Many messages per SMTP session.'],
			fix: ['Send fewer messages per connection and let the queue retry.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: TROUBLESHOOTING,
		},
		// "421 RP-003 … connection limit allowed"
		{
			tag: 'RP-003',
			title: 'Hotmail: connection limit (RP-003)',
			meaning: 'Legacy Hotmail code: too many connections from the IP for its reputation.',
			causes: ['High connection concurrency.'],
			fix: ['Open fewer simultaneous connections and retry.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: TROUBLESHOOTING,
		},
		// Same wording without a tag: "… weren't sent. Please contact your Internet service provider since part of their network is on our block list"
		{
			phrase: /part of their network is on our block ?list/i,
			title: 'Outlook.com network block list',
			meaning: "The sending IP's network is on the Outlook.com block list; the tag that names the exact list is missing from this copy of the message.",
			causes: ['Reputation problems of the IP or its range.'],
			fix: [SNDS, DELIST_FORM],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: TROUBLESHOOTING,
		},
		// "… (AS843)" / "… AS(201806281)" — anti-spam rule tags without a rule of their own here
		{
			phrase: /\(AS\d{3,9}\)|\bAS\(\d{3,9}\)/,
			title: 'Microsoft anti-spam rule tag',
			meaning: "The reply carries an anti-spam tag (AS followed by a number) from Microsoft's filtering, naming the internal rule that fired; the reply code and text say what kind of block it is.",
			causes: ['Filtering verdicts about the IP, the sender, the recipient or the content.'],
			fix: ['Quote the full reply, including the AS number, when asking Outlook.com or Microsoft 365 support.', SNDS],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: POSTMASTER,
		},
	],
};
