import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('Domino message table', () => {
	test.each([
		['User bob (bob@example.net) not listed in Domino Directory', 'userunknown'],
		['User bob (bob@example.net) not listed in public Name & Address Book', 'userunknown'],
		['Cannot route mail to user (bob@example.net)', 'filtered'],
	])('%s → %s', (words, reason) => {
		const r = decodeText(`Your message\n\n  Subject: Test\n\nwas not delivered to:\n\n  bob@example.net\n\nbecause:\n\n  ${words}\n`);
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
	});
});
