// GoDaddy's hosted mail (Workspace Email, Microsoft 365 from GoDaddy; inbound MX *.secureserver.net).
// Its inbound servers end a refusal with a code of their own, "IB" and three digits: "554 Connection
// refused. This IP address is listed on the Spamhaus Block List (SBL). IB104". Facts: GoDaddy's help
// page "Fix rejected email with a bounce error", which lists each IB code with its meaning; the same
// table is in Sisimai's Rhost/GoDaddy.pm (BSD-2-Clause). The code decides the reason
// (decode/provider-codes.ts): it names the cause more precisely than the words around it. The same
// page lists replies without a code (RBL Reject, Account storage limit …): those apply only to a
// bounce from GoDaddy, after the coded ones.
// Each comment quotes the shape of the reply the rule matches.

import type {ProviderRule, Receiver} from '../types';
import {defineReceiver} from './define';

import {GODADDY_CODES as CODES, WORDED} from './godaddy-worded';

/** An IB code standing on its own (not inside a longer word, an address or a host name). */
const ib = (codes: string): RegExp => new RegExp(`(?<![\\w.@-])IB(?:${codes})(?![\\w@-])`);

export const godaddy: Receiver = defineReceiver({
	id: 'godaddy',
	name: 'GoDaddy',
	decides: true,
	detect: [/\bsecureserver\.net\b/i, ib('\\d{3}')],
	rules: [
		// "535 Authentication not allowed on IBSMTP Servers. IB401"
		{
			phrase: ib('401'),
			title: 'GoDaddy: login attempted on an inbound server (IB401)',
			meaning: 'The mail client tried to log in (SMTP AUTH) to one of GoDaddy’s inbound servers, which only receive mail; sending has to go through GoDaddy’s outgoing server. It is a setting in the sender’s own mail client, such as Outlook or Gmail, not a problem with the recipient.',
			causes: ['An email client set up with the incoming (MX) host as its outgoing SMTP server.'],
			fix: [
				'Set the outgoing server to smtpout.secureserver.net (or the one GoDaddy’s setup page gives) and send again.',
				'Check every device and program that sends with the account: each has its own outgoing-server setting.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: CODES,
		},
		// "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501" / "… IP addresses are not allowed as a From: Address. Provide a valid From. IB502"
		{
			phrase: ib('501|502'),
			title: 'GoDaddy: the From address is blank or an IP address (IB501, IB502)',
			meaning: 'The message’s From field is empty or holds an IP address instead of a mailbox; GoDaddy accepts only a proper address there. Such mail usually comes from a script, a web form or a device rather than a mail program, which always fills the From in.',
			causes: ['A script or device that sends without setting From, or with a bare IP as its domain.'],
			fix: [
				'Set a real From address (name@domain) in the sending program, then resend.',
				'Use an address on a domain you control, so that its SPF and DKIM can vouch for the mail.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'notcompliantrfc',
			source: CODES,
		},
		// "550 coolexample.com From: Domain is invalid. Provide a valid From: IB506"
		{
			phrase: ib('506'),
			title: 'GoDaddy: the sender’s domain does not resolve (IB506)',
			meaning: 'The domain of the From address has no usable MX or address records, or its DNS lookup failed while GoDaddy checked it. GoDaddy asks the sender to verify that the domain is valid and that its zone file has working records; the DNS must be fixed before the message is sent again.',
			causes: ['A sending domain with missing or broken DNS records.', 'A From address on a domain that does not exist.'],
			fix: [
				'Verify that the From address is on a real, registered domain (a typo here is a common cause).',
				'Check the sending domain’s DNS zone (MX and A records) and fix it, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508"
		{
			phrase: ib('508'),
			title: 'GoDaddy: SPF does not allow this server (IB508)',
			meaning: 'The sender domain’s SPF record does not list the server that sent the message, so GoDaddy treats the mail as not authorised by the domain. SPF is published by the sender’s own domain in DNS, so the fix lies in that record, not at GoDaddy.',
			causes: ['A new sending service or server that was never added to the SPF record.', 'An SPF record with a typo or an outdated include.'],
			fix: [
				'Look up the domain’s SPF record (dig TXT on the domain; the record begins v=spf1) and see which servers it lists.',
				'Add the sending server (or its provider’s include) to the domain’s SPF record, or remove a wrong record, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "421 Temporarily rejected. Reverse DNS for this IP failed. IB108"
		{
			phrase: ib('108'),
			title: 'GoDaddy: no reverse DNS for the sending IP (IB108)',
			meaning: 'The IP address that connected has no reverse DNS (PTR) name, or its lookup failed, and GoDaddy requires one. When the sending server is GoDaddy’s own email service, GoDaddy manages its reverse DNS and does not support a custom one.',
			causes: ['A sending IP whose owner never set a PTR record.', 'A temporary DNS failure at the sender’s provider.'],
			fix: [
				'Ask whoever owns the IP (hosting or connection provider) to set a PTR name that resolves back to the IP; the queue retries meanwhile.',
				'Check it yourself: dig -x on the sending IP must return a name, and that name must resolve back to the IP.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'requireptr',
			source: CODES,
		},
		// "552 This message has been rejected due to content judged to be spam by the internet community. IB212"
		{
			phrase: ib('212'),
			title: 'GoDaddy: message judged to be spam (IB212)',
			meaning: 'GoDaddy’s filters found a link, attachment or pattern in this message that they take for spam. The verdict is on this message, not on the sender as a whole, so a changed message can pass where the same one is refused again.',
			causes: ['Links to domains with a poor reputation, or content that looks like bulk mail.'],
			fix: [
				'Check the linked domains (including those behind shorteners) on the public block lists, such as check.spamhaus.org.',
				'Remove or change the flagged links and attachments, then send the changed message; the same message will be refused again.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: CODES,
		},
		// "552 Virus infected message rejected. IB705"
		{
			phrase: ib('705'),
			title: 'GoDaddy: message taken for a virus (IB705)',
			meaning: 'GoDaddy’s filters found a link, attachment or pattern in the message that they take for malware. If you did not attach anything suspicious yourself, malware on the sending computer may have sent or altered the message.',
			causes: ['An infected attachment, or an attachment type and link that look like malware.'],
			fix: [
				'Scan the sending computer and the attachment with an up-to-date antivirus program.',
				'Send the file another way (a link to a known file share) if it is clean.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'virusdetected',
			source: CODES,
		},
		// "452 This message contains too many recipients. Reduce the number of recipients and retry. IB605" / "421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007"
		{
			phrase: ib('605|007'),
			title: 'GoDaddy: too many recipients or sessions at once (IB605, IB007)',
			meaning: 'The sender put more recipients on one message, or opened more simultaneous connections from one IP, than GoDaddy accepts. Both are limits on how the mail is sent, not verdicts on it: the same mail gets through in smaller pieces or over fewer connections.',
			causes: ['A bulk send with a long recipient list on one message.', 'Many parallel connections from one sending IP.'],
			fix: [
				'For IB605, split the recipients over several messages; the queue retries the rest.',
				'For IB007, lower the number of parallel connections from the IP, or ask your email provider to.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "421 Server temporarily unavailable. Try again later. IB101" / "550 This IP has sent too many messages this hour. IB504" / "… exceeded the max number of messages per session … IB510" / "… too many recipients this hour. IB607"
		{
			phrase: ib('101|504|510|607'),
			title: 'GoDaddy: sending rate limit reached (IB101, IB504, IB510, IB607)',
			meaning: 'The sending IP went over the number of messages or recipients GoDaddy takes per hour or per session, or GoDaddy is holding back mail during a peak; mail is taken again later. The limits count per hour or per session, so the message goes through on a later attempt.',
			causes: ['A burst of mail from one IP to GoDaddy-hosted addresses.', 'Higher than normal volume at GoDaddy (IB101).'],
			fix: [
				'Slow the sending to GoDaddy domains and let the queue retry.',
				'For IB510, open a new session for further messages; for IB504 and IB607, spread the mail over more hours.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: CODES,
		},
		// "554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110" (IB111 for the day; IB112, IB113 for invalid recipients)
		{
			phrase: ib('110|111|112|113'),
			title: 'GoDaddy: sending IP blocked for spam or invalid recipients (IB110–IB113)',
			meaning: 'GoDaddy blocked the sending IP for an hour (IB110, IB112) or the rest of the day (IB111, IB113) after too many messages it took for spam, or to addresses that do not exist, came from it. If you are not sending spam yourself, GoDaddy’s page says something in your system is: the sending has to be traced, with the help of your Internet provider if needed.',
			causes: ['Spam, or a compromised account or script, sending from the IP.', 'An old or bought list with many invalid addresses.'],
			fix: [
				'Find what sent the spam or the invalid addresses and stop it; ask your Internet provider why the IP sends so much if you cannot see it.',
				'Clean the list of addresses that bounce as unknown; mail is taken again when the block ends.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103"
		{
			phrase: ib('103'),
			title: 'GoDaddy: poor IP reputation at Cloudmark (IB103)',
			meaning: 'GoDaddy refused the connection because Cloudmark Sender Intelligence rates the sending IP poorly. The rating is Cloudmark’s, not GoDaddy’s, so it is at Cloudmark that it has to recover before GoDaddy accepts the IP again.',
			causes: ['Spam complaints or spam-trap hits recorded against the IP by Cloudmark.'],
			fix: [
				'Find and stop what drew the complaints (a compromised account, a list without consent).',
				'Look the IP up at Cloudmark CSI (csi.cloudmark.com) and ask for a reset once the cause is fixed, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'badreputation',
			source: CODES,
		},
		// "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104" (IB105 Exploits Block List, IB106 Policy Block List)
		{
			phrase: ib('104|105|106'),
			title: 'GoDaddy: sending IP on a Spamhaus list (IB104, IB105, IB106)',
			meaning: 'GoDaddy refused the connection because the sending IP is on Spamhaus’s Block List (SBL), Exploits Block List (XBL) or Policy Block List (PBL). The listing is Spamhaus’s, not GoDaddy’s, so GoDaddy accepts the IP again once Spamhaus has removed it.',
			causes: ['Spam or malware traffic seen from the IP (SBL, XBL).', 'A dynamic or end-user IP sending straight to the Internet (PBL).'],
			fix: [
				'Check the IP at check.spamhaus.org to see which list holds it and why.',
				'Remove the cause and request delisting there; from a PBL address, send through your provider’s outgoing server instead.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		...WORDED,
	],
});

/** The rules keyed by an IB code: their code names the cause wherever the reply comes from. */
const IB_RULES = godaddy.rules.filter(rule => !WORDED.includes(rule));

/** The GoDaddy rule whose IB code occurs in a reply, or undefined: the decoder's reason for it. */
export function godaddyCode(text: string): ProviderRule | undefined {
	if (!text.includes('IB')) return undefined;
	return IB_RULES.find(rule => rule.phrase?.test(text));
}
