import {describe, expect, it} from 'vitest';
import {checkDmarc, isDmarcRecord, parseDmarcRecord} from '../../../src/core/dns/dmarc';
import {localDoh} from './helpers';

describe('DMARC records (RFC 7489)', () => {
	const doh = localDoh();

	it('reads every tag the check reports', async () => {
		const dmarc = await checkDmarc('sender.example', doh.resolver());
		expect(dmarc).toMatchObject({status: 'ok', query: '_dmarc.sender.example'});
		expect(dmarc.record).toEqual({
			p: 'reject', sp: 'quarantine', np: 'quarantine', psd: 'u', adkim: 's', aspf: 'r', pct: 50,
			rua: ['mailto:dmarc@sender.example', 'mailto:agg@reports.example!10m'], ruf: ['mailto:forensic@sender.example'], problems: [],
		});
	});

	it('applies the defaults and the rules for bad values', () => {
		expect(parseDmarcRecord('v=DMARC1; p=none')).toMatchObject({p: 'none', sp: 'none', np: 'none', psd: 'u', adkim: 'r', aspf: 'r', pct: 100, rua: [], ruf: []});
		// RFC 9989 §4.7: np falls back to sp, then p; psd is y, n or u.
		expect(parseDmarcRecord('v=DMARC1; p=reject; sp=none')).toMatchObject({sp: 'none', np: 'none'});
		expect(parseDmarcRecord('v=DMARC1; p=none; np=reject; psd=Y')).toMatchObject({sp: 'none', np: 'reject', psd: 'y'});
		expect(parseDmarcRecord('v=DMARC1; p=none; np=drop; psd=maybe')?.problems).toEqual(['np=drop is not none, quarantine or reject', 'psd=maybe is not y, n or u']);
		expect(parseDmarcRecord('v=DMARC1; p=bogus')).toBeUndefined();
		expect(parseDmarcRecord('v=DMARC1; rua=mailto:a@example.com')).toMatchObject({p: 'none', problems: ['p= is missing: the record applies as p=none']});
		expect(parseDmarcRecord('v=DMARC1; p=quarantine; pct=150; adkim=x')?.problems).toEqual(['pct=150 is not 0 to 100', 'adkim=x is not r or s']);
		expect(isDmarcRecord('v=DMARC1;p=reject')).toBe(true);
		expect(isDmarcRecord('p=reject; v=DMARC1')).toBe(false);
	});

	it('reports a domain without a record', async () => {
		expect(await checkDmarc('aonly.example', doh.resolver())).toMatchObject({status: 'none', walk: ['example'], detail: 'no DMARC record at _dmarc.aonly.example nor at _dmarc.example: receivers apply no DMARC policy to mail from aonly.example (RFC 9989 §4.10.1)'});
		expect((await checkDmarc('broken.example', doh.resolver())).status).toBe('none');
		expect(await checkDmarc('sender.example', doh.resolver())).toMatchObject({source: 'domain', applied: {policy: 'reject', tag: 'p'}});
	});
});
