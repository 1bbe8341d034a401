import {describe, expect, it} from 'vitest';
import {runDnsChecks, validateRequest} from '../../../src/core/dns/check';
import {localDoh} from './helpers';

describe('one DNS check request', () => {
	const doh = localDoh();

	it('refuses any token that is not a whole domain, IP or selector', () => {
		expect(validateRequest({domain: 'sender.example; rm -rf'})).toMatchObject({ok: false});
		expect(validateRequest({domain: 'sender.example', ip: '203.0.113.7/24'})).toMatchObject({ok: false});
		expect(validateRequest({domain: 'sender.example', selector: '../x'})).toMatchObject({ok: false});
		expect(validateRequest({})).toMatchObject({ok: false, error: expect.stringMatching(/^Nothing to check/)});
		expect(validateRequest({domain: 'Sender.Example.', ip: '203.000.113.7'})).toMatchObject({ok: false});
		expect(validateRequest({domain: 'Sender.Example.', ip: '203.0.113.7'})).toEqual({ok: true, request: {domain: 'sender.example', ip: '203.0.113.7', checks: ['mx', 'spf', 'dmarc', 'ptr', 'blocklists']}});
	});

	it('runs every check its inputs allow through one resolver', async () => {
		const report = await runDnsChecks({domain: 'sender.example', ip: '203.0.113.7', recipientDomain: 'nomail.example', selector: 's1'}, doh.resolver());
		expect(report.mx?.status).toBe('null');
		expect(report.mx?.domain).toBe('nomail.example');
		expect(report.spf).toMatchObject({lookups: 7, result: 'softfail'});
		expect(report.dmarc?.record?.p).toBe('reject');
		expect(report.dkim?.status).toBe('key');
		expect(report.ptr?.confirmed).toEqual(['mail.sender.example']);
		expect(report.blocklists?.map(b => b.status)).toEqual(['refused', 'listed', 'clear']);
		expect(report.queries).toBeGreaterThan(10);
		expect(report.queries).toBeLessThanOrEqual(60);
	});

	it('runs only the checks asked for', async () => {
		const report = await runDnsChecks({domain: 'sender.example', ip: '203.0.113.7', checks: ['ptr']}, doh.resolver());
		expect(Object.keys(report).sort()).toEqual(['domain', 'ip', 'ptr', 'queries', 'resolver']);
	});
});
