import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {bounceHosts} from '../../src/core/bounce-provider';
import {referenceHosts} from './bounce-provider-reference';

// The host fields read where their keywords are give the same hosts as whole-text searches on real
// bounces. Needs ../shared: run by `npm run test:shared`; bounce-provider.test.ts covers made-up texts.
describe('bounceHosts on the corpora', () => {
	it('matches the whole-text searches on every corpus email and text', () => {
		const dirs = ['../shared/corpus/emails/', '../shared/corpus-text/texts/', '../shared/corpus-extra/bounceparser/emails/', '../shared/corpus-extra/flufl-bounce/emails/'];
		let files = 0;
		for (const dir of dirs) {
			for (const name of readdirSync(dir)) {
				const text = readFileSync(dir + name, 'utf8');
				expect(bounceHosts(text)).toEqual(referenceHosts(text));
				files++;
			}
		}
		expect(files).toBeGreaterThan(500);
	});
});
