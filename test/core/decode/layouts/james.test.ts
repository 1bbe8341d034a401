import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('Apache James notice', () => {
	test('the error under "Error message below:", the recipients from the details\' RCPT TO lines', () => {
		const r = decodeText(
			"Hi. This is the James mail server at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\nError message below:\n550 - Requested action not taken: no such user here\n\nMessage details:\n  Subject: Hello\n  MAIL FROM: alice@example.org\n  RCPT TO: bob@example.org\n  RCPT TO: carol@example.org\n  From: Alice <alice@example.org>\n",
		);
		expect(r.recipients.map((x) => [x.recipient, x.diagnostic])).toEqual([
			['bob@example.org', '550 - Requested action not taken: no such user here'],
			['carol@example.org', '550 - Requested action not taken: no such user here'],
		]);
	});
});
