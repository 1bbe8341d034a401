// Whole-table invariants of src/core/data/reply-codes.json against the shared reference table.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import codes from '../../../src/core/data/reply-codes.json';
import {REASONS, type ReplyEntry, type Retry, type Stage, type WhoActs} from '../../../src/core/types';

const entries = codes as ReplyEntry[];

const jsonUrl = new URL('../../../src/core/data/reply-codes.json', import.meta.url);
const tsvUrl = new URL('../../../../shared/reference/reply-codes.tsv', import.meta.url);

interface TsvRow {
	code: string;
	title: string;
	paired: string;
	status: string;
}

/** Data rows of the reference TSV: comment lines (`#`) and the header row skipped. */
function readTsv(): TsvRow[] {
	const lines = readFileSync(tsvUrl, 'utf8').split('\n');
	const header = lines.find(line => line.startsWith('code\t'));
	expect(header?.split('\t').slice(0, 5)).toEqual(['code', 'title', 'rfc', 'enhanced_code_usually_paired', 'status']);
	return lines
		.filter(line => line.trim() !== '' && !line.startsWith('#') && line !== header)
		.map(line => {
			const [code = '', title = '', , paired = '', status = ''] = line.split('\t');
			return {code, title, paired, status};
		});
}

const rows = readTsv();
const byCode = new Map(entries.map(entry => [entry.code, entry]));

const WHO: readonly WhoActs[] = ['sender', 'sender-admin', 'recipient', 'recipient-admin', 'nobody'];
const RETRY: readonly Retry[] = ['will-retry', 'do-not-retry', 'retry-after-fix'];
const STAGES: readonly Stage[] = ['connect', 'helo', 'starttls', 'auth', 'mail', 'rcpt', 'data', 'end-of-data', 'any', 'delivery'];
const KEYS = new Set(['code', 'title', 'meaning', 'causes', 'fix', 'whoActs', 'retry', 'stages', 'reason', 'source', 'pairedEnhanced', 'status']);

const nonEmpty = (text: unknown): boolean => typeof text === 'string' && text.trim() !== '';

describe('reply-codes.json against the reference TSV', () => {
	it('reads a sane reference table', () => {
		expect(rows.length).toBeGreaterThanOrEqual(40);
		for (const row of rows) expect(row.code, JSON.stringify(row)).toMatch(/^[2-5]\d\d$/);
	});

	it('has every TSV code with its exact title and status', () => {
		for (const row of rows) {
			const entry = byCode.get(row.code);
			expect(entry, `missing ${row.code}`).toBeDefined();
			expect(entry?.title, row.code).toBe(row.title);
			expect(entry?.status, row.code).toBe(row.status);
		}
	});

	it('adds to the TSV only codes it marks as Experimental-RFC or common use, each with its source', () => {
		// The reference lists the RFC 5321 codes, the extensions' and a few drafts'; the table adds RFC
		// 1845's 355 (Experimental) and codes servers use with no RFC behind them (status "de-facto").
		const tsvCodes = new Set(rows.map(row => row.code));
		const added = entries.filter(entry => !tsvCodes.has(entry.code));
		expect(added.map(entry => entry.code)).toEqual(['355', '541']);
		for (const entry of added) {
			expect(entry.status, entry.code).toMatch(/^(?:experimental \(.+\)|de-facto)$/);
			expect(entry.source, entry.code).toMatch(/\bRFC \d{3,4}\b/);
		}
	});

	it('takes pairedEnhanced from the TSV, with X replaced by the class digit', () => {
		for (const row of rows) {
			const expected = row.paired === '' ? undefined : row.paired.replace(/^X/, row.code.charAt(0));
			expect(byCode.get(row.code)?.pairedEnhanced, row.code).toBe(expected);
		}
	});
});

describe('reply-codes.json table invariants', () => {
	it('has no duplicate codes', () => {
		const seen = entries.map(entry => entry.code);
		expect(new Set(seen).size).toBe(seen.length);
	});

	it('is sorted numerically by code', () => {
		const order = entries.map(entry => Number(entry.code));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('is stored in canonical form (tab-indented JSON, trailing newline)', () => {
		expect(readFileSync(jsonUrl, 'utf8')).toBe(JSON.stringify(codes, null, '\t') + '\n');
	});

	it('has only known fields', () => {
		for (const entry of entries) {
			expect(Object.keys(entry).filter(key => !KEYS.has(key)), entry.code).toEqual([]);
		}
	});

	it('has complete prose and provenance on every entry', () => {
		for (const entry of entries) {
			const at = entry.code;
			expect(nonEmpty(entry.title), at).toBe(true);
			expect(nonEmpty(entry.source), at).toBe(true);
			expect(nonEmpty(entry.meaning), at).toBe(true);
			expect(entry.meaning, at).not.toBe(entry.title);
			expect(entry.causes.length, at).toBeGreaterThanOrEqual(1);
			expect(entry.causes.length, at).toBeLessThanOrEqual(4);
			expect(entry.fix.length, at).toBeGreaterThanOrEqual(2);
			expect(entry.fix.length, at).toBeLessThanOrEqual(5);
			for (const line of [...entry.causes, ...entry.fix]) {
				expect(nonEmpty(line), at).toBe(true);
				expect(line, at).toBe(line.trim());
			}
			expect(new Set(entry.causes).size, at).toBe(entry.causes.length);
			expect(new Set(entry.fix).size, at).toBe(entry.fix.length);
		}
	});

	it('uses only valid whoActs, retry, stages and reason values', () => {
		const reasons = new Set<string>([...REASONS, 'unmapped']);
		for (const entry of entries) {
			const at = entry.code;
			expect(WHO, at).toContain(entry.whoActs);
			expect(RETRY, at).toContain(entry.retry);
			expect(entry.stages.length, at).toBeGreaterThanOrEqual(1);
			expect(new Set(entry.stages).size, at).toBe(entry.stages.length);
			for (const stage of entry.stages) expect(STAGES, at).toContain(stage);
			expect(reasons.has(entry.reason), `${at}: ${entry.reason}`).toBe(true);
		}
	});

	it('names an RFC, the IANA registry or a draft as the source', () => {
		for (const entry of entries) {
			expect(entry.source, entry.code).toMatch(/\bRFC \d{3,4}\b|IANA|draft-/);
			if (entry.status === 'standard') expect(entry.source, entry.code).toMatch(/^RFC \d{3,4}\b/);
		}
	});

	it('keeps the class digit consistent with retry, whoActs and reason', () => {
		for (const entry of entries) {
			const at = entry.code;
			switch (entry.code.charAt(0)) {
				case '2': {
					// Success: nothing to retry, nobody has to act, and the corpus calls it delivered.
					expect(entry.retry, at).toBe('do-not-retry');
					expect(entry.whoActs, at).toBe('nobody');
					expect(entry.reason, at).toBe('delivered');
					break;
				}
				case '3': {
					// Intermediate: a step inside a command sequence, never a verdict.
					expect(entry.retry, at).toBe('do-not-retry');
					expect(entry.whoActs, at).toBe('nobody');
					expect(entry.reason, at).toBe('unmapped');
					break;
				}
				case '4': {
					// Transient: the sending server queues and retries by itself.
					expect(entry.retry, at).toBe('will-retry');
					expect(entry.reason, at).not.toBe('delivered');
					break;
				}
				case '5': {
					// Permanent: never retried automatically.
					expect(entry.retry, at).not.toBe('will-retry');
					expect(entry.reason, at).not.toBe('delivered');
					break;
				}
				default: {
					throw new Error(`bad class digit in ${at}`);
				}
			}
		}
	});

	it('keeps pairedEnhanced well-formed and in the same class as the reply code', () => {
		for (const entry of entries) {
			if (entry.pairedEnhanced === undefined) continue;
			expect(entry.pairedEnhanced, entry.code).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
			expect(entry.pairedEnhanced.charAt(0), entry.code).toBe(entry.code.charAt(0));
		}
	});

	it('has no two identical meanings', () => {
		const seen = new Map<string, string>();
		for (const entry of entries) {
			const key = entry.meaning.trim().toLowerCase();
			expect(seen.get(key), `${entry.code} repeats the meaning of ${seen.get(key) ?? ''}`).toBeUndefined();
			seen.set(key, entry.code);
		}
	});

	it('says what the table promises for the codes admins ask about most', () => {
		const get = (code: string): ReplyEntry => {
			const entry = byCode.get(code);
			if (entry === undefined) throw new Error(`missing ${code}`);
			return entry;
		};
		expect(get('421').stages).toContain('any');
		expect(get('535').reason).toBe('securityerror');
		expect(get('535').retry).toBe('retry-after-fix');
		expect(get('530').retry).toBe('retry-after-fix');
		expect(get('554').retry).toBe('retry-after-fix');
		expect(get('554').stages).toContain('connect');
		expect(get('521').reason).toBe('notaccept');
		expect(get('556').reason).toBe('notaccept');
		expect(get('521').retry).toBe('do-not-retry');
		expect(get('556').retry).toBe('do-not-retry');
		expect(get('550').reason).toBe('unmapped');
	});
});
