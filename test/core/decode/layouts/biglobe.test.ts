import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('BIGLOBE notice', () => {
	test.each([
		['Mail Delivery Failed... User unknown', 'filtered'],
		["The number of messages in recipient's mailbox exceeded the local limit.", 'mailboxfull'],
	])('%s → %s', (words, reason) => {
		const r = decodeText(`   ----- The following addresses had delivery problems -----\nbob@example.net\n\n   ----- Non-delivered information -----\n${words}\n`);
		expect(r.recipients.map((x) => [x.recipient, x.reason, x.diagnostic])).toEqual([['bob@example.net', reason, words]]);
	});
});
