import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Lines written from the iCloud reply formats (support.apple.com/en-us/102322 is the page they link).
const rows: Row[] = [
	['554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', 'apple', 'policyviolation', /CS01/],
	['554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', 'apple', 'policyviolation', /CS02/],
	['554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices', 'apple', 'authfailure', /HME1/],
	['550 5.1.1 <user@icloud.com>: inactive email address (in reply to RCPT TO command)', 'apple', 'userunknown', /inactive/],
	['550 5.1.1 unknown or illegal alias: user@icloud.com', 'apple', 'userunknown', /does not exist/],
	['550 5.1.6 recipient no longer on server: user@me.com', 'apple', 'hasmoved', /gone/],
	['552 5.2.2 <user@icloud.com>: user is over quota (in reply to RCPT TO command)', 'apple', 'mailboxfull', /storage full/],
	['421 4.7.1 Messages to user@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137', 'apple', 'speeding', /volume/],
	["554 5.7.1 Your message was rejected due to example.jp's DMARC policy. See https://support.apple.com/en-us/HT204137 for", 'apple', 'authfailure', /DMARC/],
	['550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1 (mx01.mail.icloud.com)', 'proofpoint', 'blocked', /Proofpoint/],
];

describe('apple receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});
});
