import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('au by KDDI notice', () => {
	test.each([
		['As their mailbox is full.', 'mailboxfull'],
		['As the remote domain doesnt exist.', 'hostunknown'],
		['Due to the following SMTP relay error: 550 Relaying denied', 'norelaying'],
	])('%s → %s', (words, reason) => {
		const r = decodeText(`Your mail sent on: Thu, 29 Apr 2010 11:04:47 +0900\n    Could not be delivered to: <bob@example.net>\n    ${words}\n`);
		expect(r.recipients.map((x) => [x.recipient, x.reason, x.diagnostic])).toEqual([['bob@example.net', reason, words]]);
	});
});
