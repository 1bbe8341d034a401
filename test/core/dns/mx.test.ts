import {describe, expect, it} from 'vitest';
import {checkMx, parseMx} from '../../../src/core/dns/mx';
import {localDoh} from './helpers';

describe('MX (RFC 5321 §5.1, null MX RFC 7505)', () => {
	const doh = localDoh();

	it('lists the hosts by preference', async () => {
		expect(await checkMx('sender.example', doh.resolver())).toEqual({domain: 'sender.example', status: 'ok', hosts: [{preference: 5, exchange: 'mx0.sender.example'}, {preference: 10, exchange: 'mx1.sender.example'}]});
	});

	it('recognises a null MX, an implicit MX, none, a missing domain and a failing one', async () => {
		const resolver = doh.resolver();
		expect((await checkMx('nomail.example', resolver)).status).toBe('null');
		expect((await checkMx('aonly.example', resolver)).status).toBe('implicit');
		expect((await checkMx('_spf.sender.example', resolver)).status).toBe('none');
		expect((await checkMx('gone.example', resolver)).status).toBe('nxdomain');
		expect(await checkMx('broken.example', resolver)).toMatchObject({status: 'error', detail: expect.stringMatching(/SERVFAIL/)});
	});

	it('parses MX data strictly', () => {
		expect(parseMx('0 .')).toEqual({preference: 0, exchange: '.'});
		expect(parseMx('70000 mx.example')).toBeUndefined();
		expect(parseMx('mx.example')).toBeUndefined();
	});
});
