import {describe, expect, it} from 'vitest';
import {checkDmarc, isDmarcRecord, parseDmarcRecord} from '../../../src/core/dns/dmarc';
import {localDoh} from './helpers';

describe('DMARC records (RFC 7489)', () => {
	const doh = localDoh();

	it('reads every tag the check reports', async () => {
		const dmarc = await checkDmarc('sender.example', doh.resolver());
		expect(dmarc).toMatchObject({status: 'ok', query: '_dmarc.sender.example'});
		expect(dmarc.record).toEqual({
			p: 'reject', sp: 'quarantine', adkim: 's', aspf: 'r', pct: 50,
			rua: ['mailto:dmarc@sender.example', 'mailto:agg@reports.example!10m'], ruf: ['mailto:forensic@sender.example'], problems: [],
		});
	});

	it('applies the defaults and the rules for bad values', () => {
		expect(parseDmarcRecord('v=DMARC1; p=none')).toMatchObject({p: 'none', sp: 'none', adkim: 'r', aspf: 'r', pct: 100, rua: [], ruf: []});
		expect(parseDmarcRecord('v=DMARC1; p=bogus')).toBeUndefined();
		expect(parseDmarcRecord('v=DMARC1; rua=mailto:a@example.com')).toMatchObject({p: 'none', problems: ['p= is missing: the record applies as p=none']});
		expect(parseDmarcRecord('v=DMARC1; p=quarantine; pct=150; adkim=x')?.problems).toEqual(['pct=150 is not 0 to 100', 'adkim=x is not r or s']);
		expect(isDmarcRecord('v=DMARC1;p=reject')).toBe(true);
		expect(isDmarcRecord('p=reject; v=DMARC1')).toBe(false);
	});

	it('reports a domain without a record', async () => {
		expect(await checkDmarc('aonly.example', doh.resolver())).toMatchObject({status: 'none'});
		expect((await checkDmarc('broken.example', doh.resolver())).status).toBe('none');
	});
});
