// NetEase mail (163.com, 126.com, yeah.net, and NetEase's hosted business mail); MX
// 163mx00.mxmail.netease.com … Its refusals carry a short code of its own, two letters, a colon and
// three letters (HL:ICC, MI:SPF, DT:SPM), then a host tag and a link to mail.163.com/help. Facts:
// NetEase's help page "企业退信的常见问题" (common bounces for businesses), which lists each code with
// its cause and what to do. The code decides the reason. Each comment quotes the reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const CODES = 'https://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html';
const FEEDBACK = 'If the refusal persists after the fix, send NetEase the bounce through the fault-report form linked from its bounce help page (help.163.com).';

/** A NetEase code standing on its own: `code('HL', 'ICC|IFC')` matches HL:ICC and HL:IFC. */
const code = (kind: string, codes: string): RegExp => new RegExp(`(?<![\\w:])${kind}:(?:${codes})(?![\\w:])`);
const any = (codes: string): RegExp => new RegExp(`(?<![\\w:])(?:${codes})(?![\\w:])`);

export const netease: Receiver = defineReceiver({
	id: 'netease',
	name: 'NetEase (163.com, 126.com)',
	decides: true,
	detect: [/\bmxmail\.netease\.com\b/i, /\bmail\.163\.com\/help\b/i, /\b(?:163|126|yeah)mx\d{1,3}\b/i, any('HL:(?:REP|MEP|ICC|IFC|IFQ|IHU|IPB)|MI:(?:SPF|DMA|DMC|SFQ|STC|CEL|CCL|NHD|IMF)|RP:(?:DRC|RCL|QRC|CEL|CCL|FRL)|DT:(?:RBL|SPM)|WM:(?:BLI|BLU)')],
	rules: [
		// "421 HL:REP 163 mx14,… http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=mx14&time=…"
		{
			phrase: code('HL', 'REP|MEP'),
			title: 'NetEase: sending IP held back for abnormal behaviour (HL:REP, HL:MEP)',
			meaning: 'NetEase temporarily refuses connections from the IP because its mail went to many addresses that do not exist (REP) or used many forged sender domains (MEP). The hold is on the IP address, not on one message: every sender using that IP meets the same refusal until the behaviour stops.',
			causes: ['A stale or bought list full of invalid addresses.', 'Spam or malware on a machine sending through the IP, forging senders.'],
			fix: ['Check for accounts or machines sending spam or viruses through the IP.', 'Clean the list of invalid addresses and send only from real, valid sender domains.', FEEDBACK],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "421 HL:ICC 163 mx25,…" (too many connections) / "421 HL:IFC" / "554 HL:IFQ" (too much mail from the IP in a short time)
		{
			phrase: code('HL', 'ICC|IFC|IFQ'),
			title: 'NetEase: too many connections or messages from the IP (HL:ICC, HL:IFC, HL:IFQ)',
			meaning: 'The sending IP opened more simultaneous connections (ICC), or sent more mail in a short time (IFC, IFQ), than NetEase allows, so it is refused for a while. The limit is on the pace of the sending, not on its content: the same mail gets through when it is sent more slowly.',
			causes: ['Many parallel deliveries to NetEase from one IP.', 'A burst of bulk mail, or spam from a compromised account.'],
			fix: ['Lower the number of parallel connections and the sending rate to NetEase domains; let the queue retry.', 'Check that no account is sending spam or viruses.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "554 HL:IHU 163 mx3,…" (IP suspended for breaking NetEase's terms) / "554 HL:IPB" / "450 WM:BLI" (IP not on NetEase's list of allowed senders)
		{
			phrase: any('HL:IHU|HL:IPB|WM:BLI'),
			title: 'NetEase: sending IP suspended or not allowed (HL:IHU, HL:IPB, WM:BLI)',
			meaning: 'NetEase does not take mail from this IP: its sending broke NetEase’s terms and it is suspended (IHU), or it is not on the list of addresses NetEase accepts mail from (IPB, BLI). Every message from the IP is refused in the same way, whatever its sender or content, so the cause has to be found on the sending side.',
			causes: ['Spam or abusive sending seen from the IP.', 'A compromised account or machine sending through the IP without the owner knowing.'],
			fix: ['Find and stop the abusive sending on the IP: check the server’s log for accounts sending unusual volumes.', FEEDBACK],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "450 DT:RBL 163 mx5,…"
		{
			phrase: code('DT', 'RBL'),
			title: 'NetEase: sending IP on a DNS block list (DT:RBL)',
			meaning: 'The sending IP is on one or more DNS block lists that NetEase consults, so its mail is refused. The listing is kept by the block lists themselves, not by NetEase, so it is lifted at each list once the cause is gone.',
			causes: ['Spam, malware or an open relay seen from the IP by a block list.'],
			fix: [
				'Look the IP up on the common block lists (for example at check.spamhaus.org) to see which list holds it and why.',
				'Remove the cause (a compromised account, an open relay, a spamming machine), then ask each list to delist the IP; the queue retries meanwhile.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "451 DT:SPM 163 mx4,…, please try again" / "554 DT:SPM 163 smtp10,…"
		{
			phrase: code('DT', 'SPM'),
			title: 'NetEase: message taken for spam (DT:SPM)',
			meaning: 'NetEase’s filter found spam traits in the message body or a non-standard sending setup; with 451 it is refused for now, with 554 for good. The code does not say which trait it found, so both the content and the sending setup are worth checking.',
			causes: ['Content or links that look like bulk advertising.', 'A sending setup that breaks norms (no PTR, odd headers, mismatched sender).'],
			fix: ['With 451, keep the message queued: NetEase asks for another try about two minutes later.', 'Change the content, or fix the sending setup, before sending it again.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: CODES,
		},
		// "550 MI:SPF 163 mx49,… http://mail.163.com/help/help_spam_16.htm?ip=…" / "550 MI:DMA …"
		{
			phrase: code('MI', 'SPF|DMA'),
			title: 'NetEase: SPF or DMARC check failed (MI:SPF, MI:DMA)',
			meaning: 'The sending IP is not allowed by the sender domain’s SPF record (SPF), or the message is not allowed by the domain’s DMARC policy (DMA). Both are published by the sender’s own domain in DNS, so the fix lies in that domain’s records or in the path the mail takes, not at NetEase.',
			causes: ['A sending server missing from the domain’s SPF record.', 'A From domain whose DMARC policy rejects mail that is not SPF- or DKIM-aligned.'],
			fix: [
				'Add the sending server to the domain’s SPF record (its TXT record beginning v=spf1).',
				'Sign the mail with DKIM under the From domain so that DMARC passes, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "450 MI:DMC …" (too many messages on one connection) / "450 RP:DRC …" (too many recipients on one connection) / "550 RP:RCL …" (too many recipients on one message)
		{
			phrase: any('MI:DMC|RP:DRC|RP:RCL'),
			title: 'NetEase: too many messages or recipients at once (MI:DMC, RP:DRC, RP:RCL)',
			meaning: 'The sender put more messages on one connection (DMC), more recipients on one connection (DRC) or more recipients on one message (RCL) than NetEase takes. These limits count per session and per message, so the same mail gets through when it is split into smaller batches.',
			causes: ['A bulk send that reuses one session for many messages or addresses.'],
			fix: [
				'Send fewer messages per connection and fewer recipients per message; the queue retries what was refused.',
				'In a mailing tool, lower its batch size for NetEase domains rather than sending one message to a long recipient list.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "451 MI:SFQ …" (sender over its 15-minute limit) / "451 RP:QRC …" (too many recipients from the sender lately) / "550 MI:STC …" / "554 MI:STC …" (sender over its daily limit)
		{
			phrase: any('MI:SFQ|RP:QRC|MI:STC'),
			title: 'NetEase: sender’s sending limit reached (MI:SFQ, RP:QRC, MI:STC)',
			meaning: 'This sender address sent more mail, or to more recipients, than NetEase allows in 15 minutes (SFQ), in a short period (QRC) or in a day (STC); its mail is refused until the period ends. The limit is counted for this sender address, so other senders on the same server are not held back by it.',
			causes: ['A bulk send from one sender address.', 'A compromised account sending spam.'],
			fix: ['Slow the sending from this address; for STC wait until the next day.', 'Check the account is not sending spam.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: CODES,
		},
		// "450 MI:CEL …" / "451 RP:CEL …" (too many erroneous commands) / "450 MI:CCL …" / "450 RP:CCL …" (more commands than normal)
		{
			phrase: any('MI:CEL|RP:CEL|MI:CCL|RP:CCL'),
			title: 'NetEase: too many wrong or extra SMTP commands (CEL, CCL)',
			meaning: 'The sending program sent too many erroneous SMTP commands (CEL), or many more commands than a normal delivery needs (CCL), so NetEase stopped the session. The refusal is about how the program talks to the server, not about the message itself.',
			causes: ['A faulty sending program or script.', 'Address probing (RCPT after RCPT) that looks like harvesting.'],
			fix: [
				'Check the sending program’s SMTP dialogue and fix it, then resend.',
				'Look in its log for the commands the server answered with errors, and for long runs of recipients tried one after another.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'syntaxerror',
			source: CODES,
		},
		// "550 MI:NHD …" (empty HELO) / "550 MI:IMF …" (malformed sender address)
		{
			phrase: code('MI', 'NHD|IMF'),
			title: 'NetEase: HELO name or sender address not valid (MI:NHD, MI:IMF)',
			meaning: 'The sending server gave an empty HELO name (NHD), or the sender address does not follow the e-mail address standard (IMF), so NetEase refuses the mail. Both are basic parts of the SMTP dialogue that standard mail servers always fill in, so the refusal points to a script, a device or a misconfigured server.',
			causes: ['A script or device that sends without a HELO name.', 'A malformed MAIL FROM address.'],
			fix: [
				'Configure a real host name for HELO and a valid sender address (RFC 5321, RFC 5322), then resend.',
				'For a device or script, send through a proper mail server that fills both in, rather than straight to NetEase.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'notcompliantrfc',
			source: CODES,
		},
		// "450 WM:BLU …"
		{
			phrase: code('WM', 'BLU'),
			title: 'NetEase: sender not on the allowed list (WM:BLU)',
			meaning: 'This sender address is not on the list of users NetEase accepts mail from for this destination. The list belongs to the receiving side, such as a company mailbox that takes mail only from senders it names, so only the recipient or their administrator can add the sender.',
			causes: ['A recipient domain that only takes mail from listed senders.'],
			fix: [
				'Ask the recipient or their administrator, by another channel, to allow the sender address.',
				'Until then, do not resend from the same address: it is refused the same way each time.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 RP:FRL …"
		{
			phrase: code('RP', 'FRL'),
			title: 'NetEase: relaying refused (RP:FRL)',
			meaning: 'NetEase does not forward mail anonymously to other domains (it is not an open relay); the recipient is not one of its own addresses. A NetEase MX host takes mail only for NetEase’s own domains, so mail to anyone else has to leave through the sender’s own outgoing server, after logging in.',
			causes: ['A client using a NetEase MX as its outgoing server without logging in.'],
			fix: [
				'Send through your own provider’s outgoing server, not through a NetEase MX host.',
				'To send from a NetEase account, log in to its SMTP server (smtp.163.com) with the account and its client authorisation code.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: CODES,
		},
		// "451 Requested mail action not taken: too much fail authentication" / "553 authentication is required"
		{
			phrase: /\btoo much fail authentication\b|\bauthentication is required\b/i,
			title: 'NetEase: login failed or missing',
			meaning: 'NetEase’s SMTP server wants the client to log in: the login was missing (553) or failed so often that logins are refused for a while (451). A mail client logs in to NetEase with the client authorisation code made in the web mail’s settings, not with the web password.',
			causes: ['A wrong password, or NetEase’s client authorisation code not used in place of the web password.', 'A mail client set to send without logging in.'],
			fix: [
				'Turn on SMTP login in the client and use the client authorisation code from NetEase’s mail settings (POP3/SMTP/IMAP); then send again.',
				'After many failed logins, stop the client retrying with the old password for a while, so the refusal can lapse.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: CODES,
		},
		// "550 Invalid User"
		{
			phrase: /\binvalid user\b/i,
			title: 'NetEase: no mailbox at this address',
			meaning: 'The recipient address does not exist at NetEase. The part before the @ matches no mailbox in that domain, because it was mistyped or the mailbox was deleted, and sending again gives the same answer.',
			causes: ['A typo in the address, or a mailbox that was deleted.'],
			fix: [
				'Check the address with the recipient by another channel; correct it if it was mistyped.',
				'If it was right, remove it from your lists and do not resend.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: CODES,
		},
	],
});
