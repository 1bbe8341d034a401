import {describe, expect, it} from 'vitest';
import {amazonSes} from '../../../src/core/receivers';
import {decodeText} from '../../../src/core/decode/text-report';
import {testRows} from './bounce';
import {resolve, type Row} from './helpers';

// Lines written from the Amazon SES Developer Guide's "SMTP response codes returned by Amazon SES", as
// a server relaying through SES reports them ("host email-smtp.us-east-1.amazonaws.com said: …").
const smtpRows: Row[] = [
	['421 Too many concurrent SMTP connections', 'amazon-ses', 'toomanyconn', /too many SMTP connections/],
	['454 Throttling failure: Maximum sending rate exceeded.', 'amazon-ses', 'toomanyconn', /sending faster/],
	['454 Throttling failure: Daily message quota exceeded.', 'amazon-ses', 'toomanyconn', /daily sending quota/],
	['451 Temporary service failure', 'amazon-ses', 'systemerror', /temporary failure/],
	['454 Temporary authentication failure', 'amazon-ses', 'systemerror', /temporary failure/],
	['451 Timeout waiting for data from client', 'amazon-ses', 'systemerror', /client went silent/],
	['535 Authentication Credentials Invalid', 'amazon-ses', 'securityerror', /credentials refused/],
	['535 Account not subscribed to SES', 'amazon-ses', 'securityerror', /not signed up/],
	['554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp-user is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.org', 'amazon-ses', 'securityerror', /SMTP user may not send/],
	['554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alice@example.org', 'amazon-ses', 'norelaying', /not verified/],
];
// Rules whose words name no Amazon SES mark: read once SES is known (the bounce's host names it).
const hostRows: Row[] = [
	['530 Authentication required', 'amazon-ses', 'securityerror', /log in before sending/],
	['552 Message is too long.', 'amazon-ses', 'mesgtoobig', /size limit/],
];
// SES's own notices, written where a bounce gives the reason.
const notices: Row[] = [
	['Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html', 'amazon-ses', 'userunknown', /global suppression list/],
	['Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html', 'amazon-ses', 'onhold', /your account’s suppression list/],
];

const HOST = 'email-smtp.us-east-1.amazonaws.com';
const sesNotification = (diagnostic: string): string =>
	`{"notificationType":"Bounce","bounce":{"feedbackId":"0100017f-aaaa","bounceType":"Permanent","bounceSubType":"Suppressed","bouncedRecipients":[{"emailAddress":"bob@example.net","action":"failed","status":"5.1.1","diagnosticCode":"${diagnostic}"}],"reportingMTA":"dns; amazonses.com"},"mail":{"source":"alice@example.org"}}`;

describe('Amazon SES receiver', () => {
	testRows(smtpRows, HOST, 'bob@example.net', 'amazon-ses');

	it('names Amazon SES from its throttling and account words alone', () => {
		for (const line of ['454 Throttling failure: Maximum sending rate exceeded.', '454 Throttling failure: Daily message quota exceeded.', '535 Account not subscribed to SES']) expect(resolve(line)?.provider).toBe('amazon-ses');
	});

	it.each(hostRows)('%s, once SES is known', (line, provider, reason, title) => {
		const found = resolve(line, {provider: 'amazon-ses'});
		expect([found?.provider, found?.reason]).toEqual([provider, reason]);
		expect(found?.title).toMatch(title);
		expect(resolve(line)?.provider).not.toBe('amazon-ses');
	});

	it.each(notices)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect([found?.provider, found?.reason]).toEqual([provider, reason]);
		expect(found?.title).toMatch(title);
		// Inside SES's own bounce notification the decoded diagnostic finds the same rule.
		const recipient = decodeText(sesNotification(line)).recipients[0];
		expect(recipient?.recipient).toBe('bob@example.net');
		expect(resolve(recipient?.diagnostic ?? '')?.title).toMatch(title);
	});

	it('gives every rule a tested row', () => {
		const lines = [...smtpRows, ...hostRows, ...notices].map(([line]) => resolve(line, {provider: 'amazon-ses'})?.rule);
		for (const rule of amazonSes.rules) expect(lines, rule.title).toContain(rule);
	});

	it.each(['550 5.7.1 Message rejected: content not accepted (amazonses.com)', '530 5.7.0 Authentication required - gsmtp', '552 5.3.4 Your message exceeded Google\'s message size limits. - gsmtp'])('does not read %s as its own', line => {
		expect(resolve(line)?.provider).not.toBe('amazon-ses');
	});
});
