import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

// Exim's own error texts (no remote reply) carry the reason its source gives them.
const notice = (block: string): string =>
	`This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n${block}\n\n------ This is a copy of the message, including all the headers. ------\n\nTo: bob@example.net\n`;

describe('Exim message table', () => {
	test.each([
		['all host address lookups failed permanently', 'hostunknown'],
		['all relevant MX records point to non-existent hosts', 'hostunknown'],
		['Unrouteable address', 'hostunknown'],
		['an MX or SRV record indicated no SMTP service', 'notaccept'],
		['Too many "Received" headers - suspected mail loop', 'contenterror'],
		['mailbox is full (quota exceeded while writing to file /var/mail/bob)', 'mailboxfull'],
		['retry timeout exceeded', 'expired'],
		['all hosts have been failing for a long time and were last tried after this message arrived', 'expired'],
	])('%s → %s', (words, reason) => {
		const r = decodeText(notice(`  bob@example.net\n    ${words}`));
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
	});

	test('a remote reply is read by its own words, not by the table', () => {
		const r = decodeText(notice('  bob@example.net\n    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    host mx.example.net [192.0.2.25]: 550 5.1.1 <bob@example.net>... User Unknown'));
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', reason: 'userunknown', command: 'RCPT', status: '5.1.1'});
	});

	test('a delay warning whose reason is Exim giving up on the hosts is expired', () => {
		const r = decodeText(
			'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.example.org.\n\nThe address to which the message has not yet been delivered is:\n\n  bob@example.net\n    Delay reason: retry time not reached for any host after a long failure period\n\nNo action is required on your part. Delivery attempts will continue for\nsome time.\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', reason: 'expired', action: 'delayed'});
	});
});

describe('GMX and 1&1 variants of the Exim notice', () => {
	test('GMX: "SMTP error … after RCPT command:" then "host: H" on its own line, then the reply', () => {
		const r = decodeText(
			'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address\nfailed:\n\n"bob@example.net":\nSMTP error from remote server after RCPT command:\nhost: mx.example.net\n5.1.1 <bob@example.net>... User Unknown\n\n--- The header of the original message is following. ---\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', command: 'RCPT', remoteMta: 'mx.example.net', diagnostic: '5.1.1 <bob@example.net>... User Unknown', reason: 'userunknown'});
	});

	test('1&1: an unindented "rcpt:" line, "for TEXT command, host: H (ip) reason: reply"', () => {
		const r = decodeText(
			'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address\nfailed:\n\nbob@example.fr:\nSMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.2.0 Mail rejected\n\n--- The header of the original message is following. ---\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.fr', command: 'DATA', remoteMta: 'smtp-in.example.fr', diagnostic: '550 5.2.0 Mail rejected', status: '5.2.0'});
	});
});
