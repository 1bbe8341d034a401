import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

const notice = (code: string): string =>
	`Delivery has failed to these recipients or groups:\n\nbob@example.net\nThe message could not be delivered.\n\nDiagnostic information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\n\nbob@example.net\nRemote Server returned '550 ${code} Access denied [AM0PR01MB1234.eurprd01.prod.outlook.com]'\n\nOriginal message headers:\n`;

describe("Exchange Online's own enhanced codes", () => {
	test.each([
		['5.7.501', 'spamdetected'],
		['5.7.504', 'filtered'],
		['5.7.508', 'toomanyconn'],
		['5.7.510', 'notaccept'],
		['5.7.512', 'policyviolation'],
		['5.7.705', 'toomanyconn'],
		['5.7.133', 'rejected'],
		['5.4.316', 'expired'],
		['5.0.350', 'contenterror'],
	])('%s → %s', (code, reason) => {
		expect(decodeText(notice(code)).recipients.map((x) => [x.recipient, x.status, x.reason])).toEqual([['bob@example.net', code, reason]]);
	});

	test('an RFC 3463 code keeps the reading of its own words', () => {
		expect(decodeText(notice('5.1.1').replace('Access denied', 'User unknown')).recipients[0]?.reason).toBe('userunknown');
	});
});

describe('Exchange NDR names', () => {
	test.each([
		['550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients', 'toomanyconn'],
		['550 4.4.7 QUEUE.Expired; message expired', 'expired'],
	])('%s → %s', (reply, reason) => {
		const r = decodeText(`Delivery has failed to these recipients or groups:\n\nbob@example.net\n\nDiagnostic information for administrators:\n\nGenerating server: mx.example.org\n\nbob@example.net\n#${reply} ##\n\nOriginal message headers:\n`);
		expect(r.recipients[0]?.reason).toBe(reason);
	});
});
