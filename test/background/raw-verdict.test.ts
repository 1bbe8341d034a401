// `raw-verdict`: a whole raw message (Gmail "Show original") decoded in the worker, where the MIME parser is.
import {expect, test, vi} from 'vitest';
import {fakeBrowser} from '@webext-core/fake-browser';
import {handleMessage} from '../../src/background/messages';
import {rawVerdict} from '../../src/background/raw-verdict';
import type {BannerReading} from '../../src/shared/messages';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

/** A message from our content script in a tab (the worker answers no one else). */
const fromContent = {id: fakeBrowser.runtime.id, tab: {id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false}};

const RAW = [
	'From: Mail Delivery Subsystem <mailer-daemon@example.net>',
	'To: sender@example.com',
	'Subject: Delivery Status Notification (Failure)',
	'MIME-Version: 1.0',
	'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
	'',
	'--b1',
	'Content-Type: text/plain; charset=UTF-8',
	'',
	'Your message wasn\'t delivered to nobody@example.org because the address couldn\'t be found.',
	'',
	'--b1',
	'Content-Type: message/delivery-status',
	'',
	'Reporting-MTA: dns; mx.example.net',
	'',
	'Final-Recipient: rfc822; nobody@example.org',
	'Action: failed',
	'Status: 5.1.1',
	'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.',
	'',
	'--b1--',
	'',
].join('\r\n');

test('decodes the raw MIME into the banner\'s verdicts', async () => {
	const {verdicts} = await rawVerdict(RAW);
	expect(verdicts).toHaveLength(1);
	expect(verdicts[0]).toMatchObject({outcome: 'failed', tone: 'permanent', headline: 'Not delivered to nobody@example.org: the address does not exist (550 5.1.1).'});
});

test('names the recipients not delivered or delayed, not the delivered ones', async () => {
	const mixed = RAW.replace('Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.', [
		'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.',
		'',
		'Final-Recipient: rfc822; later@example.org',
		'Action: delayed',
		'Status: 4.2.2',
		'Diagnostic-Code: smtp; 452 4.2.2 Mailbox full',
		'',
		'Final-Recipient: rfc822; fine@example.org',
		'Action: delivered',
		'Status: 2.0.0',
	].join('\r\n'));
	expect((await rawVerdict(mixed)).verdicts.map(v => [v.recipient, v.outcome])).toEqual([['nobody@example.org', 'failed'], ['later@example.org', 'delayed']]);
});

test('nothing to say for no text, a non-bounce, or a malformed message', async () => {
	const nothing = {verdicts: [], evidence: [], suppress: []};
	expect(await rawVerdict('')).toEqual(nothing);
	expect(await rawVerdict(42)).toEqual(nothing);
	expect(await rawVerdict('Subject: hello\r\n\r\nJust saying hi.\r\n')).toEqual(nothing);
});

test('is a runtime message the worker answers', async () => {
	await expect(handleMessage({type: 'raw-verdict', raw: RAW}, fromContent)).resolves.toEqual(await rawVerdict(RAW));
});

test('text-verdict decodes a body’s displayed text in the worker', async () => {
	const text = 'This is the mail system at host mail.example.com.\n\n<nobody@example.org>: host mx.example.org[192.0.2.9] said: 550 5.1.1\n    <nobody@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n';
	const reading = await handleMessage({type: 'text-verdict', text}, fromContent) as BannerReading;
	expect(reading.verdicts.length).toBe(1);
	expect(reading.verdicts[0]?.recipient).toBe('nobody@example.org');
	// Its details: where it failed, and the address to suppress.
	expect(reading.evidence).toEqual([{server: 'mx.example.org', command: 'RCPT'}]);
	expect(reading.suppress).toEqual(['nobody@example.org']);
	expect(await handleMessage({type: 'text-verdict', text: '   '}, fromContent)).toEqual({verdicts: [], evidence: [], suppress: []});
});

test('the banner reading says what the bounce is about: the returned message, when it carries its headers', async () => {
	const withHeaders = RAW.replace('--b1--', ['--b1', 'Content-Type: text/rfc822-headers', '', 'From: Sender <sender@example.com>', 'Subject: =?UTF-8?Q?Caf=C3=A9_order?=', 'Date: Sun, 22 Nov 2026 10:15:01 +0100', '', '--b1--'].join('\r\n'));
	const reading = await rawVerdict(withHeaders);
	expect(reading.original).toEqual({subject: 'Café order', date: 'Sun, 22 Nov 2026 10:15:01 +0100', from: 'Sender <sender@example.com>'});
	expect(reading.suppress).toEqual(['nobody@example.org']);
	expect((await rawVerdict(RAW)).original).toBeUndefined();
});
