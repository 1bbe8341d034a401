import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('Amazon SES', () => {
	test('"Delivery expired" is SES giving up: expired', () => {
		const r = decodeText('The following message to <bob@example.net> was undeliverable.\nThe reason for the problem:\n4.4.7 - Delivery expired (message too old) \'timeout\'\n');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', reason: 'expired'});
	});

	test.each([
		['MailboxFull', 'mailboxfull'],
		['MessageTooLarge', 'mesgtoobig'],
	])('a JSON notification of a transient %s bounce → %s', (subType, reason) => {
		const r = decodeText(`{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"${subType}","bouncedRecipients":[{"emailAddress":"bob@example.net","action":"failed","status":"5.0.0","diagnosticCode":"smtp; 552 Requested action aborted"}]}}`);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', reason});
	});
});
