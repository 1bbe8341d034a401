// QQ Mail's refusals, one help page each.
import {entriesOf, worded, type PublishedList} from './types';

const link = (n: number): string => `https://service.mail.qq.com/detail/122/${n}`;
const LINES: string[] = [
	`550 Suspected spam ip, please retry later. ${link(66)}`,
	`550 Suspected bounce attacks. ${link(57)}`,
	`550 Connection denied. ${link(170)}`,
	`550 Ip frequency limited. ${link(172)}`,
	`550 Domain frequency limited. ${link(173)}`,
	`550 Sender frequency limited. ${link(174)}`,
	`421 Connection frequency limited. ${link(175)}`,
	`550 Spam is embedded in the email. ${link(59)}`,
	`550 Mail content denied. ${link(171)}`,
	`550 Suspected spam. ${link(71)}`,
	`550 Mail is rejected by recipients. ${link(92)}`,
	`550 SPF check failed. ${link(72)}`,
	`550 DMARC check failed. ${link(72)}`,
	`550 Mailbox unavailable or access denined. ${link(166)}`,
	`550 Mailbox not found. ${link(169)}`,
	'550 neko@qq.com is a deactivated mailbox. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742',
	`501 Bad address syntax. ${link(167)}`,
	`552 Message too large. ${link(168)}`,
];

export const tencent: PublishedList = {
	provider: 'tencent',
	name: 'QQ Mail / Tencent',
	title: 'QQ Mail help centre: bounce reasons',
	source: 'https://service.mail.qq.com/detail/122/72',
	host: 'mx3.qq.com',
	recipient: 'neko@qq.com',
	entries: entriesOf(LINES, worded),
};
