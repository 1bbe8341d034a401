import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Lines in the shapes Exim's default configuration and built-in checks answer with.
const rows: Row[] = [
	['550 relay not permitted', 'exim', 'norelaying', /Relay not permitted/],
	['550-Verification failed for <sender@example.org>\n550-Unrouteable address\n550 Sender verify failed', 'exim', 'rejected', /sender address could not be verified/],
	['550 Unrouteable address', 'exim', 'hostunknown', /No route/],
	['550 Administrative prohibition', 'exim', 'rejected', /administrator’s rules/],
	['552 Message size exceeds maximum permitted', 'exim', 'mesgtoobig', /larger/],
	['421 Too many concurrent SMTP connections; please try again later.', 'exim', 'toomanyconn', /connection limit/],
];

describe('Exim reply texts', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('apply to a reply quoted in any bounce', () => {
		const quoted = 'SMTP error from remote mail server after RCPT TO:<user@example.com>:\n    host mx.example.com [192.0.2.9]: 550 relay not permitted';
		expect(resolve(quoted)?.provider).toBe('exim');
	});

	it('leave replies in other words alone', () => {
		expect(resolve('550 5.1.1 <user@example.org>: user unknown')).toBeUndefined();
	});
});
