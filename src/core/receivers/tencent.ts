// Tencent (QQ Mail: qq.com, foxmail.com; MX *.qq.com), China. Its refusals are short English phrases
// whose meaning QQ Mail's help centre documents one page each (service.mail.qq.com/detail/122/…), and
// several mean something else there than from anyone else: "suspected spam" refuses the sender, not
// the content; "mailbox unavailable or access denined" [sic] is a receiving-rate limit, not a
// missing mailbox. Sisimai's Rhost/Tencent.pm (BSD-2-Clause) lists the same pages.
import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {TOO_LARGE} from './advice';
import type {Carrier, CarrierFacts, CarrierRule} from './carriers';

const page = (n: number): string => `https://service.mail.qq.com/detail/122/${n}`;
const MX = 'mx3.qq.com';

// QQ Mail's own table, one help page per refusal (service.mail.qq.com/detail/122/N); the same list is
// in Sisimai's Rhost/Tencent.pm. Its replies carry the help link, so the words name the provider even
// when the report gives no host. Each comment quotes the shape of the reply the rule matches.
const QQ_HELP = 'Read the help page the reply links to (service.mail.qq.com); if the refusal persists after the fix, send QQ Mail the bounce through the feedback form on that page.';

export const tencentMail: Receiver = defineReceiver({
	id: 'tencent',
	name: 'Tencent (QQ Mail)',
	decides: true,
	detect: [/\bmx(?:biz)?\d{0,2}\.qq\.com\b/i, /\bservice\.mail\.qq\.com\b/i],
	rules: [
		// "550 Suspected spam ip, please retry later. https://service.mail.qq.com/detail/122/66"
		{
			phrase: /\bsuspected spam ip\b/i,
			title: 'QQ Mail: sending IP suspected of spam',
			meaning: 'QQ Mail refuses the connection because the sending IP has sent mail that its filters count as spam. The judgement is about the IP address as a whole, so every sender using that server meets the same refusal, whatever this one message says.',
			causes: ['Spam, or a compromised account or script, sending from the IP.', 'A shared IP whose other users send bulk mail.'],
			fix: ['Find and stop the source of the spam on the IP.', 'Lower the volume sent to qq.com and foxmail.com while the IP recovers.', QQ_HELP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: page(66),
		},
		// "550 Suspected bounce attacks. https://service.mail.qq.com/detail/122/57"
		{
			phrase: /\bsuspected bounce attacks?\b/i,
			title: 'QQ Mail: bounce (backscatter) attack suspected',
			meaning: 'QQ Mail refuses the sending server because many delivery reports from it go to QQ addresses that never sent the originals, which is how a backscatter attack looks. Such reports are sent to forged senders when a server accepts mail first and bounces it afterwards, so QQ Mail stops taking the reports from that server.',
			causes: ['A server that accepts mail for unknown users and bounces it later to forged senders.', 'An auto-responder replying to spam.'],
			fix: ['Refuse unknown recipients during the SMTP session instead of bouncing later.', 'Stop auto-replies to mail that failed SPF or was marked as spam.', QQ_HELP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: page(57),
		},
		// "550 Connection denied. https://service.mail.qq.com/detail/122/170"
		{
			phrase: /\bconnection denied\b/i,
			title: 'QQ Mail: connection denied for sending far over its limits',
			meaning: 'QQ Mail refuses connections from the sending IP because it sent far more than QQ allows per minute, hour or day. The block lasts some minutes, some hours or the rest of the day accordingly; QQ Mail keeps the exact limits secret.',
			causes: ['A bulk send to many QQ addresses from one IP.', 'A compromised account sending spam.'],
			fix: ['Pause sending to QQ from this IP, then resume at a much lower rate.', QQ_HELP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: page(170),
		},
		// "550 Ip frequency limited. https://service.mail.qq.com/detail/122/172" (and Domain / Sender / Connection frequency limited: 173, 174, 175)
		{
			phrase: /\b(?:ip|domain|sender|connection) frequency limited\b/i,
			title: 'QQ Mail: sending frequency limit reached',
			meaning: 'The sending IP, sender domain, sender address or connection count went over the rate QQ Mail accepts, so further mail is refused for a while. Going over the per-minute limit holds the IP back for minutes, the hourly one for hours and the daily one for the rest of the day; the figures themselves are not published.',
			causes: ['Too many messages to QQ in a short time from one IP, domain or address.', 'Too many simultaneous connections to QQ.'],
			fix: ['Let the queue retry more slowly; spread bulk mail to QQ over a longer time and fewer parallel connections.', QQ_HELP],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: `${page(172)}; ${page(173)}; ${page(174)}; ${page(175)}`,
		},
		// "550 Spam is embedded in the email. https://service.mail.qq.com/detail/122/59"
		{
			phrase: /\bspam is embedded in the email\b/i,
			title: 'QQ Mail: message content taken for spam',
			meaning: 'QQ Mail’s filter found content in this message (text, links or attachments) that it takes for spam. Its help page describes spam placed in the part of a message that users fill in themselves, such as the free text of a web form or an invitation, after many users reported such mail.',
			causes: ['Links to domains with a poor reputation, or wording typical of bulk advertising.', 'A web form, invitation or share feature whose free-text field is abused to carry spam.'],
			fix: ['Change the content and links, then send the changed message; the same message is refused again.', QQ_HELP],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: page(59),
		},
		// "550 Mail content denied. https://service.mail.qq.com/detail/122/171"
		{
			phrase: /\bmail content denied\b/i,
			title: 'QQ Mail: bulk content refused after complaints',
			meaning: 'QQ Mail refuses this content because the same mass mailing was reported as spam by many of its users. When a bulk mailing draws widespread complaints, QQ Mail stops accepting mail with similar content, whoever sends it.',
			causes: ['A newsletter or promotion sent to people who did not ask for it.'],
			fix: ['Stop the mailing to QQ users; send only to people who opted in and make unsubscribing easy.', 'Do not resend the same content from another address or server: it is the content that is refused.', QQ_HELP],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'spamdetected',
			source: page(171),
		},
		// "550 Suspected spam. https://service.mail.qq.com/detail/122/71"
		{
			phrase: /\bsuspected spam\b(?! ip\b)/i,
			title: 'QQ Mail: sender suspected of spam',
			meaning: 'QQ Mail refuses mail from this sender address or domain as a suspected spammer; the refusal is of the sender, not of this message’s words. Changing the text of the message therefore does not help: the sender’s standing with QQ Mail has to recover first.',
			causes: ['Earlier mail from the sender drew spam reports.', 'A sender domain without SPF, DKIM or DMARC.'],
			fix: ['Check SPF, DKIM and DMARC for the sender domain and stop unwanted bulk mail from it.', QQ_HELP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: page(71),
		},
		// "550 Mail is rejected by recipients. https://service.mail.qq.com/detail/122/92"
		{
			phrase: /\bmail is rejected by recipients\b/i,
			title: 'QQ Mail: the recipient blocked this sender',
			meaning: 'The recipient put this sender on the block list of their QQ Mail account, so mail from the sender is refused. It is the recipient’s own choice, made in their mailbox settings, not a judgement by QQ Mail’s filters, and only they can undo it.',
			causes: ['The recipient chose not to receive mail from this address.'],
			fix: ['Do not resend; if the mail is wanted, ask the recipient by another channel to remove the sender from their block list.'],
			whoActs: 'recipient',
			retry: 'do-not-retry',
			reason: 'rejected',
			source: page(92),
		},
		// "550 SPF check failed. https://service.mail.qq.com/detail/122/72" / "550 DMARC check failed."
		{
			phrase: /\b(?:spf|dmarc) check failed\b/i,
			title: 'QQ Mail: SPF or DMARC check failed',
			meaning: 'The message failed the sender domain’s SPF check or its DMARC policy at QQ Mail, so it is refused as not authorised by that domain. Both are published by the sender’s own domain in DNS, so the fix lies in that domain’s records or in the path the mail takes, not at QQ Mail.',
			causes: ['A sending server missing from the domain’s SPF record.', 'A From domain whose DMARC policy rejects unaligned mail.'],
			fix: ['Add the sending server to the domain’s SPF record (its TXT record beginning v=spf1).', 'Sign the mail with DKIM under the From domain so that DMARC passes, then resend.', QQ_HELP],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: page(72),
		},
		// "550 Mailbox unavailable or access denined" [sic] (https://service.mail.qq.com/detail/122/166)
		{
			phrase: /\bmailbox unavailable or access denie?n?ed\b|\bfrequency of receiving messages is limited\b/i,
			title: 'QQ Mail: recipient receiving too fast',
			meaning: 'The recipient is being sent more mail in a short time than QQ Mail allows, so mail to that mailbox is held back for a while; the address itself exists. QQ Mail does this to protect the mailbox from floods, and despite the wording (“access denined” is QQ’s own spelling) nothing is wrong with the address.',
			causes: ['Many messages to one QQ address in a short time.', 'Several senders or systems mailing the same QQ address at once (alerts, notifications).'],
			fix: ['Pause mail to this recipient and let the queue retry later; do not remove the address from your list.', 'For automatic notices, group them into fewer messages to the same QQ address.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: page(166),
		},
		// "550 Mailbox not found. https://service.mail.qq.com/detail/122/169"
		{
			phrase: /\bmailbox not found\b/i,
			title: 'QQ Mail: recipient address does not exist',
			meaning: 'There is no QQ Mail mailbox with this address. A QQ address is usually the account’s QQ number or a chosen name before @qq.com, so a single wrong digit or letter gives this refusal, and sending again gives the same answer.',
			causes: ['A typo in the address, or an account that was closed.'],
			fix: ['Check the address with the recipient by another channel; correct it if it was mistyped.', 'If it is right as written, remove it from your lists and do not resend.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: page(169),
		},
		// "550 … is a deactivated mailbox"
		{
			phrase: /\bis a deactivated mailbox\b/i,
			title: 'QQ Mail: recipient mailbox deactivated',
			meaning: 'The recipient’s QQ mailbox exists but is deactivated, so it does not take mail. The address is not wrong: the account holder has to switch the mailbox on before anything sent to it is delivered.',
			causes: ['A QQ account whose mailbox was never activated or was switched off.'],
			fix: ['Reach the recipient by another channel; resend only once they confirm the mailbox is active.'],
			whoActs: 'recipient',
			retry: 'do-not-retry',
			reason: 'suspend',
			source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Tencent.pm (Sisimai, BSD-2-Clause)',
		},
		// "501 Bad address syntax. https://service.mail.qq.com/detail/122/167"
		{
			phrase: /\bbad address syntax\b/i,
			title: 'QQ Mail: address not well formed',
			meaning: 'An address the sender gave in the SMTP session is not a well-formed address, so QQ Mail cannot use it. Its help page lists what to look for: characters that do not belong in a domain, a domain not in the usual name.tld form, spaces, and letters typed for digits.',
			causes: ['Stray characters (/ , * ? ;), spaces or a missing domain part in the address.', 'Look-alike characters typed by mistake (O for 0, l for 1, g for 9, l for I).'],
			fix: ['Correct the address and resend.', 'If no mistake is visible, confirm the address with the recipient by another channel.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'syntaxerror',
			source: page(167),
		},
		// "552 Message too large. https://service.mail.qq.com/detail/122/168"
		{
			phrase: /\bmessage too large\b/i,
			title: 'QQ Mail: message too large',
			meaning: 'The message is bigger than QQ Mail accepts, attachments and their encoding included. QQ Mail’s help page asks senders to make the message smaller and not to attach very large files; resending it unchanged fails the same way.',
			causes: [...TOO_LARGE.causes],
			fix: [...TOO_LARGE.fix, 'Send large files as a download link rather than an attachment.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'mesgtoobig',
			source: page(168),
		},
	],
});

/** The carrier rule for a wording of QQ Mail's own table: that rule's words, reason, meaning and page. */
function carried(example: CarrierFacts): CarrierRule {
	const rule = tencentMail.rules.find(r => r.phrase?.test(example.diagnostic));
	if (!rule?.phrase) throw new Error(`no QQ Mail rule for ${example.diagnostic}`);
	return {phrase: rule.phrase, reason: rule.reason, meaning: rule.meaning, source: rule.source, example};
}

// The wordings the generic reading of a reply gets otherwise, read by QQ Mail's table when the remote
// host or the recipient's domain is QQ Mail's; the rules are the receiver's above.
export const tencent: Carrier = {
	id: 'tencent',
	name: 'Tencent (QQ Mail)',
	hosts: /(?:^|\.)qq\.com$/,
	domains: /^(?:(?:vip\.)?qq\.com|foxmail\.com)$/,
	rules: [
		// "550 Suspected bounce attacks"
		carried({reason: 'blocked', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Suspected bounce attacks'}),
		// "550 Suspected spam ip"
		carried({reason: 'spamdetected', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Suspected spam ip'}),
		// "550 Connection denied"
		carried({reason: 'onhold', command: 'CONN', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Connection denied'}),
		// "550 Suspected spam"
		carried({reason: 'spamdetected', command: 'MAIL', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Suspected spam'}),
		// "550 Mail is rejected by recipients"
		carried({reason: 'filtered', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Mail is rejected by recipients'}),
		// "550 Mailbox unavailable or access denined"
		carried({reason: 'userunknown', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Mailbox unavailable or access denined'}),
		// "501 Bad address syntax"
		carried({reason: 'onhold', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '501 Bad address syntax'}),
	],
};
