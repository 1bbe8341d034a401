import {describe, expect, it} from 'vitest';
import {addressesToSuppress, decodeBounce, normalisedAddress} from '../../src/core';
import type {RecipientResult} from '../../src/core';
import {dsnEmail} from '../helpers/dsn';

const recipient = (address: string, status: string, action = 'failed', diagnostic = `550 ${status} user unknown`) =>
	[`Final-Recipient: rfc822; ${address}`, `Action: ${action}`, `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`];

describe('addressesToSuppress', () => {
	it('lists hard bounces that failed for good, each once', async () => {
		const report = await decodeBounce(dsnEmail({recipients: [
			recipient('Gone@Example.COM', '5.1.1'),
			recipient('full@example.com', '5.2.2', 'failed', '552 5.2.2 mailbox full'),
			recipient('later@example.com', '4.4.1', 'delayed', '451 4.4.1 try again later'),
			recipient('Gone@example.com', '5.1.1'),
		]}));
		expect(addressesToSuppress(report)).toEqual(['gone@example.com']);
	});

	it('leaves out what is no valid address', () => {
		const r = {recipient: 'not an address', hardBounce: true, action: 'failed', status: '5.1.1'} as unknown as RecipientResult;
		expect(addressesToSuppress({kind: 'bounce', recipients: [r]})).toEqual([]);
	});

	it('keeps the local part as written (it may be case-sensitive)', () => {
		expect(normalisedAddress('John.Doe@MAIL.Example.org')).toBe('John.Doe@mail.example.org');
	});
});
