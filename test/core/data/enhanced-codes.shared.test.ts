// Whole-table invariants of the enhanced-status-code knowledge base (src/core/data/*.json).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import codes from '../../../src/core/data/enhanced-codes.json';
import classes from '../../../src/core/data/classes.json';
import subjects from '../../../src/core/data/subjects.json';
import {REASONS} from '../../../src/core/types';

interface Row {
	code: string;
	title: string;
	table: string;
}

const tsvUrl = new URL('../../../../shared/reference/enhanced-status-codes.tsv', import.meta.url);
const rows: Row[] = readFileSync(tsvUrl, 'utf8')
	.split('\n')
	.filter(line => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('code\t'))
	.map(line => {
		const [code = '', title = '', , table = ''] = line.split('\t');
		return {code, title, table};
	});
const enumerated = rows.filter(row => row.table === 'Enumerated Status Codes');

const WHO = new Set(['sender', 'sender-admin', 'recipient', 'recipient-admin', 'nobody']);
const STAGES = new Set(['connect', 'helo', 'starttls', 'auth', 'mail', 'rcpt', 'data', 'end-of-data', 'any', 'delivery']);
const REASON_SET = new Set<string>([...REASONS, 'unmapped']);
const PERMANENT_RETRY = new Set(['do-not-retry', 'retry-after-fix']);
const RETRY = new Set(['will-retry', 'do-not-retry', 'retry-after-fix']);

interface Explained {
	code: string;
	title: string;
	meaning: string;
	causes: string[];
	fix: string[];
	whoActs: string;
	stages: string[];
	reason: string;
	source: string;
}

/** X.S.D → [S, D] for numeric ordering. */
const key = (code: string): number[] => code.split('.').slice(1).map(Number);
const compare = (a: string, b: string): number => {
	const [ka, kb] = [key(a), key(b)];
	return (ka[0] ?? 0) - (kb[0] ?? 0) || (ka[1] ?? 0) - (kb[1] ?? 0);
};

/** Sentences of a text, whitespace-folded, for spotting copied boilerplate. */
const sentences = (text: string): string[] =>
	text
		.split(/(?<=[.!?])\s+(?=[A-Z0-9'‘“(])/)
		.map(s => s.trim().replace(/\s+/g, ' '))
		.filter(s => s.length > 0);

function checkExplained(table: string, entries: Explained[]): void {
	describe(`${table}: every entry is complete and valid`, () => {
		it.each(entries.map(entry => [entry.code, entry] as const))('%s', (_code, entry) => {
			expect(entry.title, 'title').toBeTypeOf('string');
			expect(entry.source.trim(), 'source').not.toBe('');
			expect(entry.meaning.trim().length, 'meaning').toBeGreaterThan(40);
			expect(entry.causes.length, 'causes').toBeGreaterThanOrEqual(1);
			expect(entry.causes.length, 'causes').toBeLessThanOrEqual(5);
			expect(entry.fix.length, 'fix').toBeGreaterThanOrEqual(2);
			expect(entry.fix.length, 'fix').toBeLessThanOrEqual(5);
			for (const text of [...entry.causes, ...entry.fix]) expect(text.trim(), 'cause/fix text').not.toBe('');
			expect(new Set(entry.causes).size, 'duplicate cause').toBe(entry.causes.length);
			expect(new Set(entry.fix).size, 'duplicate fix step').toBe(entry.fix.length);
			expect(WHO.has(entry.whoActs), `whoActs ${entry.whoActs}`).toBe(true);
			expect(entry.stages.length, 'stages').toBeGreaterThanOrEqual(1);
			for (const stage of entry.stages) expect(STAGES.has(stage), `stage ${stage}`).toBe(true);
			expect(new Set(entry.stages).size, 'duplicate stage').toBe(entry.stages.length);
			expect(REASON_SET.has(entry.reason), `reason ${entry.reason}`).toBe(true);
		});
	});

	describe(`${table}: no shared prose`, () => {
		it('has no two identical meanings', () => {
			const seen = new Map<string, string>();
			for (const entry of entries) {
				expect(seen.get(entry.meaning), `${entry.code} repeats a meaning`).toBeUndefined();
				seen.set(entry.meaning, entry.code);
			}
		});

		it('has no two identical fix lists', () => {
			const seen = new Map<string, string>();
			for (const entry of entries) {
				const fix = JSON.stringify(entry.fix);
				expect(seen.get(fix), `${entry.code} repeats a fix list`).toBeUndefined();
				seen.set(fix, entry.code);
			}
		});

		it('has no meaning sentence shared by two entries', () => {
			const seen = new Map<string, string>();
			for (const entry of entries) {
				for (const sentence of sentences(entry.meaning)) {
					const other = seen.get(sentence);
					expect(other === undefined || other === entry.code, `"${sentence}" in ${other} and ${entry.code}`).toBe(true);
					seen.set(sentence, entry.code);
				}
			}
		});
	});
}

describe('the reference table', () => {
	it('lists the 81 enumerated codes, 3 classes and 8 subjects', () => {
		expect(enumerated).toHaveLength(81);
		expect(rows.filter(row => row.table === 'Class Sub-Codes')).toHaveLength(3);
		expect(rows.filter(row => row.table === 'Subject Sub-Codes')).toHaveLength(8);
	});
});

describe('enhanced-codes.json', () => {
	const byCode = new Map(codes.map(entry => [entry.code, entry]));

	it('has every enumerated registry code with its exact official title', () => {
		for (const row of enumerated) {
			const entry = byCode.get(row.code);
			expect(entry, `missing ${row.code}`).toBeDefined();
			expect(entry?.title, `title of ${row.code}`).toBe(row.title);
		}
	});

	it('has nothing that is not in the registry table', () => {
		const known = new Set(enumerated.map(row => row.code));
		for (const entry of codes) expect(known.has(entry.code), `unexpected ${entry.code}`).toBe(true);
		expect(codes).toHaveLength(enumerated.length);
	});

	it('has a non-empty title wherever the registry has one', () => {
		const officialTitle = new Map(enumerated.map(row => [row.code, row.title]));
		for (const entry of codes) {
			if (officialTitle.get(entry.code) !== '') expect(entry.title.trim(), entry.code).not.toBe('');
		}
	});

	it('has no duplicate codes', () => {
		expect(new Set(codes.map(entry => entry.code)).size).toBe(codes.length);
	});

	it('uses the X.S.D form', () => {
		for (const entry of codes) expect(entry.code).toMatch(/^X\.[0-7]\.\d{1,3}$/);
	});

	it('is sorted numerically by subject, then detail', () => {
		const list = codes.map(entry => entry.code);
		expect(list).toEqual([...list].sort(compare));
		expect(list.indexOf('X.1.10')).toBe(list.indexOf('X.1.9') + 1);
	});

	it('gives every code a valid permanentRetry and well-formed notes', () => {
		for (const entry of codes as Array<Record<string, unknown>>) {
			expect(PERMANENT_RETRY.has(entry.permanentRetry as string), `${entry.code}`).toBe(true);
			for (const note of ['transientNote', 'permanentNote', 'successNote']) {
				if (note in entry) expect(String(entry[note]).trim().length, `${entry.code} ${note}`).toBeGreaterThan(20);
			}
		}
	});

	it('names an RFC for every code whose registry reference is an RFC', () => {
		const reference = new Map(
			readFileSync(tsvUrl, 'utf8')
				.split('\n')
				.filter(line => line.startsWith('X.'))
				.map(line => {
					const fields = line.split('\t');
					return [fields[0] ?? '', fields[2] ?? ''] as const;
				}),
		);
		for (const entry of codes) {
			const rfc = /^RFC(\d+)$/.exec(reference.get(entry.code) ?? '');
			if (rfc) expect(entry.source, entry.code).toContain(`RFC ${rfc[1]}`);
		}
	});

	it('spot-checks well-known mappings', () => {
		const reason = (code: string): string | undefined => byCode.get(code)?.reason;
		expect(reason('X.1.1')).toBe('userunknown');
		expect(reason('X.1.2')).toBe('hostunknown');
		expect(reason('X.2.2')).toBe('mailboxfull');
		expect(reason('X.2.3')).toBe('exceedlimit');
		expect(reason('X.3.4')).toBe('mesgtoobig');
		expect(reason('X.4.7')).toBe('expired');
		expect(reason('X.7.0')).toBe('securityerror');
		expect(reason('X.7.25')).toBe('requireptr');
		for (const code of ['X.7.20', 'X.7.21', 'X.7.22', 'X.7.23', 'X.7.24', 'X.7.26']) expect(reason(code), code).toBe('authfailure');
		expect(byCode.get('X.1.1')?.permanentRetry).toBe('do-not-retry');
		expect(byCode.get('X.7.8')?.permanentRetry).toBe('retry-after-fix');
	});

	checkExplained('enhanced-codes.json', codes);
});

describe('classes.json', () => {
	it('has the three classes with their official titles, severities and retry advice', () => {
		const official = new Map(rows.filter(row => row.table === 'Class Sub-Codes').map(row => [row.code, row.title]));
		expect(classes.map(entry => entry.code)).toEqual(['2.XXX.YYY', '4.XXX.YYY', '5.XXX.YYY']);
		for (const entry of classes) expect(entry.title, entry.code).toBe(official.get(entry.code));
		expect(classes.map(entry => entry.severity)).toEqual(['success', 'transient', 'permanent']);
		for (const entry of classes) expect(RETRY.has(entry.retry), entry.code).toBe(true);
		expect(classes.find(entry => entry.code === '4.XXX.YYY')?.retry).toBe('will-retry');
		expect(classes.find(entry => entry.code === '5.XXX.YYY')?.retry).not.toBe('will-retry');
	});

	checkExplained('classes.json', classes);
});

describe('subjects.json', () => {
	it('has subjects X.0 to X.7 in order with their official titles', () => {
		const official = new Map(rows.filter(row => row.table === 'Subject Sub-Codes').map(row => [row.code, row.title]));
		expect(subjects.map(entry => entry.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(n => `X.${n}.YYY`));
		for (const entry of subjects) expect(entry.title, entry.code).toBe(official.get(entry.code));
	});

	checkExplained('subjects.json', subjects);
});
