import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('Sendmail', () => {
	test("a transcript with only sendmail's own '<rcpt>... Deferred: …' line names the recipient and its words", () => {
		const r = decodeText(
			'    **      THIS IS A WARNING MESSAGE ONLY      **\n\nThe original message was received at Thu, 29 Apr 2010 23:34:45 +0900\n\n   ----- Transcript of session follows -----\n<bob@example.net>... Deferred: Name server: example.net.: host name lookup failure\nWarning: message still undelivered after 4 hours\n',
		);
		expect(r.recipients.map((x) => [x.recipient, x.diagnostic, x.action])).toEqual([['bob@example.net', 'Deferred: Name server: example.net.: host name lookup failure', 'delayed']]);
	});
});
