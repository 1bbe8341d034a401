import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {variant, writeCopies} from '../../bench/copies';

const DSN = [
	'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
	'To: sender@example.org',
	'Message-Id: <20240501.abc@mx.example.net>',
	'Subject: Undelivered Mail Returned to Sender',
	'',
	'<alice.b@example.com>: host mx.example.com said: 550 5.1.1 <alice.b@example.com>... User unknown',
	'Caf\xe9 n\xe4mlich \xff\x80', // 8-bit bytes (latin1 here) must come back unchanged
	'',
	'Final-Recipient: rfc822; alice.b@example.com',
	'Status: 5.1.1',
	'To: malice.b@example.com',
	'',
].join('\r\n');

describe('bench copies', () => {
	const raw = Buffer.from(DSN, 'latin1');

	it('gives each copy its own Message-ID and failed recipient, everywhere the address occurs', () => {
		const copy = variant(raw, 7).toString('latin1');
		expect(copy).toContain('Message-Id: <20240501.abc.b7@mx.example.net>');
		expect(copy).toContain('Final-Recipient: rfc822; alice.b-b7@example.com');
		expect(copy).toContain('<alice.b-b7@example.com>: host mx.example.com said: 550 5.1.1 <alice.b-b7@example.com>... User unknown');
		// A longer address that merely ends the same way is another address.
		expect(copy).toContain('To: malice.b@example.com');
		expect(copy).not.toMatch(/(?<!m)alice\.b@/);
	});

	it('changes nothing else, byte for byte', () => {
		const copy = variant(raw, 3).toString('latin1');
		expect(copy.replaceAll('.b3@', '@').replaceAll('-b3@', '@')).toBe(DSN);
	});

	it('adds a Message-ID to the header block of a message that has none', () => {
		const bare = Buffer.from('From: a@example.net\nSubject: x\n\nbody\n', 'latin1');
		expect(variant(bare, 2).toString('latin1')).toBe('From: a@example.net\nSubject: x\nMessage-ID: <bench.b2@copies.invalid>\n\nbody\n');
	});

	it('writes whole rounds of distinct numbered copies', () => {
		const folder = mkdtempSync(join(tmpdir(), 'copies-test-'));
		try {
			const other = Buffer.from('From: a@example.net\nMessage-ID: <x@y>\n\nbody\n', 'latin1');
			const result = writeCopies(folder, [raw, other], 5);
			expect(result.files).toBe(6);
			const names = readdirSync(folder).sort();
			expect(names).toEqual(['000000.eml', '000001.eml', '000002.eml', '000003.eml', '000004.eml', '000005.eml']);
			expect(new Set(names.map(name => readFileSync(join(folder, name), 'latin1'))).size).toBe(6);
			expect(() => writeCopies(folder, [other, other], 1)).toThrow(/not distinct/);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});
});
