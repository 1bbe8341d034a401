// Carrier rules (src/core/receivers/carriers.ts and one file per carrier): each rule's example gets
// its reason, and only under the rule's conditions; the generic flow names no carrier.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CARRIERS, carrierReason, type CarrierFacts} from '../../../src/core/receivers/carriers';
import {REASONS} from '../../../src/core/types';

const rules = CARRIERS.flatMap((carrier) => carrier.rules.map((rule, i) => ({carrier, rule, name: `${carrier.id} #${i + 1}`})));

describe('carrier rules', () => {
	it('have unique ids, a source, a meaning and linear phrases', () => {
		expect(new Set(CARRIERS.map((c) => c.id)).size).toBe(CARRIERS.length);
		for (const {rule, name} of rules) {
			expect(rule.source, name).toMatch(/^https:\/\/[\w.-]+\.[a-z]{2,}\//);
			expect(rule.meaning.trim().length, name).toBeGreaterThan(20);
			expect(REASONS, name).toContain(rule.reason);
			expect(rule.phrase.flags, name).not.toMatch(/[gy]/);
			const started = performance.now();
			rule.phrase.test(`${'ip=1.2.3.4 - a problem occurred '.repeat(3000)}${'550 : '.repeat(5000)}`);
			expect(performance.now() - started, name).toBeLessThan(200);
		}
	});

	it.each(rules)('$name: its example gets its reason', ({rule}) => {
		expect(carrierReason(rule.example)).toBe(rule.reason);
	});

	it.each(rules)('$name: not for another host, nor when the words differ', ({rule}) => {
		const other: CarrierFacts = {...rule.example, remoteMta: 'mx.example.net', recipient: 'neko@example.net'};
		expect(carrierReason(other)).toBeUndefined();
		expect(carrierReason({...rule.example, diagnostic: '550 5.7.1 Message refused'})).toBeUndefined();
	});

	it('the recipient domain identifies the carrier when the report names no remote host', () => {
		const [rule] = rules.filter(({carrier}) => carrier.id === 'kddi');
		expect(carrierReason({...rule!.rule.example, remoteMta: ''})).toBe('filtered');
		expect(carrierReason({...rule!.rule.example, remoteMta: '', recipient: 'neko@example.jp'})).toBeUndefined();
	});

	it('KDDI: "550 : User unknown" at RCPT stays a missing address', () => {
		const kddi = rules.find(({carrier}) => carrier.id === 'kddi')!.rule.example;
		expect(carrierReason({...kddi, command: 'RCPT'})).toBeUndefined();
		expect(carrierReason({...kddi, command: 'DATA'})).toBe('filtered');
		expect(carrierReason({...kddi, diagnostic: '550 <neko@ezweb.ne.jp>: User unknown'})).toBeUndefined();
	});

	it('NTT docomo: only after DATA, only with Status 5.0.0, only from the filtered reading', () => {
		const docomo = rules.find(({carrier}) => carrier.id === 'ntt-docomo')!.rule.example;
		expect(carrierReason({...docomo, command: 'RCPT'})).toBeUndefined();
		expect(carrierReason({...docomo, dsnStatus: '5.2.0'})).toBeUndefined();
		expect(carrierReason({...docomo, reason: 'userunknown'})).toBeUndefined();
	});
});

describe('the generic flow names no carrier', () => {
	const CARRIER_WORDS = /docomo|kddi|ezweb|\bau\.com|t-online|telekom|tencent|\bqq\.com|interscan|\bimail\b|dragonfly/i;
	const generic = [
		new URL('../../../src/core/decode/assemble.ts', import.meta.url),
		...readdirSync(new URL('../../../src/core/reasons/', import.meta.url))
			.filter((name) => name.endsWith('.ts'))
			.map((name) => new URL(`../../../src/core/reasons/${name}`, import.meta.url)),
	];
	it.each(generic.map((url) => [url.pathname.replace(/^.*\/src\//, 'src/'), url] as const))('%s', (_name, url) => {
		const code = readFileSync(url, 'utf8');
		expect(CARRIER_WORDS.exec(code)?.[0]).toBeUndefined();
	});
	it('the phrase data has no text or pattern that names a carrier', () => {
		const dir = new URL('../../../src/core/data/reasons/', import.meta.url);
		for (const name of readdirSync(dir)) {
			const entries = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as {text?: string; pattern?: string}[];
			for (const entry of entries) expect(CARRIER_WORDS.exec(entry.text ?? entry.pattern ?? '')?.[0], `${name}: ${entry.text ?? entry.pattern}`).toBeUndefined();
		}
	});
});

describe('a provider named only by the remote host', () => {
	const facts = (remoteMta: string, diagnostic: string): CarrierFacts => ({reason: 'rejected', command: 'MAIL', dsnStatus: '4.0.0', remoteMta, recipient: 'neko@yahoo.com', diagnostic});

	it('reads the reply by that provider’s table when the words name none', () => {
		// Issue 15: "host mta5.am0.yahoodns.net said: 421 Max message per connection reached".
		expect(carrierReason(facts('mta5.am0.yahoodns.net', '421 Max message per connection reached, closing transmission channel'))).toBe('toomanyconn');
		expect(carrierReason(facts('mx.zoho.com', '541 5.4.1 Mail rejected by destination domain'))).toBe('rejected');
	});

	it('leaves other hosts, code-only matches and replies that name a provider themselves alone', () => {
		expect(carrierReason(facts('mx.example.net', '421 Max message per connection reached'))).toBeUndefined();
		// Yahoo has no rule for these words: nothing to decide.
		expect(carrierReason(facts('mta5.am0.yahoodns.net', '421 Service not available'))).toBeUndefined();
		// The words name Gmail: the decoder's reading of them already asked Gmail's rules.
		expect(carrierReason(facts('mta5.am0.yahoodns.net', '421 Max message per connection reached - gsmtp'))).toBeUndefined();
	});
});
