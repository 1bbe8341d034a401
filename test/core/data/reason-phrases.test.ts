// Whole-table invariants of the reason phrases, src/core/data/reasons/<reason>.json (format rules in
// src/core/reasons/phrases.ts): every file belongs to a reason and feeds it, entries are sorted,
// unique and sourced, patterns compile and are linear-safe, and every phrase — and every example —
// on its own classifies to its own reason through the real classifier.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {REASON_RULES, reasonFromText} from '../../../src/core/reasons';
import {compilePhrases, type PhraseEntry} from '../../../src/core/reasons/phrases';

const dir = new URL('../../../src/core/data/reasons/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const tables = new Map<string, PhraseEntry[]>(files.map((name) => [name.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as PhraseEntry[]]));
const all = [...tables].flatMap(([reason, entries]) => entries.map((entry) => ({reason, entry})));

const KEYS = new Set(['text', 'pattern', 'source', 'example', 'note']);
const keyOf = (entry: PhraseEntry): string => entry.text ?? entry.pattern ?? '';
const label = (reason: string, entry: PhraseEntry): string => `${reason}: ${keyOf(entry)}`;

/**
 * Where a regex source can take time that grows faster than its input: a quantifier applied to a
 * group that itself holds an unbounded quantifier (`(a+)+`, `(?:x\s*)*`, `(a*){2,9}`), or a
 * backreference. Returns the first such spot, or undefined.
 */
function unsafeSpot(source: string): string | undefined {
	// Per open group: does it hold an unbounded quantifier?
	const stack: boolean[] = [false];
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\') {
			if (/[1-9k]/.test(source[i + 1] ?? '')) return `backreference at ${i}`;
			i++;
			continue;
		}
		if (c === '[') {
			for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
			continue;
		}
		if (c === '(') {
			stack.push(false);
			continue;
		}
		if (c === ')') {
			const inner = stack.pop() ?? false;
			const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(source.slice(i + 1))?.[0];
			if (quantifier && inner) return `quantified group with an unbounded quantifier inside, ending at ${i}`;
			if (inner || (quantifier && /^[*+]|,\}$/.test(quantifier))) stack[stack.length - 1] = true;
			continue;
		}
		if (c === '*' || c === '+' || /^\{\d+,\}/.test(source.slice(i))) stack[stack.length - 1] = true;
	}
	return undefined;
}

describe('reason phrase files', () => {
	it('one file per reason of REASON_RULES, and each rule matches with its file', () => {
		expect(files.map((name) => name.slice(0, -5))).toEqual(REASON_RULES.map((rule) => rule.id).sort());
		for (const rule of REASON_RULES) expect(rule.phrases, rule.id).toEqual(compilePhrases(tables.get(rule.id) ?? []));
	});

	it('entries have a text or a pattern, a source, and only the known fields', () => {
		for (const {reason, entry} of all) {
			const where = label(reason, entry);
			expect(Object.keys(entry).filter((key) => !KEYS.has(key)), where).toEqual([]);
			expect((entry.text === undefined) !== (entry.pattern === undefined), `${where}: exactly one of text and pattern`).toBe(true);
			expect(keyOf(entry).trim(), where).not.toBe('');
			expect(typeof entry.source === 'string' && entry.source.trim().length > 10, `${where}: source`).toBe(true);
			if (entry.example !== undefined) expect(entry.example.trim(), where).not.toBe('');
			if (entry.note !== undefined) expect(entry.note.trim(), where).not.toBe('');
		}
	});

	it('texts are lower-case, trimmed literals with single spaces', () => {
		for (const {reason, entry} of all) {
			if (entry.text === undefined) continue;
			expect(entry.text, label(reason, entry)).toBe(entry.text.toLowerCase().replace(/\s+/g, ' ').trim());
		}
	});

	it('each file is sorted by its text or pattern', () => {
		for (const [reason, entries] of tables) {
			const keys = entries.map(keyOf);
			expect(keys, reason).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		}
	});

	it('no phrase appears twice, in one file or across files (after lower-casing and folding spaces)', () => {
		const seen = new Map<string, string>();
		for (const {reason, entry} of all) {
			const key = keyOf(entry).toLowerCase().replace(/\s+/g, ' ');
			expect(seen.get(key), `${label(reason, entry)} also in ${seen.get(key)}`).toBeUndefined();
			seen.set(key, reason);
		}
	});

	it('no text holds a shorter text of its own reason (it would add nothing)', () => {
		for (const [reason, entries] of tables) {
			const texts = entries.flatMap((entry) => (entry.text === undefined ? [] : [entry.text]));
			for (const text of texts) expect(texts.filter((other) => other !== text && text.includes(other)), `${reason}: ${text}`).toEqual([]);
		}
	});

	it('patterns compile without flags, are linear-safe and come with an example they match', () => {
		for (const {reason, entry} of all) {
			if (entry.pattern === undefined) continue;
			const where = label(reason, entry);
			const re = new RegExp(entry.pattern);
			expect(unsafeSpot(entry.pattern), where).toBeUndefined();
			expect(entry.example, `${where}: example`).toBeTypeOf('string');
			const example = (entry.example ?? '').toLowerCase().replace(/(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?/g, ' ').replace(/\s+/g, ' ').trim();
			expect(re.test(example), `${where} matches its example`).toBe(true);
		}
	});

	it('patterns take linear time on long adversarial input', () => {
		const inputs = ['a'.repeat(50_000), ' '.repeat(50_000), '1.'.repeat(25_000), 'user '.repeat(10_000), '<a@b '.repeat(10_000), 'ip=1.2.3.4 - '.repeat(4_000)];
		for (const {reason, entry} of all) {
			if (entry.pattern === undefined) continue;
			const re = new RegExp(entry.pattern);
			for (const input of inputs) {
				const started = performance.now();
				re.test(input);
				expect(performance.now() - started, `${label(reason, entry)} on ${input.slice(0, 12)}…`).toBeLessThan(200);
			}
		}
	});

	it('an entry with neither text nor pattern is refused, not read as the empty text', () => {
		expect(() => compilePhrases([{source: 'RFC 5321'}])).toThrow(/without text or pattern/);
		expect(() => compilePhrases([{text: '', source: 'RFC 5321'}])).toThrow(/without text or pattern/);
		expect(compilePhrases([{text: 'mailbox full', source: 'RFC 3463'}, {pattern: 'a{1,3}b', source: 'x'}])).toEqual(['mailbox full', /a{1,3}b/]);
	});

	it('the checker finds nested unbounded quantifiers and backreferences', () => {
		expect(unsafeSpot('(a+)+')).toBeDefined();
		expect(unsafeSpot('(?:x\\s*)*y')).toBeDefined();
		expect(unsafeSpot('(a*){2,9}')).toBeDefined();
		expect(unsafeSpot('((a+)b)*')).toBeDefined();
		expect(unsafeSpot('(a)\\1')).toBeDefined();
		expect(unsafeSpot('\\b(?:user|mailbox)\\s(?:\\S{1,64}\\s)?unknown')).toBeUndefined();
		expect(unsafeSpot('[(+*]a+(?:b)?')).toBeUndefined();
	});
});

describe('every phrase on its own classifies to its own reason', () => {
	it.each([...tables.keys()])('%s', (reason) => {
		const wrong: string[] = [];
		for (const entry of tables.get(reason) ?? []) {
			if (entry.text !== undefined && reasonFromText(entry.text) !== reason) wrong.push(`"${entry.text}" → ${reasonFromText(entry.text)}`);
			if (entry.example !== undefined && reasonFromText(entry.example) !== reason) wrong.push(`example "${entry.example}" → ${reasonFromText(entry.example)}`);
		}
		expect(wrong).toEqual([]);
	});
});
