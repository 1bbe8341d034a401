import {describe, expect, it} from 'vitest';
import {CSV_HEADER, csvCell, csvRows} from '../../src/cli/csv';
import type {ResultOut} from '../../src/cli/run';
import type {RecipientResult} from '../../src/core';

const recipient = (fields: Partial<RecipientResult>): RecipientResult => ({recipient: 'a@b.example', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, action: 'failed', diagnostic: '550 5.1.1 User unknown', command: 'RCPT', remoteMta: 'mx.b.example', ...fields});

/** RFC 4180 fields of CSV text, for checking what a reader gets back. */
function parse(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i]!;
		if (quoted && c === '"' && csv[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && !(c === '\r' && csv[i + 1] === '\n'))) cell += c;
		else {
			row.push(cell);
			cell = '';
			if (c === '\r') {
				rows.push(row);
				row = [];
				i++;
			}
		}
	}
	return rows;
}

describe('CSV: one row per recipient', () => {
	it('has the contract’s header and one CRLF row per recipient, none for a result without any', () => {
		expect(CSV_HEADER).toBe('input,message,recipient,action,status,replyCode,reason,hardBounce,provider,remoteMta,diagnostic\r\n');
		const result: ResultOut = {input: 'box.mbox', message: 3, kind: 'bounce', summary: '', recipients: [recipient({}), recipient({recipient: 'c@d.example', hardBounce: false, reason: 'mailboxfull', provider: 'google'})], codes: []};
		expect(parse(csvRows(result))).toEqual([
			['box.mbox', '3', 'a@b.example', 'failed', '5.1.1', '550', 'userunknown', 'true', '', 'mx.b.example', '550 5.1.1 User unknown'],
			['box.mbox', '3', 'c@d.example', 'failed', '5.1.1', '550', 'mailboxfull', 'false', 'google', 'mx.b.example', '550 5.1.1 User unknown'],
		]);
		expect(csvRows({input: '5.1.1', kind: 'code', summary: '', recipients: [], codes: []})).toBe('');
	});

	it('quotes commas, quotes and line breaks as RFC 4180 says, so a reader gets the text back', () => {
		const nasty = 'a, "quoted"\r\nnext line\nand, more';
		const rows = parse(csvRows({input: 'x,y.eml', kind: 'bounce', summary: '', recipients: [recipient({diagnostic: nasty})], codes: []}));
		expect(rows).toHaveLength(1);
		expect(rows[0]![0]).toBe('x,y.eml');
		expect(rows[0]![10]).toBe(nasty);
	});

	it('defuses cells a spreadsheet would run as a formula', () => {
		for (const attack of ['=HYPERLINK("http://evil.example","x")', '+1+cmd|/C calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
			expect(csvCell(attack).replace(/^"/, '').startsWith("'"), attack).toBe(true);
		}
		const [row] = parse(csvRows({input: '=cmd.eml', kind: 'bounce', summary: '', recipients: [recipient({diagnostic: '=1+1', remoteMta: '@evil'})], codes: []}));
		expect([row![0], row![9], row![10]]).toEqual(["'=cmd.eml", "'@evil", "'=1+1"]);
		expect(csvCell('550 5.1.1 ok')).toBe('550 5.1.1 ok');
		expect(csvCell('-')).toBe('-'); // standard input's name, no formula
	});
});
