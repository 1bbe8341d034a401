import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

const notice = (reply: string): string =>
	`This is the mail delivery agent at Symantec Email Security.cloud.\n\nI was unable to deliver your message to the following addresses:\n\nbob@example.net\n\nReason: ${reply}\n\nThe message subject was: Hi\n`;

describe('MessageLabs notice', () => {
	test.each([
		['542 bob@example.net Rejected', 'userunknown'],
		['550-Please turn on SMTP Authentication in your mail client.\n550 relay through this server without authentication.', 'securityerror'],
	])('%s → %s', (reply, reason) => {
		const r = decodeText(notice(reply));
		expect(r.recipients.map((x) => [x.recipient, x.reason])).toEqual([['bob@example.net', reason]]);
		expect(r.recipients[0]?.diagnostic.startsWith(reply.slice(0, 20))).toBe(true);
	});
});
