import {describe, expect, it} from 'vitest';
import {decodeText} from '../../../src/core/decode';
import {recipientProvider} from '../../../src/core/decode/provider';
import {postfixBounce} from '../receivers/bounce';

describe('the provider of a recipient’s failure', () => {
	it('names Outlook.com for its consumer mailboxes and servers, Microsoft 365 for tenants', () => {
		expect(recipientProvider('', '550 5.5.0 Requested action not taken: mailbox unavailable', 'bob@hotmail.com')).toBe('outlook-com');
		expect(recipientProvider('outlook-com.olc.protection.outlook.com', '550 5.7.1 Service unavailable', 'bob@example.com')).toBe('outlook-com');
		expect(recipientProvider('', '550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren’t sent.', 'bob@example.com')).toBe('outlook-com');
		expect(recipientProvider('example-com.mail.protection.outlook.com', '550 5.1.10 RESOLVER.ADR.RecipientNotFound', 'bob@example.com')).toBe('microsoft');
		expect(recipientProvider('', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'bob@example.com')).toBe('microsoft');
	});

	it('reads the remote host first, then the recipient’s domain, then the words', () => {
		// The words name Cloudmark; the host and GoDaddy's own code name GoDaddy.
		const ib103 = '554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103';
		expect(recipientProvider('mx1.secureserver.net', ib103, 'jane@coolexample.com')).toBe('godaddy');
		expect(recipientProvider('', ib103, 'jane@coolexample.com')).toBe('godaddy');
		// A Spectrum mailbox refusing an SES sender: the envelope's amazonses.com is the sender's.
		expect(recipientProvider('', '550 5.1.0 <0100@amazonses.com> sender rejected', 'bob@charter.net')).toBe('spectrum');
		// A Gmail address quoted in the words is not the receiving side.
		expect(recipientProvider('', '550 5.7.1 <alice@gmail.com>... Access denied', 'bob@example.jp')).toBeUndefined();
		expect(recipientProvider('mx.example.jp', '550 5.1.1 User unknown', 'bob@gmail.com')).toBe('google');
	});

	it('gives a whole bounce’s recipient that provider', () => {
		const report = decodeText(postfixBounce('550 5.5.0 Requested action not taken: mailbox unavailable.', 'hotmail-com.olc.protection.outlook.com', 'bob@hotmail.com'));
		expect(report.recipients[0]?.provider).toBe('outlook-com');
		const godaddy = decodeText(postfixBounce('554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103', 'mx1.secureserver.net', 'jane@coolexample.com'));
		expect(godaddy.recipients[0]).toMatchObject({provider: 'godaddy', reason: 'badreputation'});
	});
});
