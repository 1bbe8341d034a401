import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Lines in the shapes Sendmail's check_mail and check_rcpt rule sets answer with.
const rows: Row[] = [
	['550 5.7.1 <user@example.com>... Relaying denied', 'sendmail', 'norelaying', /Relaying denied/],
	['550 5.7.1 <user@example.com>... Relaying denied. Proper authentication required.', 'sendmail', 'norelaying', /Relaying denied/],
	['553 5.1.8 <sender@example.invalid>... Domain of sender address sender@example.invalid does not exist', 'sendmail', 'rejected', /sender’s domain/],
	['553 5.5.4 <www-data>... Domain name required for sender address www-data', 'sendmail', 'rejected', /no domain/],
];

describe('Sendmail reply texts', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('apply to a reply quoted across folded lines of another server’s bounce', () => {
		const quoted = '<user@example.com>: host mx.example.com[192.0.2.9] said: 553 5.1.8\n    <sender@example.invalid>... Domain of sender address\n    sender@example.invalid does not exist (in reply to MAIL FROM command)';
		expect(resolve(quoted)?.provider).toBe('sendmail');
	});

	it('leave replies in other words alone', () => {
		expect(resolve('553 5.1.8 sender address rejected')).toBeUndefined();
	});
});
