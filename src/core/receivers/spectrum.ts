// Spectrum / Charter mail (charter.net, spectrum.net, Roadrunner rr.com, twc.com, bresnan.net).
// Facts: Spectrum's own page "Understanding email error codes". Spectrum ends its refusals with an
// AUP code: AUP#I-nnnn (or AUP#In-nnnn) for mail coming in to a Spectrum address, AUP#O-nnnn for mail
// sent out from a Spectrum account. The four digits name the cause; several causes are a documented
// run of numbers (1020–1080, 1350–1490 …). The tag is normalised to AUP#nnnn (receivers/index.ts).
// Each comment quotes the shape of the message the rule matches; Spectrum's page gives the meaning of
// each number but not the reply codes or words around it, so those are shown as `5xx …` / `4xx …`.

import type {CodeRun, ProviderRule, Receiver} from '../types';
import {defineReceiver} from './define';
import {TOO_LARGE} from './advice';

const CODES = 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes';
const OWN_IP = 'If the IP was issued by Spectrum (you are a Spectrum customer sending through it), contact Spectrum support.';

export const spectrum: Receiver = defineReceiver({
	id: 'spectrum',
	name: 'Spectrum / Charter',
	decides: true,
	detect: [
		/\b(?:charter|spectrum|bresnan)\.net\b/i,
		/\brr\.com\b|\broadrunner\.com\b|\btwc\.com\b/i,
		/\bAUP#/,
	],
	rules: [
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1000"
		{
			tag: 'AUP#1000',
			title: 'Spectrum: sending IP blocked for suspicious activity (AUP#1000)',
			meaning: 'Spectrum blocks the IP address the mail came from because it saw suspicious activity from it; the block lifts by itself when it expires. The block is on the IP, so every sender behind it is refused until then, and it returns if the suspicious sending goes on.',
			causes: ['Spam or a traffic burst from the IP, often a compromised account or device behind it.'],
			fix: ['Find what sent the suspicious mail from the IP (compromised account, malware, an open relay) and stop it.', 'Wait for the block to expire, then resend.', OWN_IP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1010"
		{
			tag: 'AUP#1010',
			title: 'Spectrum: this account is blocked from sending (AUP#1010)',
			meaning: 'The Spectrum email account used to send is barred from sending any mail because of suspicious activity on it; how long depends on what was seen. The block is on the sender’s own account, so every message from it fails, whoever it is addressed to, until Spectrum lifts it.',
			causes: ['The account password was stolen and the account was used to send spam.'],
			fix: ['Change every Spectrum password of the account and check the devices that use it for malware.', 'Then contact Spectrum support to have the block reviewed.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1020"
		{
			tag: 'AUP#1020',
			tagTo: 'AUP#1080',
			title: 'Spectrum: this account may send only a limited amount (AUP#1020–1080)',
			meaning: 'Spectrum restricts how much the sending account may send because of suspicious activity on it; the restriction ends with time or when Spectrum lifts it. Mail under the limit still goes out; the code appears on the messages over it.',
			causes: ['Unusual sending from the account, typically after a password leak.'],
			fix: ['Secure the account: change its password and check the devices that use it.', 'Contact Spectrum support to have the limit removed.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "4xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1090"
		{
			tag: 'AUP#1090',
			title: 'Spectrum could not process the message (AUP#1090)',
			meaning: 'A temporary problem at Spectrum kept it from processing the message; nothing is wrong with the message or the sender as far as this code says. The sending server keeps the message queued and tries again on its own.',
			causes: ['A passing fault or overload on the Spectrum side.'],
			fix: ['Let the queue retry later; resend by hand only if it keeps failing.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1100"
		{
			tag: 'AUP#1100',
			tagTo: 'AUP#1150',
			title: 'Spectrum: DNS of the sending IP is not full-circle (AUP#1100–1150)',
			meaning: 'Spectrum only accepts mail from an IP whose DNS is full-circle: the IP must have a reverse (PTR) name, and that name must resolve back to the same IP. The connecting IP failed this check.',
			causes: ['No PTR record for the sending IP.', 'A PTR name that does not resolve, or resolves to another IP.'],
			fix: ['Ask whoever controls the IP range (your host or ISP) to set a PTR record naming your mail server.', 'Publish an A (or AAAA) record for that name pointing back to the same IP, then resend.', OWN_IP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'requireptr',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1160"
		{
			tag: 'AUP#1160',
			tagTo: 'AUP#1190',
			title: "Spectrum: against your domain's security policy (AUP#1160–1190)",
			meaning: "Spectrum refused the message because sending it goes against the security policies of the sender's own domain. The rule comes from the sender's side, not from the recipient, so the sender's administrators are the ones who can say what it is.",
			causes: ["A security policy set by your domain's administrators forbids this message, its sender or its route."],
			fix: [
				"Ask the administrators of your domain which policy the mail breaks.",
				"Send the way the domain allows (its own outgoing server, an allowed sender address), then resend.",
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1200"
		{
			tag: 'AUP#1200',
			tagTo: 'AUP#1210',
			title: 'Spectrum: sending IP flagged by Cloudmark CSI (AUP#1200–1210)',
			meaning: 'Cloudmark Sender Intelligence (CSI) rates the sending IP as a likely spam source, and Spectrum refuses mail from it on that basis. The rating is Cloudmark’s, not Spectrum’s, so it is Cloudmark that has to clear the IP before Spectrum accepts it again.',
			causes: ['Spam or complaints traced to the IP by Cloudmark.'],
			fix: ['Stop the source of the unwanted mail first.', 'The IP administrator looks the IP up at csi.cloudmark.com and requests a reset there; Cloudmark alone decides whether to clear it.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1220"
		{
			tag: 'AUP#1220',
			tagTo: 'AUP#1250',
			title: 'Spectrum: sending IP on a Spamhaus list (AUP#1220–1250)',
			meaning: 'The sending IP is on a Spamhaus block list, so Spectrum refuses its mail until Spamhaus removes it. The listing is Spamhaus’s, not Spectrum’s: Spectrum accepts the IP again once Spamhaus has dropped it.',
			causes: ['Spam, an infected machine, or a dynamic-IP range listed by Spamhaus.'],
			fix: ['Look the IP up at check.spamhaus.org to see which list and why.', 'Fix the cause; the owner of the IP then asks Spamhaus for removal (Spamhaus decides).'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1260"
		{
			tag: 'AUP#1260',
			title: 'Spectrum does not take mail over IPv6 (AUP#1260)',
			meaning: 'The sending server connected to Spectrum over IPv6, which Spectrum does not process; only IPv4 connections are accepted. Nothing is wrong with the message or the address: the same message sent over IPv4 can be delivered.',
			causes: ['The sending server prefers IPv6 when the receiving host has an IPv6 address.'],
			fix: [
				'Make the sending server use IPv4 for Spectrum domains (or for all outbound mail), then resend.',
				'In Postfix, smtp_address_preference = ipv4 (or inet_protocols = ipv4) does this; other servers have a similar setting.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'networkerror',
			source: CODES,
		},
		// "550 5.1.0 <bounce@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310"
		{
			tag: 'AUP#1300',
			tagTo: 'AUP#1340',
			title: 'Spectrum: too many connections from the sender (AUP#1300–1340)',
			meaning: 'Spectrum caps both the simultaneous and the total connections a sender may open, with caps that depend on the IP’s reputation; this sender went over them. A new or weak IP gets lower caps, so the same volume that passes from a well-known server can trip them.',
			causes: ['Many parallel deliveries to Spectrum domains at once.', 'A weak or new IP reputation, which lowers the caps.'],
			fix: ['Lower the number of simultaneous connections to Spectrum hosts in the sending server.', 'Retry later, spreading the mail out over time.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1350"
		{
			tag: 'AUP#1350',
			tagTo: 'AUP#1490',
			title: 'Spectrum: sending limits reached (AUP#1350–1490)',
			meaning: 'Spectrum limits senders by how many messages and recipients they send, how spam-like their mail looks and how many of their recipients are invalid; one of those limits was hit. The code’s number says which limit; all of them ease when the sending slows and the list is cleaned.',
			causes: ['A volume spike to Spectrum addresses.', 'Many invalid addresses on the list.', 'Mail that looks like spam.'],
			fix: ['Send to Spectrum more slowly and in smaller batches.', 'Remove invalid and inactive addresses from the list.', 'Check content and authentication (SPF, DKIM, DMARC), then retry later.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'speeding',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1500"
		{
			tag: 'AUP#1500',
			title: 'Spectrum: sent as another address than the one signed in (AUP#1500)',
			meaning: 'The message was sent through a Spectrum account but claimed a different sender address than the account that signed in, which Spectrum refuses. This keeps one account from sending in the name of another.',
			causes: ['The mail program signs in with one Spectrum account but uses another address as the sender.'],
			fix: [
				'Send from the same address you sign in with, or sign in with the account of the address you send from.',
				'In the mail program, give each sending address its own outgoing-server login.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1520"
		{
			tag: 'AUP#1520',
			title: 'Spectrum: sender address of a domain Spectrum does not host (AUP#1520)',
			meaning: "The message was sent through Spectrum's servers with a sender address whose domain Spectrum does not host, which it refuses. Mail in another domain’s name has to leave through that domain’s own servers, or receivers would take it for forged.",
			causes: ['Using Spectrum’s outgoing server to send as an address of another provider or of your own domain.'],
			fix: [
				'Check the sender address the mail program uses for this account.',
				'Send mail of other domains through those domains’ own outgoing servers.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1530"
		{
			tag: 'AUP#1530',
			title: 'Spectrum: message larger than 20 MB (AUP#1530)',
			meaning: 'The message is larger than the 20 MB maximum Spectrum accepts, attachments and their encoding included. Encoding makes attachments about a third larger, so files of around 15 MB can already go over it.',
			causes: [...TOO_LARGE.causes],
			fix: [...TOO_LARGE.fix, 'If the files must go by email, split them over several messages, each under 20 MB once encoded.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'mesgtoobig',
			source: CODES,
		},
		// "4xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1540"
		{
			tag: 'AUP#1540',
			title: 'Spectrum deferral: too many messages in one session (AUP#1540)',
			meaning: 'Spectrum deferred the mail because too many messages were sent over one connection; reconnecting and sending fewer per session gets it through. It is a deferral, so the sending server keeps the message and tries again.',
			causes: ['A mail program or server that pushes a large batch through a single connection.'],
			fix: [
				'Let the queue retry; nothing is lost while it waits.',
				'Limit the messages sent per connection to Spectrum in the sending server’s settings for that destination.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1550"
		{
			tag: 'AUP#1550',
			title: 'Spectrum: too many recipients in one message (AUP#1550)',
			meaning: 'The message names more recipients than Spectrum allows in a single message. The limit counts every address in To, Cc and Bcc together, so a long list has to be split however it is addressed.',
			causes: ['A long To/Cc/Bcc list sent as one message.'],
			fix: [
				'Split the recipients over several messages, then resend later.',
				'For regular mailings to many people, use a mailing-list service instead of one message with a long list.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'speeding',
			source: CODES,
		},
		// "5xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1560"
		{
			tag: 'AUP#1560',
			title: 'Spectrum: too many invalid recipients (AUP#1560)',
			meaning: 'Spectrum refused the mail because too many of its recipient addresses do not exist, a pattern it treats as abuse. Sending to many addresses that do not exist is typical of spammers guessing addresses, so a list full of dead addresses looks the same.',
			causes: ['An old or unchecked list, or typing mistakes in many addresses.'],
			fix: [
				'Check the recipient addresses, and remove those that bounced as unknown.',
				'Resend later to the valid addresses only.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: CODES,
		},
		// "4xx … Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1580"
		{
			tag: 'AUP#1580',
			title: 'Spectrum: too many recipients in a short time (AUP#1580)',
			meaning: 'The sender reached more recipients in a short period than Spectrum allows; the limit resets after a while. It is a deferral: the message is kept and goes through on a later attempt once the pace drops.',
			causes: ['Many messages or recipients sent in a burst.'],
			fix: [
				'Wait a while before sending more; the queue retries what was deferred.',
				'Send at a slower pace, spreading large mailings over a longer time.',
			],
			whoActs: 'sender',
			retry: 'will-retry',
			reason: 'speeding',
			source: CODES,
		},
	],
});

const number = (tag: string | undefined): number => Number(tag?.slice('AUP#'.length));

/**
 * Spectrum's code numbers and the rule above that explains each run: the one table behind both the
 * explanations and the decoder's reason (decode/provider-codes.ts).
 */
export const SPECTRUM_CODES: readonly CodeRun[] = spectrum.rules.map(rule => ({from: number(rule.tag), to: number(rule.tagTo ?? rule.tag), rule}));

/** The rule for a normalised Spectrum tag (`AUP#1310`), or undefined. */
export function spectrumCode(tag: string): ProviderRule | undefined {
	if (!tag.startsWith('AUP#')) return undefined;
	const code = number(tag);
	return SPECTRUM_CODES.find(run => code >= run.from && code <= run.to)?.rule;
}
