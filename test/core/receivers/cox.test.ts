import {describe, expect, it} from 'vitest';
import {cox, coxCode} from '../../../src/core/receivers/cox';
import {testTable, type Row as TableRow} from './bounce';
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

// The replies without an AUP code from Cox's "Email error codes" page; with the coded rows, every
// rule's reply alone and inside a bounce from Cox's MX.
testTable({
	receiver: cox,
	host: 'mx.east.cox.net',
	recipient: 'neko@cox.net',
	rows: [
		...rows.map(([line, , reason, title]): TableRow => [line, reason, title]),
		['421 4.7.1 cox too many bad commands from 192.0.2.1', 'blocked', /bad commands/],
		['554 5.7.1 too many invalid recipients', 'blocked', /bad commands or invalid recipients/],
		['421 4.7.0 DNS check failure - try again later', 'requireptr', /reverse DNS/],
		['554 5.7.1 192.0.2.1 rejected - no rDNS', 'requireptr', /reverse DNS/],
		['554 5.3.0 ESMTP no data before greeting', 'policyviolation', /policy/],
		['552 5.3.4 attachment extension is forbidden', 'policyviolation', /policy/],
		['550 5.1.0 <neko@example.invalid> sender rejected', 'rejected', /does not resolve/],
		['421 4.3.2 ESMTP server temporarily not available', 'systemerror', /temporarily unable/],
		['421 4.7.0 too many sessions from 192.0.2.1', 'toomanyconn', /limit reached/],
		['452 4.3.1 requested action aborted: try again later', 'toomanyconn', /limit reached/],
		['421 4.7.0 message threshold exceeded', 'toomanyconn', /limit reached/],
		['550 5.1.1 <neko@cox.net> recipient rejected', 'userunknown', /no Cox mailbox/],
	],
	lookalikes: ['550 5.1.1 recipient rejected', '550 sender rejected', '421 too many sessions from 192.0.2.1'],
});

it('gives a worded reply no AUP reason in other servers’ bounces', () => {
	expect(coxCode('550 5.1.1 recipient rejected (see AUP#policy)')).toBeUndefined();
});
