// Yahoo Inc. mail (Yahoo Mail, AOL, and domains hosted on it such as att.net).
// Facts: Yahoo's Sender Hub "SMTP Error Codes" page (senders.yahooinc.com/smtp-error-codes), which
// groups the errors (TS* deferrals, PH* content blocks, authentication, unknown recipients …), and the
// tags as they appear in replies: [TSS04], [TSS09], [TSS11], [TS01]–[TS03], [PH01], [BL21], [BL23].
// Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const CODES = 'https://senders.yahooinc.com/smtp-error-codes';
const HUB = 'Review the Sender Requirements & Recommendations on Yahoo Sender Hub (senders.yahooinc.com); if the error persists over a long period, submit a Sender Support Request there with the exact error and the diagnostic codes from your logs.';
const QUEUES = 'Examine the outbound queues for spam: a personal, company or ISP server that sends no bulk mail may be abused by a spammer (a compromised account or form).';
const FBL = "Sign up for Yahoo's Complaint Feedback Loop and remove complainers.";

export const yahoo: Receiver = defineReceiver({
	id: 'yahoo',
	name: 'Yahoo / AOL',
	decides: true,
	detect: [
		/\.yahoodns\.net\b/i,
		/\b(?:postmaster|senders)\.yahooinc\.com\b|\bpostmaster\.yahoo\.com\b/i,
		/\[(?:TSS?\d{2}|PH\d{2}|BL\d{2})\]/,
		/\b(?:mta\d*\.)?(?:mail\.)?yahoo\.com\b|\bmx-aol\.|\baol\.com\b/i,
		/\bYahoo\b/,
	],
	tagFamilies: [
		// "421 4.7.0 [TSS04] …", "[TS01]", "[PH01]", "[BL21]": letters for the kind, two digits
		{
			pattern: /^(?:TSS?|PH|BL)\d{1,3}$/,
			description: "a Yahoo / AOL tag (TS and TSS: deferrals, PH: content, BL: block lists), but not one Yahoo's error-code page lists",
			source: CODES,
		},
	],
	rules: [
		// "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
		{
			tag: 'TSS04',
			title: 'Yahoo deferral: volume or complaints (TSS04)',
			meaning: 'Yahoo is temporarily deferring mail from this IP because of unexpected volume or user complaints. Nothing has bounced yet: the sending server keeps the message and tries again, and Yahoo accepts mail again once the pattern settles.',
			causes: ['A volume spike or a new IP without history at Yahoo.', 'Spam complaints from Yahoo users.', 'Missing or failing SPF/DKIM/DMARC lowering trust.'],
			fix: ['Let the queue retry but lower the rate to Yahoo and AOL.', FBL, QUEUES, HUB],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: CODES,
		},
		// "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed."
		{
			tag: 'TSS09',
			title: 'Yahoo permanent deferral of the IP (TSS09)',
			meaning: 'Yahoo will not accept any mail from this IP, for any recipient; retrying the same mail will not help until the reputation problem is fixed. Yahoo’s word is “permanently deferred”, but the reply is a permanent refusal.',
			causes: ['Sustained complaints, spam-trap hits, or a listing on a block list such as Spamhaus.'],
			fix: ['Stop sending to Yahoo from this IP and find the cause (list quality, compromise).', 'Check the IP at check.spamhaus.org.', HUB],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "553 5.7.2 [TSS11] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed."
		{
			tag: 'TSS11',
			title: 'Yahoo permanent deferral (TSS11)',
			meaning: 'A second Yahoo tag for refusing all mail from the IP permanently (Yahoo documents no difference from TSS09). Retries of any message from that IP fail until the cause is fixed.',
			causes: ['Poor IP reputation at Yahoo: complaints, unusual traffic, or spam sent through the server.'],
			fix: ['Pause Yahoo traffic from the IP, fix list hygiene and authentication.', QUEUES, HUB],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1"
		{
			tag: 'TS01',
			title: 'Yahoo temporary deferral (TS01)',
			meaning: 'Older Yahoo deferral tag: mail from the IP is held back for now, typically for complaints or an unusual traffic pattern. The sending server keeps retrying, and the deferral usually lifts once the complaints stop.',
			causes: ['User complaints or a traffic spike.'],
			fix: ['Let the queue retry slowly.', FBL, HUB],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: CODES,
		},
		// "421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1"
		{
			tag: 'TS02',
			title: 'Yahoo temporary deferral (TS02)',
			meaning: 'Older Yahoo deferral tag for an IP whose mail draws complaints or looks like spam; a stronger signal than TS01. Mail is still retried, but without fewer complaints the retries end in bounces.',
			causes: ['Sustained complaints or poor engagement.'],
			fix: ['Slow down, suppress unengaged and complaining recipients, keep retrying.', FBL, HUB],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: CODES,
		},
		// "421 4.7.0 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed."
		{
			tag: 'TS03',
			title: 'Yahoo deferral of all mail from the IP (TS03)',
			meaning: 'Older Yahoo tag: all mail from the IP is being deferred because of its behaviour. Without changes the retries will end in bounces, whatever the message.',
			causes: ['Serious complaint or spam problems from the IP.'],
			fix: ['Stop and fix the cause before sending to Yahoo again.', QUEUES, HUB],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes"
		{
			tag: 'PH01',
			title: 'Yahoo content block (PH01)',
			meaning: 'Yahoo refused the message for its content: it looked like phishing, malware or ransomware, or linked to such sites. The address and the sending IP are not the problem; the same content will be refused again.',
			causes: ['Links to domains with a bad reputation, malicious attachments, or phishing-like content.', 'A compromised account sending phishing.'],
			fix: ['Check every link and attachment; remove bad domains and shorteners.', 'Scan the sending system for compromise.', QUEUES, HUB],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: CODES,
		},
		// "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html"
		{
			tag: 'BL21',
			title: 'Yahoo: IP listed by Spamhaus (BL21)',
			meaning: 'Yahoo refuses connections from this IP because it is on a Spamhaus block list. Yahoo itself cannot lift this: the listing has to be removed at Spamhaus first.',
			causes: ['The IP is listed on Spamhaus (SBL, XBL or PBL).'],
			fix: ['Look the IP up at check.spamhaus.org to see which list and why.', 'Fix the cause and follow Spamhaus removal steps, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html"
		{
			tag: 'BL23',
			title: 'Yahoo: IP on Spamhaus XBL (BL23)',
			meaning: 'Yahoo refuses connections from this IP because the Spamhaus Exploits Block List (XBL) lists it as compromised or infected. Yahoo cannot lift this itself; the IP must first leave the Spamhaus list.',
			causes: ['Malware, a botnet, or an open proxy on the IP (or behind its NAT).'],
			fix: ['Find and clean the infected machine behind the IP.', 'Request removal at check.spamhaus.org, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com) [-5] - mta123.mail.mud.yahoo.com"
		{
			phrase: /\bdd This user doesn't have an? [\w.-]{1,40} account/i,
			title: 'Yahoo account does not exist',
			meaning: 'There is no Yahoo (or AOL) account with this address. Yahoo says delivery to it will never succeed, so resending the same message is pointless and the address should leave mailing lists.',
			causes: ['A typo or a deleted account.'],
			fix: ['Check the spelling of the address: a single wrong letter is enough.', 'Ask the recipient for their correct address by another channel, and remove this one from mailing lists.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: CODES,
		},
		// "554 delivery error: dd user@yahoo.com is no longer valid."
		{
			phrase: /\bdd \S{1,254} is no longer valid/i,
			title: 'Yahoo address no longer valid',
			meaning: 'The Yahoo address used to exist but is no longer valid (closed or deactivated). Mail to it will keep bouncing whatever is sent, so it should leave every mailing list and address book.',
			causes: ['The account was closed or deactivated for inactivity.'],
			fix: ['Remove the address from mailing lists and address books.', 'Ask the recipient for a new address by another channel.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'suspend',
			source: CODES,
		},
		// "554 30 Sorry, your message to user@aol.com cannot be delivered. This mailbox is disabled (554.30)"
		{
			phrase: /mailbox is disabled|\(554\.30\)/i,
			title: 'AOL/Yahoo mailbox disabled (554.30)',
			meaning: 'The AOL or Yahoo mailbox exists but is disabled, so it takes no mail. The refusal is about the recipient’s account, not about the sender or the message.',
			causes: ['The account was disabled, often for inactivity.'],
			fix: ['Stop sending to it and remove it from lists.', 'Reach the recipient by another channel if the message matters.'],
			whoActs: 'recipient',
			retry: 'do-not-retry',
			reason: 'suspend',
			source: CODES,
		},
		// "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM."
		{
			phrase: /Yahoo requires all senders to authenticate/i,
			title: 'Unauthenticated sender (Yahoo)',
			meaning: 'Yahoo blocked the message because neither SPF nor DKIM passed; all senders must pass one, and bulk senders need both plus DMARC. The message was never delivered, and resending it unchanged fails the same way.',
			causes: ['The sending service is missing from SPF and does not sign with DKIM.'],
			fix: ["Add the sending service to the domain's SPF record and enable DKIM signing (Microsoft 365 and Google Workspace each document how to turn DKIM on).", 'Bulk senders: publish a DMARC record too.', 'Mailing lists: put the list’s own address in From: and the author in Reply-To:; forwarders: add ARC.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes"
		{
			phrase: /not accepted for policy reasons/i,
			title: 'Yahoo policy rejection',
			meaning: 'Yahoo refused the message for policy reasons, most often a DMARC/DKIM failure for the From: domain or content it will not take. Yahoo also refuses on policy a null MX, headers too big or that cannot be decoded, a date out of range, or forbidden characters in an address.',
			causes: ['DMARC failure with p=reject.', 'Content or header problems Yahoo does not accept.'],
			fix: ['Check DKIM and DMARC alignment for the From: domain.', 'Check the headers: From, Subject and To short and decodable, a correct Date, no exotic characters in addresses.', HUB],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: CODES,
		},
		// "451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain"
		{
			reply: '451',
			phrase: /unresolvable RFC\.?532[12]/i,
			title: 'Sender domain did not resolve (temporary)',
			meaning: 'Yahoo could not confirm for now that the MAIL FROM or From: domain exists. It checks with an SOA lookup, and the lookup timed out or failed; it will accept a retry once DNS answers.',
			causes: ["Slow or failing authoritative DNS for the sender's domain.", 'A sending subdomain that answers A/MX but not SOA queries.'],
			fix: ['Check that the envelope and header From domains answer SOA queries quickly, including subdomains (a subdomain needs SOA records, not only A or MX).', 'Let the queue retry once DNS answers.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'rejected',
			source: CODES,
		},
		// "554 Message not accepted due to unresolvable RFC.5322 from domain"
		{
			phrase: /unresolvable RFC\.?532[12]/i,
			title: 'Sender domain does not resolve',
			meaning: 'Yahoo refused the message because the MAIL FROM or From: domain does not appear to exist in DNS (no SOA answer). Yahoo checks the domain after the @ with an SOA query, so a subdomain with only A or MX records fails too.',
			causes: ['A typo or unregistered sender domain.', 'A sending subdomain with A/MX records but no SOA answer.'],
			fix: ['Make sure the envelope and header From domains exist in DNS, including an SOA answer for subdomains.', 'Resend once the domain answers SOA queries.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "421 Max message per connection reached, closing transmission channel"
		{
			phrase: /max message per connection/i,
			title: 'Too many messages on one connection',
			meaning: 'Yahoo closed the connection after the maximum number of messages per session; the rest must come on a new connection. Nothing is wrong with the messages: they are retried and delivered.',
			causes: ['The MTA reuses one session for many messages.'],
			fix: ['Let the MTA reconnect and deliver the rest.', 'Lower the number of messages per connection for Yahoo in the MTA’s settings.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "450 User is receiving mail too quickly"
		{
			phrase: /receiving mail too quickly/i,
			title: 'Yahoo recipient receiving too fast',
			meaning: 'The Yahoo recipient is getting mail faster than Yahoo allows; the message is deferred. The sending server retries, and the message goes through once the flow to that mailbox slows.',
			causes: ['Many messages to one recipient in a short time.'],
			fix: ['Let the queue retry; space out mail to the recipient.', 'If many automatic messages go to one mailbox, group them into fewer.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'speeding',
			source: CODES,
		},
		// "421 4.7.0 [TSxx] … temporarily deferred" (any other TS/TSS deferral without its own rule)
		{
			phrase: /\[TSS?\d{2}\][^[]{0,80}?temporarily deferred/i,
			title: 'Yahoo temporary deferral',
			meaning: 'Yahoo is deferring the mail for now (a TS-family tag without a rule of its own here). Yahoo gives complaints, spam-like content, a poor reputation of the IP or its subnet, and unusual traffic as the reasons; keep retrying at a gentle rate.',
			causes: ['Complaints, volume patterns or reputation of the IP.'],
			fix: ['Slow down and let the queue retry.', QUEUES, HUB],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: CODES,
		},
	],
});
