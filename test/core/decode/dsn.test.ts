// hasDsnFields answers the same with and without the anchor pass (a raw body is searched directly).
import {describe, expect, test} from 'vitest';
import {hasDsnFields, parseDsn} from '../../../src/core/decode/dsn';

const FIELDS = 'Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; bob@rcpt.example\nAction: failed\nStatus: 5.1.1\n';

describe('hasDsnFields', () => {
	test.each([
		[FIELDS, true],
		[FIELDS.toUpperCase(), true],
		['Original-Recipient: rfc822;bob@rcpt.example\nStatus: 4.4.7\n', true],
		// Both kinds of field are needed, each at the start of a line.
		['Final-Recipient: rfc822; bob@rcpt.example\n', false],
		['Action: failed\nStatus: 5.1.1\n', false],
		['  Final-Recipient: rfc822; bob@rcpt.example\nAction: failed\n', false],
		['The final-recipient: field and the action: field', false],
		['', false],
	])('%j → %s, by either route', (text, want) => {
		expect(hasDsnFields(text)).toBe(want);
		expect(hasDsnFields(text, false)).toBe(want);
	});

	test('the fields it finds are the ones parseDsn reads', () => {
		expect(parseDsn(FIELDS).recipients).toMatchObject([{finalRecipient: 'bob@rcpt.example', action: 'failed', status: '5.1.1'}]);
	});
});
