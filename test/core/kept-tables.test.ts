// Tables kept between runs are given back only for the very inputs they were built from, and tables
// that went through a keeper (serialised as the command's file holds them) read exactly as built ones.
import {readdirSync, readFileSync} from 'node:fs';
import {deserialize, serialize} from 'node:v8';
import {afterEach, describe, expect, it} from 'vitest';
import {builtTables, keepTablesIn, patternInputs, type TableKeeper} from '../../src/core/kept-tables';
import {REASON_RULES} from '../../src/core/reasons';
import {buildPhraseIndex} from '../../src/core/reasons/phrase-index';
import {literalFilter} from '../../src/core/required-literals';
import {receivers} from '../../src/core/receivers/registry';

/** A keeper that holds what it is given as bytes, as the command's file does. */
class BytesKeeper implements TableKeeper {
	readonly kept = new Map<string, Buffer>();
	gets = 0;
	get(kind: string, inputs: string): unknown {
		this.gets++;
		const bytes = this.kept.get(`${kind}\u0000${inputs}`);
		return bytes && deserialize(bytes);
	}
	keep(kind: string, inputs: string, tables: unknown): void {
		this.kept.set(`${kind}\u0000${inputs}`, serialize(tables));
	}
}

const samples = [
	'550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
	'452 4.2.2 The email account that you tried to reach is over quota. gsmtp',
	'554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
	'421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
	'550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy',
	'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
	'message too large', 'Mailbox full', 'nothing to see here', '',
];

afterEach(() => keepTablesIn(undefined));

describe('builtTables', () => {
	it('builds every time, and never writes the inputs out, with no keeper', () => {
		let built = 0;
		let asked = 0;
		for (let i = 0; i < 2; i++) expect(builtTables('k', () => (asked++, 'in'), () => ++built)).toBe(i + 1);
		expect(asked).toBe(0);
	});

	it('gives back the kept tables for the same inputs, and builds (and keeps) for other inputs', () => {
		const keeper = new BytesKeeper();
		keepTablesIn(keeper);
		let built = 0;
		const tables = (inputs: string) => builtTables('k', () => inputs, () => ({n: ++built, inputs, rows: Int32Array.of(built, 7)}));
		expect(tables('a')).toEqual({n: 1, inputs: 'a', rows: Int32Array.of(1, 7)});
		expect(tables('a')).toEqual({n: 1, inputs: 'a', rows: Int32Array.of(1, 7)});
		expect(tables('b')).toEqual({n: 2, inputs: 'b', rows: Int32Array.of(2, 7)});
		expect(builtTables('other kind', () => 'a', () => 'built')).toBe('built');
		expect(built).toBe(2);
		expect([...keeper.kept.keys()].sort()).toEqual(['k\u0000a', 'k\u0000b', 'other kind\u0000a']);
	});

	it('writes a pattern out with its flags: the same source with other flags is other inputs', () => {
		expect(JSON.stringify(patternInputs(/a"b/i))).not.toBe(JSON.stringify(patternInputs(/a"b/)));
		expect(patternInputs(/x\/y/gm)).toEqual(['x\\/y', 'gm']);
	});
});

describe('tables given back by a keeper', () => {
	it('the reason phrases\' index reads every sample as the one built in this run does', () => {
		const fresh = buildPhraseIndex(REASON_RULES);
		const keeper = new BytesKeeper();
		keepTablesIn(keeper);
		buildPhraseIndex(REASON_RULES);
		expect(keeper.kept.size).toBe(1);
		const kept = buildPhraseIndex(REASON_RULES);
		const corpus = readdirSync(new URL('../fixtures/bounces/', import.meta.url)).map(name => readFileSync(new URL(`../fixtures/bounces/${name}`, import.meta.url), 'latin1').toLowerCase());
		for (const text of [...samples.map(s => s.toLowerCase()), ...corpus]) expect(kept.firstRule(text), text.slice(0, 80)).toBe(fresh.firstRule(text));
		expect(samples.some(s => fresh.firstRule(s.toLowerCase()) >= 0)).toBe(true);
	});

	it('a literal filter over the receivers\' signatures marks what the one built in this run marks', () => {
		const lists = receivers.map(r => r.detect);
		const fresh = literalFilter(lists);
		const keeper = new BytesKeeper();
		keepTablesIn(keeper);
		literalFilter(lists);
		const kept = literalFilter(lists);
		expect(keeper.kept.size).toBe(1);
		expect(kept.always).toEqual(fresh.always);
		for (const text of samples) {
			const a = new Uint8Array(fresh.automaton.ids);
			const b = new Uint8Array(kept.automaton.ids);
			expect(kept.automaton.scan(text.toLowerCase(), b, 0)).toBe(fresh.automaton.scan(text.toLowerCase(), a, 0));
			expect(b).toEqual(a);
		}
	});
});
