import {describe, expect, it} from 'vitest';
import {explain, isInvalid} from '../../../src/core/explain';
import {detectProviders} from '../../../src/core/receivers';
import {resolve, type Row} from './helpers';

// Lines in the shapes Postfix's smtpd_check.c writes, as remote servers return them.
const rows: Row[] = [
	['554 5.7.1 <user@example.com>: Relay access denied', 'postfix', 'norelaying', /Relay access denied/],
	['454 4.7.1 <user@example.com>: Relay access denied', 'postfix', 'norelaying', /Relay access denied/],
	['550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table', 'postfix', 'userunknown', /No such recipient/],
	['550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table', 'postfix', 'userunknown', /No such recipient/],
	['450 4.1.8 <sender@example.org>: Sender address rejected: Domain not found', 'postfix', 'rejected', /sender’s domain/],
	['504 5.5.2 <www-data>: Sender address rejected: need fully-qualified address', 'postfix', 'rejected', /full domain/],
	['450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found', 'postfix', 'hostunknown', /recipient’s domain/],
	['450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]', 'postfix', 'requireptr', /reverse DNS/],
	['450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.1]', 'postfix', 'requireptr', /reverse DNS/],
	['504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', 'postfix', 'blocked', /HELO name/],
	['450 4.7.1 <mail>: Helo command rejected: Host not found', 'postfix', 'blocked', /HELO name/],
	['530 5.7.0 Must issue a STARTTLS command first', 'postfix', 'securityerror', /TLS/],
	['552 5.3.4 Message size exceeds fixed limit', 'postfix', 'mesgtoobig', /larger/],
	['452 4.3.1 Insufficient system storage', 'postfix', 'systemfull', /disk space/],
	['554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied', 'postfix', 'blocked', /sending host/],
	['554 5.7.1 <sender@example.org>: Sender address rejected: Access denied', 'postfix', 'rejected', /this sender/],
];

describe('Postfix reply texts', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('apply to a reply quoted in any bounce, after the provider’s own rules', () => {
		const quoted = 'host mx.example.net[192.0.2.9] said: 554 5.7.1 <user@example.com>: Relay access denied (in reply to RCPT TO command)';
		expect(resolve(quoted)?.provider).toBe('postfix');
		// A block list named in the same reply is the more specific reading.
		expect(resolve('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org')?.provider).toBe('spamhaus');
	});

	it('are never the provider detected in a text, so a bounce naming Postfix keeps its real provider', () => {
		const text = 'This is the mail system at host mail.example.org (Postfix).\n550-5.1.1 The email account that you tried to reach does not exist. - gsmtp';
		expect(detectProviders(text).map(r => r.id)).toEqual(['google']);
	});

	it('explain a reply line pasted in the popup or CLI', () => {
		const e = explain('554 5.7.1', {text: '554 5.7.1 <user@example.com>: Relay access denied'});
		expect(!isInvalid(e) && e).toMatchObject({provider: {id: 'postfix', name: 'Postfix'}, reason: 'norelaying', whoActs: 'sender-admin'});
	});

	it('leave replies in other words to the registry', () => {
		expect(resolve('550 5.1.1 <user@example.org>: user unknown')).toBeUndefined();
	});
});
