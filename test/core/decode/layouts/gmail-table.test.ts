import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe("Gmail's own texts", () => {
	test.each([
		['DNS Error: Domain name not found', 'hostunknown'],
		['DNS Error: Could not contact DNS servers', 'expired'],
		['The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.1: timed out]', 'expired'],
	])('%s → %s', (words, reason) => {
		const r = decodeText(`Delivery to the following recipient failed permanently:\n\n     bob@example.net\n\nTechnical details of permanent failure:\n${words}\n\n----- Original message -----\n`);
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
	});
});

describe('AOL (Postfix relays)', () => {
	test("its name-service text reads as the MX refusing mail, whatever the status", () => {
		const r = decodeText('This is the mail system at host omr-a015e.mx.aol.example.com.\n\n                   The mail system\n\n<bob@example.net>: Name service error for name=example.net type=MX:\n    Malformed or unexpected name server reply\n');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', reason: 'notaccept'});
	});
});
