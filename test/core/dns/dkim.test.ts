import {describe, expect, it} from 'vitest';
import {checkDkim, readDkimRecord} from '../../../src/core/dns/dkim';
import {localDoh} from './helpers';

describe('DKIM keys (RFC 6376 §3.6)', () => {
	const doh = localDoh();

	it('finds a key, a revoked key and no key', async () => {
		const resolver = doh.resolver();
		expect(await checkDkim('sender.example', 's1', resolver)).toMatchObject({status: 'key', keyType: 'rsa', keyBytes: 294, query: 's1._domainkey.sender.example'});
		expect(await checkDkim('sender.example', 'old', resolver)).toMatchObject({status: 'revoked'});
		expect(await checkDkim('sender.example', 'nope', resolver)).toMatchObject({status: 'none'});
	});

	it('reads the record tags', () => {
		expect(readDkimRecord('v=DKIM1; k=ed25519; t=y:s; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=')).toEqual({status: 'key', keyType: 'ed25519', keyBytes: 32, testing: true});
		expect(readDkimRecord('v=DKIM2; p=abcd').status).toBe('invalid');
		expect(readDkimRecord('k=rsa').status).toBe('invalid');
		expect(readDkimRecord('p=not base64!').status).toBe('invalid');
	});
});
