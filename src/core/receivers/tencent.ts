// Tencent (QQ Mail: qq.com, foxmail.com; MX *.qq.com), China. Its refusals are short English phrases
// whose meaning QQ Mail's help centre documents one page each (service.mail.qq.com/detail/122/…), and
// several mean something else there than from anyone else: "suspected spam" refuses the sender, not
// the content; "mailbox unavailable or access denined" [sic] is a receiving-rate limit, not a
// missing mailbox. Sisimai's Rhost/Tencent.pm (BSD-2-Clause) lists the same pages. Only the wordings
// that the generic reading gets otherwise are here; the rest already read as documented.
import type {Carrier} from './carriers';

const page = (n: number): string => `https://service.mail.qq.com/detail/122/${n}`;
const MX = 'mx3.qq.com';

export const tencent: Carrier = {
	id: 'tencent',
	name: 'Tencent (QQ Mail)',
	hosts: /(?:^|\.)qq\.com$/,
	domains: /^(?:(?:vip\.)?qq\.com|foxmail\.com)$/,
	rules: [
		{
			phrase: /\bsuspected bounce attacks?\b/i,
			reason: 'blocked',
			meaning: 'QQ Mail refuses the sending server because mail from it looks like a bounce (backscatter) attack.',
			source: page(57),
			example: {reason: 'blocked', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Suspected bounce attacks'},
		},
		{
			phrase: /\bsuspected spam ip\b/i,
			reason: 'blocked',
			meaning: 'QQ Mail refuses the connection because the sending IP is suspected of sending spam.',
			source: page(66),
			example: {reason: 'spamdetected', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Suspected spam ip'},
		},
		{
			phrase: /\bconnection denied\b/i,
			reason: 'blocked',
			meaning: 'QQ Mail denies the connection from the sending server.',
			source: page(170),
			example: {reason: 'onhold', command: 'CONN', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Connection denied'},
		},
		{
			phrase: /\bsuspected spam\b(?! ip\b)/i,
			reason: 'rejected',
			meaning: 'QQ Mail refuses this sender (address or domain) as a suspected spammer; the refusal is of the sender, not of the message content.',
			source: page(71),
			example: {reason: 'spamdetected', command: 'MAIL', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Suspected spam'},
		},
		{
			phrase: /\bmail is rejected by recipients\b/i,
			reason: 'rejected',
			meaning: 'The recipient has blocked this sender in QQ Mail, so mail from the sender is refused.',
			source: page(92),
			example: {reason: 'filtered', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Mail is rejected by recipients'},
		},
		{
			phrase: /\bmailbox unavailable or access denined\b|\bfrequency of receiving messages is limited\b/i,
			reason: 'speeding',
			meaning: 'The recipient’s mailbox is taking mail from this sender faster than QQ Mail allows, so further messages are held back for a while.',
			source: page(166),
			example: {reason: 'userunknown', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '550 Mailbox unavailable or access denined'},
		},
		{
			phrase: /\bbad address syntax\b/i,
			reason: 'syntaxerror',
			meaning: 'QQ Mail could not parse an address the sender gave in the SMTP session.',
			source: page(167),
			example: {reason: 'onhold', command: 'RCPT', dsnStatus: '5.0.0', remoteMta: MX, recipient: 'neko@qq.com', diagnostic: '501 Bad address syntax'},
		},
	],
};
