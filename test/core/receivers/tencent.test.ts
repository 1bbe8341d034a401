import {describe, expect, it} from 'vitest';
import {detectProviders} from '../../../src/core/receivers';
import {tencentMail} from '../../../src/core/receivers/tencent';
import {readInBounce} from './bounce';
import {resolve} from './helpers';

const link = (n: number): string => `https://service.mail.qq.com/detail/122/${n}`;

// Replies as QQ Mail's MX writes them: a short English phrase and the help page that explains it.
const rows: Array<[line: string, reason: string, title: RegExp]> = [
	[`550 Suspected spam ip, please retry later. ${link(66)}`, 'blocked', /IP suspected of spam/],
	[`550 Suspected bounce attacks. ${link(57)}`, 'blocked', /backscatter/],
	[`550 Connection denied. ${link(170)}`, 'blocked', /connection denied/],
	[`550 Ip frequency limited. ${link(172)}`, 'toomanyconn', /frequency limit/],
	[`550 Domain frequency limited. ${link(173)}`, 'toomanyconn', /frequency limit/],
	[`550 Sender frequency limited. ${link(174)}`, 'toomanyconn', /frequency limit/],
	[`421 Connection frequency limited. ${link(175)}`, 'toomanyconn', /frequency limit/],
	[`550 Spam is embedded in the email. ${link(59)}`, 'spamdetected', /content taken for spam/],
	[`550 Mail content denied. ${link(171)}`, 'spamdetected', /complaints/],
	[`550 Suspected spam. ${link(71)}`, 'rejected', /sender suspected/],
	[`550 Mail is rejected by recipients. ${link(92)}`, 'rejected', /blocked this sender/],
	[`550 SPF check failed. ${link(72)}`, 'authfailure', /SPF or DMARC/],
	[`550 DMARC check failed. ${link(72)}`, 'authfailure', /SPF or DMARC/],
	[`550 Mailbox unavailable or access denined. ${link(166)}`, 'speeding', /receiving too fast/],
	[`550 Mailbox not found. ${link(169)}`, 'userunknown', /does not exist/],
	['550 neko@qq.com is a deactivated mailbox. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742', 'suspend', /deactivated/],
	[`501 Bad address syntax. ${link(167)}`, 'syntaxerror', /not well formed/],
	[`552 Message too large. ${link(168)}`, 'mesgtoobig', /too large/],
];

describe('QQ Mail (Tencent) receiver', () => {
	it.each(rows)('%s alone', (line, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe('tencent');
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it.each(rows)('%s inside a bounce from mx3.qq.com', (line, reason, title) => {
		const read = readInBounce(line.replace(/ https?:\S+$/, ''), 'mx3.qq.com', 'neko@qq.com');
		expect(read.card?.provider).toBe('tencent');
		expect(read.card?.title).toMatch(title);
		expect(read.recipient?.provider).toBe('tencent');
		expect(read.recipient?.reason).toBe(reason);
	});

	it('gives every rule a tested row', () => {
		for (const rule of tencentMail.rules) expect(rows.some(([line]) => rule.phrase?.test(line)), rule.title).toBe(true);
	});

	it('keeps its generic phrases to QQ Mail', () => {
		for (const line of ['550 Mailbox not found', '552 Message too large', '550 Connection denied', '550 5.7.1 Suspected spam']) {
			expect(resolve(line)?.provider, line).not.toBe('tencent');
		}
		for (const text of ['user@qq.com.example.net', 'see qq.com', 'mx3.qq.community.example']) expect(detectProviders(text).map(r => r.id), text).not.toContain('tencent');
	});
});
