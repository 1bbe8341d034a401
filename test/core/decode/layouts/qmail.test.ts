import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

const notice = (block: string): string =>
	`Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n${block}\n\n--- Below this line is a copy of the message.\n\nTo: bob@example.net\n`;

describe('qmail stages and message table', () => {
	test.each([
		['Connected to 192.0.2.25 but sender was rejected.\nRemote host said: 553 sorry, your domain is not allowed here', 'rejected', 'MAIL'],
		['Connected to 192.0.2.25 but my name was rejected.\nRemote host said: 501 Invalid domain name', 'blocked', 'EHLO'],
		['192.0.2.25 does not like recipient.\nRemote host said: 550 sorry, no such recipient here\nGiving up on 192.0.2.25.', 'userunknown', 'RCPT'],
		['192.0.2.25 failed after I sent the message.\nRemote host said: 554 Message looks like spam', 'spamdetected', 'DATA'],
		['Unable to write to the mailbox: disk quota exceeded', 'mailboxfull', ''],
		['Mailaddress is administratively disabled.', 'suspend', ''],
	])('%s', (block, reason, command) => {
		const r = decodeText(notice(`<bob@example.net>:\n${block}`));
		expect(r.recipients.map((x) => [x.recipient, x.reason, x.command])).toEqual([['bob@example.net', reason, command]]);
	});
});
