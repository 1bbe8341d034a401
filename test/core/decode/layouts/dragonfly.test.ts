import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('DragonFly Mail Agent notice', () => {
	test.each([
		['Could not deliver for the last 432000 seconds. Giving up.', 'expired'],
		['DNS lookup failure: host example.net not found', 'hostunknown'],
	])('%s → %s, the returned message left out', (words, reason) => {
		const r = decodeText(`This is the DragonFly Mail Agent v0.13 at df.example.org.\n\nThere was an error delivering your mail to <bob@example.net>.\n\n${words}\n\nOriginal message follows.\n\nTo: carol@example.net\n`);
		expect(r.recipients.map((x) => [x.recipient, x.reason, x.diagnostic])).toEqual([['bob@example.net', reason, words]]);
	});
});
