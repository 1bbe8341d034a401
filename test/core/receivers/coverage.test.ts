// The README's provider coverage table, computed: for each receiving provider's published list
// (test/core/receivers/published/), each entry's reply line is read the way a user meets it — pasted
// alone (explainText) and inside a whole bounce from the provider's MX (decodeBounce, then explainText
// with the report) — and counts as explained when the card is that provider's. The README's table
// must equal the computed one; `npm run coverage:readme` (UPDATE_README=1) writes it there.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {decodeBounce, explainText} from '../../../src/core';
import {postfixBounce} from './bounce';
import {PUBLISHED} from './published';
import type {PublishedList} from './published/types';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const START = '<!-- provider-coverage:start (npm run coverage:readme) -->';
const END = '<!-- provider-coverage:end -->';

interface Counted {
	list: PublishedList;
	alone: string[];
	inBounce: string[];
}

const explainedAlone = (list: PublishedList, line: string): boolean => explainText(line).some(r => r.explanation.provider?.id === list.provider);

async function explainedInBounce(list: PublishedList, line: string): Promise<boolean> {
	const text = postfixBounce(line, list.host, list.recipient);
	const report = await decodeBounce(text);
	return explainText(text, report).some(r => r.explanation.provider?.id === list.provider);
}

async function count(list: PublishedList): Promise<Counted> {
	const counted: Counted = {list, alone: [], inBounce: []};
	for (const [entry, line] of list.entries) {
		if (explainedAlone(list, line)) counted.alone.push(entry);
		if (await explainedInBounce(list, line)) counted.inBounce.push(entry);
	}
	return counted;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The README's table: one row per list, the entries no card explains inside a bounce named. */
function table(rows: Counted[]): string {
	const lines = [
		'| provider | published list | entries | explained inside a bounce | explained in a pasted line | not explained inside a bounce |',
		'|---|---|---:|---:|---:|---|',
	];
	let published = 0;
	let inBounce = 0;
	let alone = 0;
	for (const {list, alone: a, inBounce: b} of rows) {
		const total = list.pageRows ?? list.entries.length;
		const missing = list.entries.map(([entry]) => entry).filter(entry => !b.includes(entry));
		const untranscribed = total - list.entries.length;
		const gaps = [
			...missing.map(entry => `\`${cell(entry)}\``),
			...(untranscribed > 0 ? [`${untranscribed} rows not transcribed`] : []),
			...(list.partOfPage ? ['the page’s other cases not transcribed (not counted)'] : []),
		];
		lines.push(`| ${list.name} | [${cell(list.title)}](${list.source}) | ${total} | ${b.length} | ${a.length} | ${gaps.join(', ') || '—'} |`);
		published += total;
		inBounce += b.length;
		alone += a.length;
	}
	lines.push(`| **all** | | **${published}** | **${inBounce}** | **${alone}** | |`);
	return lines.join('\n');
}

describe('provider coverage of the published lists', () => {
	const counted: Counted[] = [];
	beforeAll(async () => {
		for (const list of PUBLISHED) counted.push(await count(list));
	});

	it('has one list per provider, each entry once, every line a reply', () => {
		expect(new Set(PUBLISHED.map(list => list.name)).size).toBe(PUBLISHED.length);
		for (const list of PUBLISHED) {
			expect(new Set(list.entries.map(([entry]) => entry)).size, list.name).toBe(list.entries.length);
			expect(list.source, list.name).toMatch(/^https:\/\//);
			if (list.pageRows !== undefined) expect(list.pageRows, list.name).toBeGreaterThan(list.entries.length);
		}
	});

	it('explains most entries of every list inside a bounce from the provider', () => {
		for (const {list, inBounce} of counted) expect(inBounce.length, list.name).toBeGreaterThan(0);
	});

	it('matches the README’s table (UPDATE_README=1 rewrites it)', () => {
		const computed = table(counted);
		const readme = readFileSync(README, 'utf8');
		const start = readme.indexOf(START);
		const end = readme.indexOf(END);
		expect(start, `README.md needs the markers ${START} … ${END}`).toBeGreaterThanOrEqual(0);
		expect(end).toBeGreaterThan(start);
		const current = readme.slice(start + START.length, end).trim();
		if (process.env.UPDATE_README === '1' && current !== computed) {
			writeFileSync(README, `${readme.slice(0, start + START.length)}\n${computed}\n${readme.slice(end)}`);
			return;
		}
		expect(current, `The README's provider table differs from the computed one; run npm run coverage:readme, or put this between the markers:\n${computed}\n`).toBe(computed);
	});
});
