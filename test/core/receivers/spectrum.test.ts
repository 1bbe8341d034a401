import {describe, expect, it} from 'vitest';
import {findProviderRule} from '../../../src/core/receivers';
import {SPECTRUM_CODES, spectrumCode} from '../../../src/core/receivers/spectrum';
import {resolve, type Row} from './helpers';

// Lines in the shape of Spectrum's replies: the reason words vary, the AUP code at the end decides
// (www.spectrumbusiness.net/support/internet/understanding-email-error-codes).
const SEE = 'Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information.';
const rows: Row[] = [
	[`554 5.7.1 Mail from 192.0.2.1 refused. ${SEE} AUP#I-1000`, 'spectrum', 'blocked', /suspicious activity \(AUP#1000\)/],
	[`550 5.7.1 ${SEE} AUP#O-1010`, 'spectrum', 'rejected', /account is blocked/],
	[`550 5.7.1 ${SEE} AUP#O-1050`, 'spectrum', 'rejected', /limited amount/],
	[`451 4.3.0 Try again later. ${SEE} AUP#I-1090`, 'spectrum', 'systemerror', /could not process/],
	[`554 5.7.1 ${SEE} AUP#I-1120`, 'spectrum', 'requireptr', /full-circle/],
	[`550 5.7.1 ${SEE} AUP#O-1190`, 'spectrum', 'policyviolation', /security policy/],
	[`554 5.7.1 ${SEE} AUP#I-1210`, 'spectrum', 'blocked', /Cloudmark/],
	[`554 5.7.1 ${SEE} AUP#I-1230`, 'spectrum', 'blocked', /Spamhaus/],
	[`550 5.7.1 ${SEE} AUP#I-1260`, 'spectrum', 'networkerror', /IPv6/],
	[`421 4.7.0 Too many connections. ${SEE} AUP#In-1310`, 'spectrum', 'toomanyconn', /too many connections/],
	[`550 5.1.0 <0100abcd@amazonses.com> sender rejected. ${SEE} AUP#In-1310`, 'spectrum', 'toomanyconn', /too many connections/],
	[`452 4.5.3 ${SEE} AUP#I-1400`, 'spectrum', 'speeding', /sending limits/],
	[`550 5.7.1 ${SEE} AUP#O-1500`, 'spectrum', 'rejected', /another address than the one signed in/],
	[`550 5.7.1 ${SEE} AUP#O-1520`, 'spectrum', 'rejected', /domain Spectrum does not host/],
	[`552 5.3.4 ${SEE} AUP#O-1530`, 'spectrum', 'mesgtoobig', /20 MB/],
	[`452 4.5.3 ${SEE} AUP#O-1540`, 'spectrum', 'speeding', /one session/],
	[`452 4.5.3 ${SEE} AUP#O-1550`, 'spectrum', 'speeding', /recipients in one message/],
	[`550 5.1.1 ${SEE} AUP#O-1560`, 'spectrum', 'policyviolation', /invalid recipients/],
	[`452 4.5.3 ${SEE} AUP#O-1580`, 'spectrum', 'speeding', /short time/],
];

describe('spectrum receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
		expect(found?.rule.source).toBe('https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes');
	});

	it('reads the incoming, outgoing and bare forms of one code alike', () => {
		const rule = resolve('AUP#I-1310')?.rule;
		expect(rule).toBeDefined();
		for (const form of ['AUP#In-1310', 'AUP#O-1310', 'AUP#1310', 'AUP#i1310']) expect(resolve(`421 ${form}`)?.rule, form).toBe(rule);
	});

	it('covers both ends of a documented run and nothing outside the table', () => {
		expect(resolve('AUP#I-1350')?.reason).toBe('speeding');
		expect(resolve('AUP#I-1490')?.reason).toBe('speeding');
		for (const code of ['0999', '1091', '1270', '1510', '1570', '1590', '9999']) expect(resolve(`550 AUP#I-${code}`), code).toBeUndefined();
	});

	it('recognises Spectrum by its domains and its AUP marks', () => {
		for (const text of ['mx.charter.net', 'user@spectrum.net', 'user@nc.rr.com', 'mail.twc.com', 'user@bresnan.net', '554 sender rejected AUP#CXSNDR']) {
			expect(findProviderRule({text: `${text} AUP#1000`})?.receiver.id, text).toBe('spectrum');
		}
	});

	it('exports one table that gives every run its rule', () => {
		expect(SPECTRUM_CODES).toHaveLength(18);
		for (const run of SPECTRUM_CODES) {
			expect(run.from).toBeLessThanOrEqual(run.to);
			expect(spectrumCode(`AUP#${run.from}`)).toBe(run.rule);
			expect(spectrumCode(`AUP#${run.to}`)).toBe(run.rule);
		}
		expect(spectrumCode('OFR_506')).toBeUndefined();
		expect(spectrumCode('AUP#1095')).toBeUndefined();
	});
});
