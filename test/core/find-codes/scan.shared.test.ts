import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {scanMatches} from '../../../src/core/find-codes/scan';

// The scanner's prefilter changes no token on real bounces. Needs ../shared: run by
// `npm run test:shared` (.ci/run), not by `npm test`; scan.test.ts covers generated texts and fixtures.

const same = (text: string): void => {
	expect(scanMatches(text, true)).toEqual(scanMatches(text, false));
};

describe('scanMatches prefilter on the corpora', () => {
	it('changes no token on the corpus emails and corpus texts', () => {
		const dirs = ['../shared/corpus/emails/', '../shared/corpus-text/texts/'];
		let files = 0;
		for (const dir of dirs) {
			for (const name of readdirSync(dir)) {
				same(readFileSync(dir + name, 'utf8'));
				files++;
			}
		}
		expect(files).toBeGreaterThan(400);
	});
});
