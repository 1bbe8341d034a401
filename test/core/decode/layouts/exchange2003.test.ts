import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

const notice = (line: string): string =>
	`Your message\n\n  To:      bob@example.net\n  Subject: hi\n  Sent:    Thu, 29 Apr 2010 18:14:35 +0000\n\ndid not reach the following recipient(s):\n\nbob@example.net on Thu, 29 Apr 2010 18:14:38 +0000\n    ${line}\n`;

describe('Exchange 2000/2003 IMS codes', () => {
	test.each([
		['The recipient name is not recognized\n    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient', 'userunknown'],
		['The message has exceeded the maximum hop count\n    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (00120270) Too Many Hops', 'networkerror'],
		['The recipient name is ambiguous\n    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C0595) Ambiguous Recipient', 'filtered'],
	])('%s → %s', (lines, reason) => {
		const r = decodeText(notice(lines));
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
	});
});
