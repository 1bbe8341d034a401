// Cox Communications (cox.net), United States. Its inbound servers end a refusal with an AUP code
// of their own: "554 5.7.1 [192.0.2.1] … AUP#CXBL", "AUP#IPBL0010", "AUP#URLBL011". Facts: Cox's
// postmaster page "Cox Email Administration", which lists each code with its cause and fix; the same
// table is in Sisimai's Rhost/Cox.pm (BSD-2-Clause). The code decides the reason
// (decode/provider-codes.ts). Each comment quotes the shape of the reply the rule matches.

import type {ProviderRule, Receiver} from '../types';
import {defineReceiver} from './define';
import {NO_MAILBOX_FIX} from './advice';

const CODES = 'https://www.cox.com/residential/support/cox-postmaster-email-administration.html';
// Cox's "Email error codes" page: the replies without an AUP code, which apply only to a bounce from Cox.
const ERRORS = 'https://www.cox.com/residential/support/email-error-codes.html';

/** A Cox AUP code standing on its own. */
const aup = (codes: string): RegExp => new RegExp(`\\bAUP#(?:${codes})(?![\\w-])`);

/** Replies Cox lists without a code of its own: they apply only to a bounce from Cox, after the coded rules. */
const WORDED: ProviderRule[] = [
	// "421 cox too many bad commands from 192.0.2.1" / "554 … too many invalid recipients"
	{
		phrase: /\bcox too many bad commands from\b|\btoo many invalid recipients\b/i,
		title: 'Cox: sending IP blocked for bad commands or invalid recipients',
		meaning: 'Cox blocked the sending IP because a mail client kept sending bad commands or wrong passwords (a three-hour block), or because the IP sent to too many addresses that do not exist. The block is on the IP, so every sender behind it is refused until it ends, whatever their messages say.',
		causes: ['A mail client with a wrong password or broken settings retrying over and over.', 'An old or bought list full of invalid addresses.'],
		fix: [
			'Fix the client’s settings or password, or stop it retrying, so the bad commands end.',
			'Clean the list of addresses that bounce as unknown; mail is taken again when the block ends.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: ERRORS,
	},
	// "421 … DNS check failure - try again later" / "554 … rejected - no rDNS"
	{
		phrase: /\bdns check failure - try again later\b|\brejected - no rdns\b/i,
		title: 'Cox: reverse DNS check of the sending IP failed',
		meaning: 'Cox requires every connecting mail server to have a valid reverse DNS (PTR) record, and the check for this IP failed. With “try again later” the check failed for now and the queue retries; “no rDNS” means the IP has no usable PTR record at all.',
		causes: ['No PTR record for the sending IP, or one that does not resolve back to it.'],
		fix: [
			'Ask whoever owns the IP to set a PTR name that resolves back to it, then resend.',
			'Check it yourself: dig -x on the sending IP must return a name, and that name must resolve back to the IP.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'requireptr',
		source: ERRORS,
	},
	// "554 … ESMTP no data before greeting" / "552 … attachment extension is forbidden"
	{
		phrase: /\besmtp no data before greeting\b|\battachment extension is forbidden\b/i,
		title: 'Cox: refused by policy (talking too soon, or a forbidden attachment type)',
		meaning: 'Cox refused the session because the sending server spoke before Cox’s greeting, or the message because it carries an attachment type Cox forbids (.exe, .scr, .bat, .js, .vbs and similar). Cox lists those file types because they commonly carry viruses, so the same attachment is refused however often it is sent.',
		causes: ['A sending program that does not wait for the SMTP greeting.', 'An executable or script attached to the message.'],
		fix: [
			'Make the sending program wait for Cox’s greeting before it sends any command.',
			'Send executables and scripts through a download link rather than as attachments, then resend.',
		],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: ERRORS,
	},
	// "550 … sender rejected" (the sender domain must resolve to an MX or A record)
	{
		phrase: /\bsender rejected\b/i,
		title: 'Cox: sender domain does not resolve',
		meaning: 'Cox requires the sender’s domain to resolve to a valid MX or A record in DNS, and this one does not. A domain with neither could not receive a reply or a bounce, so Cox refuses mail that claims to come from it.',
		causes: ['A sender address on a domain with missing or broken DNS records.', 'An application sending with a made-up or mistyped sender domain.'],
		fix: [
			'Send from a domain with working MX or A records, or repair the domain’s DNS, then resend.',
			'Check the domain yourself with dig MX and dig A: at least one of them must answer.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: ERRORS,
	},
	// "421 … ESMTP server temporarily not available"
	{
		phrase: /\besmtp server temporarily not available\b/i,
		title: 'Cox: temporarily unable to accept mail',
		meaning: 'A problem on Cox’s side keeps it from accepting new mail for the moment. Nothing is wrong with the message or the address: the sending server keeps it queued and tries again on its own.',
		causes: ['A passing fault on Cox’s mail systems.'],
		fix: ['Let the queue retry; nothing to change on the sending side.'],
		whoActs: 'nobody',
		retry: 'will-retry',
		reason: 'systemerror',
		source: ERRORS,
	},
	// "421 … too many sessions from 192.0.2.1" / "452 … requested action aborted: try again later" / "421 … message threshold exceeded"
	{
		phrase: /\btoo many sessions from\b|\brequested action aborted: try again later\b|\bmessage threshold exceeded\b/i,
		title: 'Cox: connection or message limit reached',
		meaning: 'The sending IP went over Cox’s limits: more simultaneous connections than allowed, more than 100 messages on one connection, or a rate limit that blocks it for a while. Cox’s error page gives five connections at once as the limit behind “too many sessions”; the message itself is not refused and goes through on a later attempt.',
		causes: ['Many parallel connections to Cox from one IP.', 'Long sessions that send many messages.'],
		fix: [
			'Lower parallel connections to Cox (at most five at once) and send fewer than 100 messages per connection.',
			'Let the queue retry; if the rate limit keeps tripping, spread the sending to Cox over a longer time.',
		],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'toomanyconn',
		source: ERRORS,
	},
	// "550 … recipient rejected"
	{
		phrase: /\brecipient rejected\b/i,
		title: 'Cox: no Cox mailbox at this address',
		meaning: 'The recipient address is not a valid Cox Email account. Either the name before @cox.net is mistyped or the account was closed; sending again to the same address gives the same answer.',
		causes: ['A typo in the address, or an account that was closed.'],
		fix: [...NO_MAILBOX_FIX],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: ERRORS,
	},
];

export const cox: Receiver = defineReceiver({
	id: 'cox',
	name: 'Cox',
	decides: true,
	detect: [/\bcox\.net\b/i, aup('CX[A-Z]{2,6}|CDRBL|IPBL[01]{4,5}|URLBL[01]{3,4}')],
	rules: [
		// "554 5.7.1 [192.0.2.1] Connection refused - AUP#CXBL" (CDRBL: the same block for up to 24 hours)
		{
			phrase: aup('CXBL|CDRBL'),
			title: 'Cox: sending IP blocked for spam-like behaviour (CXBL, CDRBL)',
			meaning: 'Cox blocks the sending IP because mail from it behaved like spam; CDRBL is a temporary block of up to a day, CXBL lasts until Cox lifts it. How long a CDRBL block lasts depends on the IP’s reputation, and whether a CXBL block is lifted is at Cox’s sole discretion.',
			causes: ['Spam, or a compromised account or script, sending from the IP.'],
			fix: [
				'Find and stop the source of the spam: inspect the mail leaving the IP for messages you did not mean to send.',
				'For CDRBL retry after the block expires (24 hours at most); for CXBL ask Cox by email to unblock the IP.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "554 5.7.1 … AUP#IPBL0010" (which DNS block lists the IP is on: Spamhaus Zen, Return Path, Invaluement ivmSIP, Cloudmark CSI)
		{
			phrase: aup('IPBL[01]{4,5}'),
			title: 'Cox: sending IP on a DNS block list (IPBL)',
			meaning: 'The sending IP is listed on one or more of the block lists Cox consults (Spamhaus, Return Path, Invaluement ivmSIP, Cloudmark CSI); the digits after IPBL say which. Read them as switches from the right: the last for Spamhaus Zen, then Return Path, then Invaluement ivmSIP, then Cloudmark CSI; the listing is kept by those lists, not by Cox.',
			causes: ['Spam or malware traffic seen from the IP by those lists.'],
			fix: [
				'Look the IP up at the lists the digits name (check.spamhaus.org for Spamhaus, the CSI website for Cloudmark) to see why it is listed.',
				'Remove the cause and request delisting at each list, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "554 5.7.1 … AUP#URLBL011" (a URL in the body is on SURBL, Spamhaus DBL or ivmURI)
		{
			phrase: aup('URLBL[01]{3,4}'),
			title: 'Cox: a link in the message is on a URL block list (URLBL)',
			meaning: 'A web address in the message body is listed on a domain block list Cox consults (SURBL, Spamhaus DBL, ivmURI), so the message is taken for spam. The refusal is about a link, not the sender: the same message without that link can be delivered.',
			causes: ['A link to a listed domain, often through a shortener or a tracking domain.'],
			fix: [
				'Find which link is listed: check each domain linked in the message, including those behind shorteners and tracking links.',
				'Remove or replace the listed link, then send the changed message.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: CODES,
		},
		// "… AUP#CXDNS"
		{
			phrase: aup('CXDNS'),
			title: 'Cox: reverse DNS of the sending IP fails (CXDNS)',
			meaning: 'Cox could not resolve the reverse DNS (PTR) name of the connecting IP, and it requires a valid one. Cox’s page asks the sender to confirm which IP actually sends the mail and to check its reverse DNS; if that passes, to wait 24 hours before sending again.',
			causes: ['A sending IP without a PTR record, or one that does not resolve back.'],
			fix: [
				'Confirm which IP sends the mail (it is in the reply), and check its reverse DNS: dig -x on the IP, then dig A on the name returned.',
				'Set a PTR name for the sending IP that resolves back to it; if it already passes, wait a day and resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'requireptr',
			source: CODES,
		},
		// "… AUP#CXSNDR"
		{
			phrase: aup('CXSNDR'),
			title: 'Cox: sender domain failed authentication (CXSNDR)',
			meaning: 'The message failed Cox’s checks against the sending domain’s SPF, DomainKeys or DKIM policy. Those records are published by the sender’s own domain in DNS, so the fix lies in that domain’s records or in the path the mail takes, not at Cox.',
			causes: ['A sending server missing from the SPF record, or a broken DKIM signature.'],
			fix: [
				'Add the sending server to the domain’s SPF record (its TXT record beginning v=spf1).',
				'Sign the mail with the domain’s DKIM key, check that the signature verifies, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "… AUP#CXSMTP"
		{
			phrase: aup('CXSMTP'),
			title: 'Cox: SMTP protocol violation (CXSMTP)',
			meaning: 'The sending server broke the SMTP protocol in a way that kept Cox from verifying it as a legitimate sender, so the message was refused. The refusal is about how the program talks to Cox’s server, not about the message, so a standard mail server sending the same message gets it through.',
			causes: ['A misbehaving mail program or device talking SMTP out of order.'],
			fix: [
				'Send through a standard mail server, or fix the sending program’s SMTP handling, then resend.',
				'Look at the sending program’s SMTP log for commands sent before the server answered, or out of order.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "421 … AUP#CXCNCT" / "… AUP#CXMXRT"
		{
			phrase: aup('CXCNCT|CXMXRT'),
			title: 'Cox: connection or sending limit reached (CXCNCT, CXMXRT)',
			meaning: 'The sender opened more simultaneous connections than Cox allows per IP (CXCNCT), or sent to more recipients than allowed in its time window (CXMXRT). The limits protect Cox’s systems against attacks and are counted per IP or sender, so the message goes through on a later, slower attempt.',
			causes: ['Many parallel connections from one IP (Cox advises at most 10).', 'A burst of mail to many Cox recipients.'],
			fix: [
				'Open no more than 10 connections at once to Cox from one IP.',
				'Lower the sending rate to Cox recipients and let the queue retry.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "… AUP#CXTHRT" / "… AUP#CXMJ"
		{
			phrase: aup('CXTHRT|CXMJ'),
			title: 'Cox: sending held back for suspicious account activity (CXTHRT, CXMJ)',
			meaning: 'Cox limited or blocked sending from the Cox account because of activity that looks like a compromise. CXTHRT limits the sending of the account itself, CXMJ blocks it because of activity on the primary Cox account it belongs to.',
			causes: ['A stolen password or malware sending through the Cox account.'],
			fix: [
				'Secure the account: change the password and scan the computers that use it for malware.',
				'Then contact Cox to restore sending for the account.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: CODES,
		},
		...WORDED,
	],
});

/** The rules keyed by an AUP code: their code names the cause wherever the reply comes from. */
const AUP_RULES = cox.rules.filter(rule => !WORDED.includes(rule));

/** The Cox rule whose AUP code occurs in a reply, or undefined: the decoder's reason for it. */
export function coxCode(text: string): ProviderRule | undefined {
	if (!text.includes('AUP#')) return undefined;
	return AUP_RULES.find(rule => rule.phrase?.test(text));
}
