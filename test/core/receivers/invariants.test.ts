import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {detectProviders, findProviderRule, findTags, receivers, ruleTags} from '../../../src/core/receivers';
import {REASONS, type ProviderRule} from '../../../src/core/types';

const CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;
const rules = receivers.flatMap(receiver => receiver.rules.map(rule => ({receiver, rule})));
const label = (rule: ProviderRule): string => rule.tag ?? (typeof rule.status === 'object' ? `${rule.status.from}-${rule.status.to}` : rule.status) ?? String(rule.phrase);

describe('receiver data invariants', () => {
	it('has unique receiver ids and non-empty rule sets', () => {
		expect(new Set(receivers.map(r => r.id)).size).toBe(receivers.length);
		for (const receiver of receivers) {
			expect(receiver.rules.length, receiver.id).toBeGreaterThan(0);
			// A receiver found by no signature must be one whose rules apply to every bounce.
			if (!receiver.anywhere) expect(receiver.detect.length, receiver.id).toBeGreaterThan(0);
		}
	});

	it.each(rules.map(({receiver, rule}) => [`${receiver.id} ${label(rule)}`, rule] as const))('%s is complete', (_name, rule) => {
		expect(rule.source).toMatch(/^https:\/\/[\w.-]+\.[a-z]{2,}(?:\/|$)/);
		expect(rule.title.trim()).not.toBe('');
		expect(rule.meaning.trim().length).toBeGreaterThan(20);
		expect(rule.fix.length).toBeGreaterThan(0);
		for (const step of rule.fix) expect(step.trim()).not.toBe('');
		expect(REASONS).toContain(rule.reason);
		expect(rule.whoActs).toBeDefined();
		expect(rule.retry).toBeDefined();
		expect(rule.status !== undefined || rule.tag !== undefined || rule.phrase !== undefined).toBe(true);
		if (typeof rule.status === 'string') expect(rule.status).toMatch(CODE);
		if (typeof rule.status === 'object') {
			expect(rule.status.from).toMatch(CODE);
			expect(rule.status.to).toMatch(CODE);
			const [fc, fs, fd] = rule.status.from.split('.');
			const [tc, ts, td] = rule.status.to.split('.');
			expect([fc, fs]).toEqual([tc, ts]);
			expect(Number(fd)).toBeLessThan(Number(td));
		}
		if (rule.phrase) expect(rule.phrase.flags).not.toMatch(/[gy]/);
		if (rule.tagTo !== undefined || rule.alsoTags !== undefined) expect(rule.tag).toBeDefined();
		if (rule.tagTo !== undefined) {
			// A numbered run: same prefix and width as `tag`, and a higher number.
			const [, fromPrefix, fromNumber] = /^(.*?)(\d+)$/.exec(rule.tag ?? '') ?? [];
			const [, toPrefix, toNumber] = /^(.*?)(\d+)$/.exec(rule.tagTo) ?? [];
			expect(toPrefix).toBe(fromPrefix);
			expect(toNumber?.length).toBe(fromNumber?.length);
			expect(Number(toNumber)).toBeGreaterThan(Number(fromNumber));
		}
	});

	it('has no two rules with the same meaning within a provider', () => {
		for (const receiver of receivers) {
			const meanings = receiver.rules.map(r => r.meaning);
			expect(new Set(meanings).size, receiver.id).toBe(meanings.length);
		}
	});

	it('gives every tag to exactly one rule', () => {
		const tags = rules.flatMap(({rule}) => ruleTags(rule));
		expect(new Set(tags).size).toBe(tags.length);
		for (const tag of tags) expect(findTags(`x (${tag}) [${tag}]`), tag).toContain(tag.replace(/^(AS)(\d+)$/, '$1$2'));
	});

	it('finds every tag rule from its tag alone', () => {
		for (const {receiver, rule} of rules) {
			if (!rule.tag) continue;
			expect(findProviderRule({tags: [rule.tag]})?.receiver.id, rule.tag).toBe(receiver.id);
		}
	});

	it('finds every tag a rule covers (numbered runs, further tags) to that rule', () => {
		for (const {rule} of rules) {
			for (const tag of ruleTags(rule)) expect(findProviderRule({tags: [tag]})?.rule, tag).toBe(rule);
		}
	});
});

describe('regexes are linear', () => {
	const patterns = receivers.flatMap(receiver => [
		...receiver.detect.map(re => [`${receiver.id} detect ${re.source}`, re] as const),
		...receiver.rules.flatMap(rule => (rule.phrase ? [[`${receiver.id} phrase ${rule.phrase.source}`, rule.phrase] as const] : [])),
	]);
	const SIZE = 100_000;
	const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
	// Inputs that make backtracking regexes blow up: long runs of the characters their pieces accept.
	const adversarial = [
		fill('a'),
		fill(' '),
		fill('1'),
		fill('.'),
		fill('AS(1'),
		fill('[TSS0'),
		fill('dd x'),
		fill('STOREDRV.Deliver '),
		fill('RESOLVER.RST.RestrictedTo'),
		fill('permanent failure for one or more recipients ('),
		fill('your IP address ('),
		fill('trying to use me ['),
		fill('550-5.7.1 '),
		fill('spamhaus'),
		fill('AUP#In-131'),
		fill('OFR004_50'),
		fill('Domain of sender address '),
		fill('Recipient address rejected: User unknown in '),
		fill('Ab1-_.@[]() '),
	];

	it('has no nested quantifiers', () => {
		// A group that contains a quantifier and is itself quantified: (a+)+, (\w*)*, (?:x{1,3})+ …
		const nested = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;
		for (const [name, re] of patterns) expect(nested.test(re.source), name).toBe(false);
	});

	it.each(patterns)('%s runs on 100 KB of adversarial text in linear time', (_name, re) => {
		const start = performance.now();
		for (const input of adversarial) {
			re.lastIndex = 0;
			re.test(input);
		}
		expect(performance.now() - start).toBeLessThan(250);
	});

	it('keeps the whole lookup fast on hostile input', () => {
		const start = performance.now();
		for (const input of adversarial) {
			findTags(input);
			detectProviders(input);
			findProviderRule({text: input});
		}
		expect(performance.now() - start).toBeLessThan(3000);
	});
});

describe('provider files follow STYLE practice 4', () => {
	const dir = fileURLToPath(new URL('../../../src/core/receivers/', import.meta.url));
	// Every file that holds rules (a Receiver's own, or a table a receiver spreads in); the lookup, the
	// tag helpers, the shared wording and a receiver made only of tables hold none.
	const files = readdirSync(dir).filter(name => name.endsWith('.ts') && /: (?:Receiver|(?:readonly )?ProviderRule\[\]) = /.test(readFileSync(dir + name, 'utf8')) && /^\t{1,2}\{$/m.test(readFileSync(dir + name, 'utf8')));

	it.each(files)('%s quotes the original message above every rule', name => {
		const lines = readFileSync(dir + name, 'utf8').split('\n');
		let ruleCount = 0;
		lines.forEach((line, index) => {
			if (!/^\t{1,2}\{$/.test(line)) return;
			ruleCount++;
			expect(lines[index - 1] ?? '', `${name}:${index + 1}`).toMatch(/^\s*\/\/ /);
		});
		expect(ruleCount).toBeGreaterThan(0);
	});
});
