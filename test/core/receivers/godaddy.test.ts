import {describe, expect, it} from 'vitest';
import {godaddy, godaddyCode} from '../../../src/core/receivers/godaddy';
import {testTable, type Row as TableRow} from './bounce';
import {resolve, type Row} from './helpers';

// Replies in the shapes GoDaddy's help page quotes for its IB codes.
const rows: Row[] = [
	['535 Authentication not allowed on IBSMTP Servers. IB401', 'godaddy', 'securityerror', /IB401/],
	['550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501', 'godaddy', 'notcompliantrfc', /From address/],
	['550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502', 'godaddy', 'notcompliantrfc', /IB502/],
	['550 coolexample.com From: Domain is invalid. Provide a valid From: IB506', 'godaddy', 'rejected', /IB506/],
	['550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508', 'godaddy', 'authfailure', /SPF/],
	['421 Temporarily rejected. Reverse DNS for this IP failed. IB108', 'godaddy', 'requireptr', /reverse DNS/],
	['552 This message has been rejected due to content judged to be spam by the internet community. IB212', 'godaddy', 'spamdetected', /spam/],
	['552 Virus infected message rejected. IB705', 'godaddy', 'virusdetected', /virus/],
	['452 This message contains too many recipients. Reduce the number of recipients and retry. IB605', 'godaddy', 'toomanyconn', /IB605/],
	['421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007', 'godaddy', 'toomanyconn', /IB007/],
	['421 Server temporarily unavailable. Try again later. IB101', 'godaddy', 'speeding', /rate limit/],
	['550 This IP has sent too many to too many recipients this hour. IB607', 'godaddy', 'speeding', /IB607/],
	['554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112', 'godaddy', 'blocked', /IB110–IB113/],
	['554 Connection refused. This IP address is listed on the Exploits Block List (XBL). IB105', 'godaddy', 'blocked', /Spamhaus/],
	['554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103', 'godaddy', 'badreputation', /IB103/],
];

describe('GoDaddy IB codes', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('IB103 names Cloudmark, but the IB code makes it GoDaddy’s reply: its own rule explains it, not the list’s card', () => {
		const line = '554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103';
		for (const ctx of [{}, {provider: 'godaddy' as const}]) {
			const found = resolve(line, ctx);
			expect(found?.provider).toBe('godaddy');
			expect(found?.reason).toBe('badreputation');
			expect(found?.title).toMatch(/IB103/);
		}
		// Without GoDaddy's code, the same words are Cloudmark's.
		expect(resolve('554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI).')?.provider).toBe('cloudmark');
	});

	it('only an IB code standing on its own counts', () => {
		expect(resolve('550 5.7.1 message LIB104X refused')?.provider).not.toBe('godaddy');
		expect(resolve('550 user IB104@example.com unknown')?.provider).not.toBe('godaddy');
	});
});

// The same page's replies without an IB code, from GoDaddy's inbound servers (and its outgoing relay
// for the queue timeout); with the coded rows, every rule's reply alone and inside a bounce.
testTable({
	receiver: godaddy,
	host: 'mx1.secureserver.net',
	recipient: 'jane@coolexample.com',
	rows: [
		...rows.map(([line, , reason, title]): TableRow => [line, reason, title]),
		['554 RBL Reject.', 'blocked', /own block list/],
		['552 Message rejected for spam or virus content', 'spamdetected', /spam or a virus/],
		['552 5.2.2 jane@coolexample.com Account storage limit', 'mailboxfull', /mailbox full/],
		['550 5.2.1 jane@coolexample.com Account disabled', 'suspend', /disabled/],
		['550 Recipient not found', 'userunknown', /no mailbox/],
		['550 5.1.1 jane@coolexample.com Account does not exist', 'userunknown', /no mailbox/],
		["451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.", 'expired', /too long in the queue/],
		['554 This message is looping: it already has my Delivered-To line. (#5.4.6)', 'systemerror', /loop/],
	],
	lookalikes: ['554 RBL Reject.', '550 Recipient not found', '550 5.1.1 Account does not exist', 'Delivery timeout'],
});

it('gives a worded reply no IB reason in other servers’ bounces', () => {
	expect(godaddyCode('550 5.2.1 IBM mailbox: Account disabled')).toBeUndefined();
	expect(godaddyCode('550 Account disabled. IB501')?.reason).toBe('notcompliantrfc');
});
