import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Replies ending with the AUP codes Cox's postmaster page lists.
const rows: Row[] = [
	['554 5.7.1 [192.0.2.1] Connection refused - AUP#CXBL', 'cox', 'blocked', /CXBL/],
	['421 4.7.1 [192.0.2.1] Connection temporarily refused - AUP#CDRBL', 'cox', 'blocked', /CDRBL/],
	['554 5.7.1 [192.0.2.1] Connection refused - AUP#IPBL1010', 'cox', 'blocked', /IPBL/],
	['554 5.7.1 Message refused - AUP#URLBL1001', 'cox', 'spamdetected', /URL/],
	['554 5.7.1 [192.0.2.1] Connection refused - AUP#CXDNS', 'cox', 'requireptr', /reverse DNS/],
	['550 5.7.1 Sender rejected - AUP#CXSNDR', 'cox', 'authfailure', /CXSNDR/],
	['554 5.7.1 Protocol violation - AUP#CXSMTP', 'cox', 'rejected', /CXSMTP/],
	['421 4.7.1 [192.0.2.1] Too many connections - AUP#CXCNCT', 'cox', 'toomanyconn', /CXCNCT/],
	['550 5.7.1 Too many recipients - AUP#CXMXRT', 'cox', 'toomanyconn', /CXMXRT/],
	['550 5.7.1 Sending blocked - AUP#CXMJ', 'cox', 'securityerror', /CXMJ/],
];

describe('Cox AUP codes', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('leaves Spectrum’s numbered AUP codes to Spectrum', () => {
		expect(resolve('550 5.1.0 sender rejected. AUP#In-1310')?.provider).toBe('spectrum');
	});
});
