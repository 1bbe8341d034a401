// detectProviders finds what searching every receiver's patterns one by one finds, on every corpus
// email and text, whole and line by line. Needs ../shared: run by `npm run test:shared`.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {detectProviders} from '../../../src/core/receivers';
import {beginEmail} from '../../../src/core/email-scope';
import {referenceDetect} from './detect-reference';

const ids = (list: readonly {id: string}[]): string[] => list.map(r => r.id);

describe('detectProviders on the corpora', () => {
	it('matches the one-by-one search on every corpus email and text, and on each of their lines', () => {
		const dirs = ['../shared/corpus/emails/', '../shared/corpus-text/texts/', '../shared/corpus-extra/bounceparser/emails/', '../shared/corpus-extra/flufl-bounce/emails/'];
		let files = 0;
		let named = 0;
		const lines = new Set<string>();
		for (const dir of dirs) {
			for (const name of readdirSync(dir)) {
				const text = readFileSync(dir + name, 'utf8');
				beginEmail();
				const found = ids(detectProviders(text));
				expect(found).toEqual(ids(referenceDetect(text)));
				if (found.length > 0) named++;
				for (const line of text.split('\n')) lines.add(line);
				files++;
			}
		}
		for (const line of lines) {
			beginEmail();
			expect(ids(detectProviders(line)), line).toEqual(ids(referenceDetect(line)));
		}
		expect(files).toBeGreaterThan(500);
		expect(named).toBeGreaterThan(100);
	});
});
