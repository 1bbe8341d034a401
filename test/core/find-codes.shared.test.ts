import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {findCodes, findMatches} from '../../src/core/find-codes';
import {expectValidOffsets} from '../helpers/offsets';

// Needs ../shared/corpus-text: run by `npm run test:shared` (.ci/run), not by `npm test`.

describe('corpus-text (DEV)', () => {
	interface Entry {
		id: string;
		replyCode: string;
		status: string;
	}
	const corpus = new URL('../../../shared/corpus-text/', import.meta.url);
	const entries = (JSON.parse(readFileSync(new URL('expected.json', corpus), 'utf8')) as Entry[]).filter(
		(e) => e.replyCode !== '' || e.status !== '',
	);
	// The id names the expected codes: it is only used to open the file, never shown to the finder.
	const texts = entries.map((e) => ({e, text: readFileSync(new URL(`texts/${e.id}.txt`, corpus), 'utf8')}));

	it('finds the expected reply code and status in every text that has them', () => {
		let hits = 0;
		const misses: string[] = [];
		for (const {e, text} of texts) {
			const findings = findCodes(text);
			const replyOk = e.replyCode === '' || findings.some((f) => f.reply?.code === e.replyCode);
			const statusOk = e.status === '' || findings.some((f) => f.enhanced?.code === e.status);
			if (replyOk && statusOk) hits++;
			else misses.push(e.id);
		}
		console.log(`corpus-text DEV: ${hits}/${texts.length} texts with their expected reply code and status found`);
		expect(misses).toEqual([]);
		expect(hits).toBe(texts.length);
	});

	it('puts the expected reply code and status in the same finding', () => {
		for (const {e, text} of texts) {
			if (e.replyCode === '' || e.status === '') continue;
			const pair = findCodes(text).some((f) => f.reply?.code === e.replyCode && f.enhanced?.code === e.status);
			expect(pair, e.id).toBe(true);
		}
	});

	it('has valid offsets in every text', () => {
		for (const {text} of texts) expectValidOffsets(text, findMatches(text));
	});
});
