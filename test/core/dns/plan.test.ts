import {describe, expect, it} from 'vitest';
import {decodeBounce} from '../../../src/core/decode';
import {dnsPlan, senderDomain, sendingIp} from '../../../src/core/dns/plan';
import {dsnEmail} from '../../helpers/dsn';

const GMAIL_526 = '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [sender.example] with ip: [203.0.113.7] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication';

async function readingOf(status: string, diagnostic: string, remote = '') {
	const report = await decodeBounce(dsnEmail({recipients: [['Final-Recipient: rfc822; user@rcpt.example', 'Action: failed', `Status: ${status}`, ...(remote ? [`Remote-MTA: dns; ${remote}`] : []), `Diagnostic-Code: smtp; ${diagnostic}`]]}));
	return report.recipients[0]!;
}

describe('from a bounce\'s reading to the DNS checks', () => {
	it('Gmail 5.7.26: authentication checks of the domain and IP the reply quotes', async () => {
		const r = await readingOf('5.7.26', GMAIL_526);
		expect(dnsPlan(r)).toEqual({topic: 'authentication', checks: ['spf', 'dmarc', 'dkim'], request: {domain: 'sender.example', ip: '203.0.113.7'}, provider: 'google', providerName: 'Gmail', status: '5.7.26'});
	});

	it('Microsoft 5.7.515 and 5.7.509: the sending domain in brackets', async () => {
		const r515 = await readingOf('5.7.515', '550 5.7.515 Access denied, sending domain [SENDER.EXAMPLE] doesn\'t meet the required authentication level.', 'rcpt-example.mail.protection.outlook.com');
		expect(dnsPlan(r515)).toMatchObject({topic: 'authentication', request: {domain: 'sender.example'}});
		const r509 = await readingOf('5.7.509', '550 5.7.509 Access denied, sending domain [sender.example] does not pass DMARC verification and has a DMARC policy of reject.');
		expect(dnsPlan(r509)).toMatchObject({topic: 'authentication', request: {domain: 'sender.example'}});
	});

	it('a PTR refusal and block-list listings: the IP, not the link\'s host', async () => {
		const ptr = await readingOf('5.7.25', '550 5.7.25 [203.0.113.8] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.');
		expect(dnsPlan(ptr)).toMatchObject({topic: 'reverse-dns', checks: ['ptr'], request: {ip: '203.0.113.8'}});
		const zen = await readingOf('5.7.1', '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7');
		expect(dnsPlan(zen)).toEqual({topic: 'block-list', checks: ['blocklists', 'ptr'], request: {ip: '203.0.113.7'}, provider: 'spamhaus', providerName: 'Spamhaus', status: '5.7.1'});
		const barracuda = await readingOf('5.7.1', '554 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7');
		expect(dnsPlan(barracuda)).toMatchObject({topic: 'block-list', provider: 'barracuda', request: {ip: '203.0.113.7'}});
	});

	it('an SPF failure in another provider\'s words, and a missing recipient domain', async () => {
		const spf = await readingOf('5.7.23', '550 5.7.23 The message was rejected because of Sender Policy Framework violation -- sender.example does not designate 203.0.113.7 as permitted sender');
		expect(dnsPlan(spf)).toMatchObject({topic: 'authentication', request: {ip: '203.0.113.7'}});
		const host = await readingOf('5.1.2', '550 5.1.2 Host unknown (Name server: rcpt.example: host not found)');
		expect(dnsPlan(host)).toMatchObject({topic: 'recipient-domain', checks: ['mx'], request: {recipientDomain: 'rcpt.example'}});
	});

	it('offers nothing for a reading DNS cannot answer', () => {
		expect(dnsPlan({reason: 'mailboxfull', diagnostic: '552 5.2.2 Mailbox full'})).toBeUndefined();
		expect(dnsPlan({reason: 'userunknown', diagnostic: '550 5.1.1 no such user'})).toBeUndefined();
	});

	it('takes only whole, routable IPs and domains, never a link\'s host or the recipient\'s domain', () => {
		expect(sendingIp('from 10.0.0.5 via 192.168.1.1 and [198.51.100.4]')).toBe('198.51.100.4');
		expect(sendingIp('version 15.1.2.3.4 and 1.2.3')).toBeUndefined();
		expect(sendingIp('ip: [2001:db8::25] at 10:30:00')).toBe('2001:db8::25');
		expect(sendingIp('host [::1] only')).toBeUndefined();
		expect(senderDomain('see https://support.example.com/x from rcpt.example', 'rcpt.example')).toBeUndefined();
		expect(senderDomain('MAIL FROM <bounce@Mailer.Sender.Example> rejected')).toBe('mailer.sender.example');
		expect(senderDomain('[evil.example<script>] from sender.example')).toBe('sender.example');
	});

	it('reads a long hostile text in linear time', () => {
		const text = `${'1.'.repeat(50_000)}${'a:'.repeat(50_000)}${'[a.'.repeat(30_000)}`;
		const started = performance.now();
		sendingIp(text);
		senderDomain(text);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
