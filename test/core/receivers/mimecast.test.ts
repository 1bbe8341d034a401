import {describe, expect, it} from 'vitest';
import {detectProviders, mimecast} from '../../../src/core/receivers';
import {resolve, type Row} from './helpers';

// Lines written from the reason texts of Mimecast's "Mimecast SMTP Error Codes" article, in the shape
// Mimecast sends them: reason text, a link to DOC-1369 with the reply code as anchor, and a reference.
const DOC = 'https://community.mimecast.com/docs/DOC-1369';
const rows: Row[] = [
	[`421 Sender address blocked - ${DOC}#421 [Aj3QXapeMpqZYaeFwWhjzw.us32]`, 'mimecast', 'blocked', /Blocked Senders/],
	[`421 Unable to process connection at this time - ${DOC}#421`, 'mimecast', 'systemerror', /busy/],
	[`451 Unable to process connection at this time - ${DOC}#451`, 'mimecast', 'systemerror', /busy/],
	[`451 Internal resource temporarily unavailable - ${DOC}#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]`, 'mimecast', 'badreputation', /greylisting/],
	[`451 Internal resource is temporarily unavailable - ${DOC}#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]`, 'mimecast', 'badreputation', /greylisting/],
	['451 Internal resources are temporarily unavailable - https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754', 'mimecast', 'badreputation', /greylisting/],
	[`451 Recipient temporarily unavailable - ${DOC}#451`, 'mimecast', 'systemerror', /recipient check/],
	[`451 IP temporarily blacklisted - ${DOC}#451`, 'mimecast', 'blocked', /invalid connections/],
	[`451 Account service is temporarily unavailable - ${DOC}#451`, 'mimecast', 'toomanyconn', /too many connections/],
	[`451 Message ended early - ${DOC}#451`, 'mimecast', 'networkerror', /cut off/],
	[`451 Unable to process command - ${DOC}#451`, 'mimecast', 'systemerror', /command failed/],
	[`451 Unable to process an email at this time - ${DOC}#451`, 'mimecast', 'systemerror', /message not processed/],
	[`451 Account inbounds disabled - ${DOC}#451`, 'mimecast', 'notaccept', /no inbound mail/],
	[`451 Account outbounds disabled - ${DOC}#451`, 'mimecast', 'rejected', /outbound mail/],
	[`Message expired -> Open relay not allowed - ${DOC}#451`, 'mimecast', 'norelaying', /relaying refused/],
	[`451 Hostname is not authorized - ${DOC}#451`, 'mimecast', 'norelaying', /host name/],
	[`550 The incorrect hostname used for inbounds - ${DOC}#550`, 'mimecast', 'networkerror', /MX/],
	[`452 Too many recipients - ${DOC}#452`, 'mimecast', 'toomanyconn', /100 recipients/],
	[`501 Invalid address - ${DOC}#501`, 'mimecast', 'userunknown', /not a valid/],
	[`550 Invalid Recipient - ${DOC}#550 [xOs5o8uDNouWnBuLzyIYyQ.us149]`, 'mimecast', 'userunknown', /recipient unknown/],
	[`503 User unknown - ${DOC}#503`, 'mimecast', 'syntaxerror', /out of order/],
	[`535 Incorrect authentication data - ${DOC}#535`, 'mimecast', 'securityerror', /login failed/],
	[`550 Submitter failed to authenticate - ${DOC}#550`, 'mimecast', 'securityerror', /valid login/],
	[`550 SPF Sender Invalid - envelope rejected - ${DOC}#550 [abc123.us149]`, 'mimecast', 'authfailure', /SPF/],
	[`550 DKIM Sender Invalid - envelope rejected - ${DOC}#550`, 'mimecast', 'authfailure', /DKIM/],
	[`550 DMARC Sender Invalid - envelope rejected - ${DOC}#550`, 'mimecast', 'authfailure', /DMARC/],
	[`550 Local CT IP Reputation - (Reject) - ${DOC}#550`, 'mimecast', 'badreputation', /IP reputation/],
	[`550 Envelope blocked - User Entry - ${DOC}#550`, 'mimecast', 'rejected', /blocked your address/],
	[`550 Envelope blocked – User Domain Entry – ${DOC}#550`, 'mimecast', 'rejected', /whole domain/],
	[`550 Administrative prohibition - envelope blocked - ${DOC}#550 [Aj3QXapeMpqZYaeFwWhjzw.us32]`, 'mimecast', 'rejected', /organisation’s policy/],
	[`Remote server returned message denied by administrative policy -> Administrative prohibition – envelope blocked – ${DOC}#550`, 'mimecast', 'rejected', /organisation’s policy/],
	[`550 Rejected by header-based manually Blocked Senders - block for manual block - ${DOC}#550`, 'mimecast', 'rejected', /From address/],
	[`550 Rejected by header based Blocked Senders: user@example.com - ${DOC}#550`, 'mimecast', 'rejected', /From address blocked/],
	[`550 Rejected by header-based Blocked Senders - Block policy for Header From - ${DOC}#550`, 'mimecast', 'rejected', /From address blocked/],
	[`550 Envelope rejected - Block policy for Envelope From address - ${DOC}#550`, 'mimecast', 'rejected', /envelope sender/],
	[`550 Anti-Spoofing policy - Inbound not allowed - ${DOC}#550`, 'mimecast', 'policyviolation', /anti-spoofing policy \(envelope\)/],
	[`550 Rejected by header-based Anti-Spoofing policy: user@example.com - ${DOC}#550 [abc.eu1]`, 'mimecast', 'policyviolation', /anti-spoofing policy \(header/],
	[`550 Message bounced due to Content Examination policy - ${DOC}#550`, 'mimecast', 'policyviolation', /content policy/],
	[`550 Journal message past expiration - ${DOC}#550`, 'mimecast', 'expired', /journal/],
	[`550 Exceeding outbound thread limit - ${DOC}#550`, 'mimecast', 'toomanyconn', /outbound connections/],
	[`553 This route requires encryption (TLS) - ${DOC}#553`, 'mimecast', 'securityerror', /TLS required/],
	[`553 This route requires TLS version 1.2 or greater - ${DOC}#553`, 'mimecast', 'securityerror', /TLS 1\.2/],
	[`553 This route requires high-strength ciphers - ${DOC}#553`, 'mimecast', 'securityerror', /ciphers/],
	[`554 Configuration is invalid for this certificate - ${DOC}#554`, 'mimecast', 'securityerror', /umbrella/],
	[`554 Maximum email size exceeded - ${DOC}#554`, 'mimecast', 'mesgtoobig', /too large/],
	[`554 Mail loop detected - ${DOC}#554`, 'mimecast', 'networkerror', /loop/],
	['us-smtp-inbound-1.mimecast.com[207.211.30.221] said: 554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554', 'mimecast', 'policyviolation', /country/],
	[`554 email rejected due to security policies - ${DOC}#554 [Aj3QXapeMpqZYaeFwWhjzw.us32]`, 'mimecast', 'virusdetected', /virus/],
	[`550 Envelope rejected due to policy level block list in force - ${DOC}#550`, 'mimecast', 'rejected', /policy-level block list/],
	// Mimecast named by its host only (Postfix's "host … said:"), or by its support site.
	['host service222.mimecast.com[91.220.42.51] said: 550 Invalid Recipient (in reply to RCPT TO command)', 'mimecast', 'userunknown', /recipient unknown/],
	['451 Internal resource temporarily unavailable - see https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691', 'mimecast', 'badreputation', /greylisting/],
	// A list named inside Mimecast's reply still gets the list's own rule (its lookup page).
	[`550 spamcop.mimecast.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.1 - ${DOC}#550`, 'spamcop', 'blocked', /SpamCop/],
];

// The same generic words from servers that are not Mimecast: no Mimecast reading.
const notMimecast: string[] = [
	'550 5.1.1 <user@example.org>: Invalid recipient',
	'503 5.5.1 User unknown',
	'452 4.5.3 Too many recipients',
	'554 5.4.6 Mail loop detected',
	'451 4.3.0 Internal resource temporarily unavailable',
	'550 Administrative prohibition',
	'550 5.7.1 Envelope blocked',
	'554 Host network not allowed',
	'501 5.1.3 Invalid address',
	'550 5.7.1 Rejected by header-based Anti-Spoofing policy',
	'451 Message ended early [Aj3QXapeMpqZYaeFwWhjzw.us32]',
	'550 5.1.1 Invalid recipient - see https://community.example.net/docs/DOC-1369',
];

describe('mimecast receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it.each(notMimecast)('gives no Mimecast rule to "%s" from another server', line => {
		expect(resolve(line)?.provider).not.toBe('mimecast');
		expect(detectProviders(line).map(r => r.id)).not.toContain('mimecast');
	});

	it('keys each documented code: the same words under another reply code are not read as that row', () => {
		expect(resolve(`550 Too many recipients - ${DOC}#550`)?.rule.reply).not.toBe('452');
		expect(resolve(`550 User unknown - ${DOC}#550`)).toBeUndefined();
	});

	it('is named by its hosts, its doc links and the doc anchor, not by a bare reference in brackets', () => {
		expect(detectProviders('host us-smtp-inbound-1.mimecast.com[192.0.2.1] said: 550 …').map(r => r.id)).toEqual(['mimecast']);
		expect(detectProviders('see DOC-1369#451').map(r => r.id)).toEqual(['mimecast']);
		expect(detectProviders('250 Sender OK [Aj3QXapeMpqZYaeFwWhjzw.us32]')).toEqual([]);
	});

	it('tells the sender to go through the recipient when only their Mimecast admin can act', () => {
		for (const rule of mimecast.rules.filter(r => r.whoActs === 'recipient-admin')) {
			expect(rule.fix.join(' '), rule.title).toMatch(/recipient|administrator/i);
		}
	});
});
