import {describe, expect, test} from 'vitest';
import {asRecipient} from '../../src/core/address';

describe('asRecipient: an address or nothing', () => {
	test.each([
		['user@example.com', 'user@example.com'],
		['User.Name+tag@Example.COM', 'user.name+tag@example.com'],
		['<user@example.com>', 'user@example.com'],
		['rfc822; user@example.com', 'user@example.com'],
		['RFC822;<user@example.com>', 'user@example.com'],
		['[SMTP:userx@example.com]', 'userx@example.com'],
		['SMTP:userx@example.com', 'userx@example.com'],
		['dda:SMTP=userx@example.COM', 'userx@example.com'],
		['mailto:user@example.com', 'user@example.com'],
		['"user@example.com"', 'user@example.com'],
		['user@[192.0.2.1]', 'user@[192.0.2.1]'],
		['\u202euser@example.com', 'user@example.com'],
		['us\u200eer@example.com', 'user@example.com'],
	])('%s → %s', (raw, want) => {
		expect(asRecipient(raw)).toBe(want);
	});

	test.each([
		['a sentence', 'your account is suspended - restore it at https://example.com/restore'],
		['a link', 'https://example.com/a@b.example'],
		['spaces', 'john smith@example.com'],
		['no domain dot', 'user@localhost'],
		['two @', 'a@b@example.com'],
		['a local part over 64', `${'a'.repeat(65)}@example.com`],
		['over 254', `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(20)}.com`],
		['a bare local part', 'exampleuser'],
		['empty', ''],
		['a leading dot label', 'user@.example.com'],
		['a hyphen at a label end', 'user@example-.com'],
		['html', '<script>@example.com'],
	])('%s is dropped', (_, raw) => {
		expect(asRecipient(raw)).toBe('');
	});

	test('linear on long hostile input', () => {
		const start = performance.now();
		for (const unit of ['a.', 'a@', '<', 'a-', '@a.']) asRecipient(unit.repeat(300));
		asRecipient(`${'a.'.repeat(30)}@${'b.'.repeat(120)}`);
		expect(performance.now() - start).toBeLessThan(50);
	});
});
