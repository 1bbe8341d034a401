import {describe, expect, it} from 'vitest';
import {parseIp} from '../../../src/core/dns/names';
import {checkPtr} from '../../../src/core/dns/ptr';
import {localDoh} from './helpers';

describe('reverse DNS with forward confirmation', () => {
	const doh = localDoh();

	it('confirms a PTR name that leads back to the IP, and not one that does not', async () => {
		const resolver = doh.resolver();
		expect(await checkPtr(parseIp('203.0.113.7')!, resolver)).toEqual({ip: '203.0.113.7', query: '7.113.0.203.in-addr.arpa', status: 'ok', names: ['mail.sender.example'], confirmed: ['mail.sender.example']});
		expect(await checkPtr(parseIp('203.0.113.8')!, resolver)).toMatchObject({status: 'ok', names: ['host-8.generic.example'], confirmed: []});
		expect(await checkPtr(parseIp('203.0.113.9')!, resolver)).toMatchObject({status: 'none', names: []});
	});
});
