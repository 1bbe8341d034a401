import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('Courier message table', () => {
	test.each([
		['No such domain.', 'hostunknown'],
		['DNS lookup failed.', 'networkerror'],
	])('%s → %s', (words, reason) => {
		const r = decodeText(`This is a delivery status notification from mx.example.org,\nrunning the Courier mail server, version 0.65.2.\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<bob@example.net>:\n    ${words}\n`);
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
	});
});
