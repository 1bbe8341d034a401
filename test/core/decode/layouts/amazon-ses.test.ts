import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';
import {SES_BOUNCE_TYPES, SES_BOUNCE_TYPES_SOURCE} from '../../../../src/core/receivers/amazon-ses-bounce-types';

describe('Amazon SES', () => {
	test('"Delivery expired" is SES giving up: expired', () => {
		const r = decodeText('The following message to <bob@example.net> was undeliverable.\nThe reason for the problem:\n4.4.7 - Delivery expired (message too old) \'timeout\'\n');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', reason: 'expired'});
	});

	const notice = (type: string, subType: string, recipient: string): string =>
		`{"notificationType":"Bounce","bounce":{"bounceType":"${type}","bounceSubType":"${subType}","bouncedRecipients":[${recipient}]}}`;

	// Every pair of AWS's "Bounce types" table, with a diagnosticCode whose words state no reason.
	test.each(SES_BOUNCE_TYPES.map(row => [row.bounceType, row.bounceSubType, row.reason] as const))('a JSON notification of a %s %s bounce gives the subtype’s reason (%s) when the words state none', (type, subType, reason) => {
		const r = decodeText(notice(type, subType, '{"emailAddress":"bob@example.net","action":"failed","status":"5.0.0","diagnosticCode":"smtp; 550 5.0.0 Delivery failed"}'));
		expect(r.recipients[0]?.recipient).toBe('bob@example.net');
		if (reason) expect(r.recipients[0]?.reason).toBe(reason);
		else expect(r.recipients[0]?.reason).toBe(decodeText(notice('Undetermined', 'Unlisted', '{"emailAddress":"bob@example.net","action":"failed","status":"5.0.0","diagnosticCode":"smtp; 550 5.0.0 Delivery failed"}')).recipients[0]?.reason);
	});

	test('cites AWS’s table and lists each documented pair once', () => {
		expect(SES_BOUNCE_TYPES_SOURCE).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/ses\/.*bounce-types$/);
		expect(new Set(SES_BOUNCE_TYPES.map(row => `${row.bounceType}/${row.bounceSubType}`)).size).toBe(10);
		expect(SES_BOUNCE_TYPES.filter(row => row.bounceType === 'Permanent').map(row => row.bounceSubType)).toEqual(['General', 'NoEmail', 'Suppressed', 'OnAccountSuppressionList']);
		expect(SES_BOUNCE_TYPES.filter(row => row.bounceType === 'Transient').map(row => row.bounceSubType)).toEqual(['General', 'MailboxFull', 'MessageTooLarge', 'ContentRejected', 'AttachmentRejected']);
	});

	test('the diagnosticCode’s words decide the reason where they state one', () => {
		const r = decodeText(notice('Transient', 'MailboxFull', '{"emailAddress":"bob@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}'));
		expect(r.recipients[0]?.reason).toBe('userunknown');
	});

	test('a notice without a DSN Action failed, whatever its type: SES notifies a soft bounce once it stops retrying', () => {
		const permanent = decodeText(notice('Permanent', 'NoEmail', '{"emailAddress":"bob@example.net"}')).recipients[0];
		expect(permanent).toMatchObject({recipient: 'bob@example.net', action: 'failed', reason: 'userunknown', hardBounce: true});
		const transient = decodeText(notice('Transient', 'MailboxFull', '{"emailAddress":"bob@example.net"}')).recipients[0];
		// Transient: this message is lost, the address may take a later one (a soft bounce).
		expect(transient).toMatchObject({recipient: 'bob@example.net', action: 'failed', reason: 'mailboxfull', hardBounce: false});
		// A DSN Action in the notice stays.
		expect(decodeText(notice('Transient', 'General', '{"emailAddress":"bob@example.net","action":"failed","status":"5.0.0"}')).recipients[0]?.action).toBe('failed');
	});
});
