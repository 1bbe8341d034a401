// The host fields are read where their keywords are (bounce-provider.ts): the same hosts, in the same
// order, as searching the whole text for each field (bounce-provider-reference.ts).
import {describe, expect, it} from 'vitest';
import {bounceHosts, bounceProvider, reportProvider, type HostAnswers} from '../../src/core/bounce-provider';
import type {BounceReport} from '../../src/core/types';
import {referenceHosts} from './bounce-provider-reference';

const LINES = [
	'Remote-MTA: dns; mx.google.com',
	'  \tREMOTE-mta: dns;   mx1.example.net',
	'Remote-MTA: x Remote-MTA: mx.google.com',
	'x Remote-MTA: mx.google.com',
	'Reporting-MTA:Reporting-MTA: mx.example.org',
	'reporting-mta: dns;mail.example.org; extra',
	'Received: from mx.google.com (mx.google.com [192.0.2.1])',
	'Received:  from\tmx2.example.com by x',
	'xReceived: from mx.google.com',
	'Received: by mx.example.com',
	'Generating server: a Generating server: BN8PR01MB1234.prod.outlook.com',
	'fooGenerating server: mx.example.com',
	'GENERATING SERVER:\thost.example.com',
	'<a@b.example>: host mx1.example.net[192.0.2.7] said: 550 5.1.1 nope',
	'host a.host b said: x',
	'host mx.example.com said: 550 host mx2.example.com [192.0.2.9]  SAID: again',
	'ahost mx.example.com said: glued',
	'host mx.example.com\tsaid:',
	'said: alone, received: mid-line, remote-mta: too',
	':said::received:: :Remote-MTA::',
];
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029'];

describe('bounceHosts', () => {
	it('finds what searching the whole text for each field finds, in order, whatever the line breaks', () => {
		for (const eol of BREAKS) {
			for (let i = 0; i < LINES.length; i++) {
				const text = [LINES[i], LINES[(i + 3) % LINES.length], LINES[(i + 7) % LINES.length]].join(eol);
				expect(bounceHosts(text), JSON.stringify(text)).toEqual(referenceHosts(text));
			}
			const all = LINES.join(eol);
			expect(bounceHosts(all)).toEqual(referenceHosts(all));
			expect(bounceHosts(all).length).toBeGreaterThan(10);
		}
	});

	it('reads the fields in their order: the remote host before the reporting one', () => {
		expect(bounceHosts('Reporting-MTA: dns; a.example\nRemote-MTA: dns; b.example\nb.example host c.example said: x')).toEqual(['c.example', 'b.example', 'a.example']);
	});

	it('gives the first host that names a provider, each host asked once', () => {
		const text = 'Received: from relay.example.net\nReceived: from relay.example.net\nReceived: from mx.google.com';
		expect(bounceProvider(text)).toBe('google');
		expect(bounceProvider('Received: from relay.example.net\nReceived: from relay.example.net')).toBeUndefined();
	});

	it('keeps the answer of each host it asks about in the email\'s HostAnswers, and gives the answers kept there', () => {
		const hosts: HostAnswers = new Map();
		expect(bounceProvider('Remote-MTA: dns; relay.example.net\nReporting-MTA: dns; mx.google.com', hosts)).toBe('google');
		expect([...hosts]).toEqual([['relay.example.net', undefined], ['mx.google.com', 'google']]);
		// A kept answer is given as it was kept, without asking again.
		const known: HostAnswers = new Map([['relay.example.net', 'google']]);
		expect(bounceProvider('Remote-MTA: dns; relay.example.net', known)).toBe('google');
		expect(bounceProvider('Remote-MTA: dns; relay.example.net', new Map())).toBeUndefined();
	});

	it('learns the remote MTA answers a report gave (reportProvider), for the host fields after', () => {
		const recipient = {recipient: 'bob@example.net', status: '5.1.1', replyCode: '550', reason: 'userunknown' as const, hardBounce: true, action: 'failed', diagnostic: '550 5.1.1 no such user', command: 'RCPT', remoteMta: 'mx.example.net'};
		const report: BounceReport = {kind: 'bounce', recipients: [recipient], summary: ''};
		const hosts: HostAnswers = new Map();
		expect(reportProvider(report, '550 5.1.1 no such user', ['550', '5.1.1'], hosts)).toBeUndefined();
		expect([...hosts]).toEqual([['mx.example.net', undefined]]);
		// Asked again for the same recipient (its answer kept per recipient), a new email's answers learn it too.
		const next: HostAnswers = new Map();
		expect(reportProvider(report, '550 5.1.1 no such user', ['550', '5.1.1'], next)).toBeUndefined();
		expect([...next]).toEqual([['mx.example.net', undefined]]);
	});
});
