import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Lines written from the Postfix/Exim RBL reject formats and each list's documented reply shapes.
const rows: Row[] = [
	['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1', 'spamhaus', 'blocked', /ZEN/],
	['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using sbl.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL123456', 'spamhaus', 'blocked', /SBL/],
	['550 rejected because 192.0.2.1 is in a black list at xbl.spamhaus.org', 'spamhaus', 'blocked', /XBL/],
	['553 mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl', 'spamhaus', 'blocked', /PBL/],
	['550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/', 'spamhaus', 'spamdetected', /DBL/],
	['554 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1', 'barracuda', 'blocked', /Barracuda/],
	['550 permanent failure for one or more recipients (user@example.com:blocked)', 'barracuda', 'spamdetected', /Barracuda filter/],
	['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1', 'spamcop', 'blocked', /SpamCop/],
	['554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1', 'proofpoint', 'blocked', /Proofpoint/],
	['554 5.7.1 Message rejected due to poor IP reputation; see https://csi.cloudmark.com/reset-request/?ip=192.0.2.1', 'cloudmark', 'badreputation', /Cloudmark/],
	['501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details about this error message.', 'messagelabs', 'badreputation', /reputation/],
	['553-you are trying to use me [server-5.tower-21.messagelabs.com] as a relay, but I have not been configured to let you [192.0.2.1, user@example.com] do this.', 'messagelabs', 'norelaying', /relay/],
];

describe('block lists and gateways', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('applies list rules to a bounce from any server', () => {
		const found = resolve("host mx.example.net[192.0.2.9] said: 550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org (in reply to RCPT TO command)");
		expect(found?.provider).toBe('spamhaus');
		expect(found?.rule.fix.join(' ')).toMatch(/check\.spamhaus\.org/);
	});

	it('does not treat generic gateway wording as a gateway verdict when the gateway is absent', () => {
		expect(resolve('550 5.1.1 <user@example.org>: Invalid recipient')).toBeUndefined();
	});
});
