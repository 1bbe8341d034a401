import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {decodeBounceWith} from '../../../src/core/decode';
import {parseMime, parseMimePostal} from '../../../src/core/decode/mime';
import {expectLightAgrees} from '../../helpers/mime';

// DESIGN.md: a MIME path other than postal-mime must give the same results as postal-mime on every
// corpus email. Needs ../shared: run by `npm run test:shared`; mime-light.test.ts has hand-written cases.

const DIRS = ['../shared/corpus/emails/', '../shared/corpus-extra/bounceparser/emails/', '../shared/corpus-extra/flufl-bounce/emails/', '../shared/corpus-text/texts/'];
const inputs = DIRS.flatMap((dir) => readdirSync(dir).sort().map((name) => new Uint8Array(readFileSync(dir + name))));

describe('the light MIME splitter on the corpora', () => {
	it('gives every corpus email the report postal-mime gives it, byte for byte as JSON', async () => {
		for (const bytes of inputs) {
			const light = JSON.stringify(await decodeBounceWith(bytes, parseMime));
			const postal = JSON.stringify(await decodeBounceWith(bytes, parseMimePostal));
			expect(light).toBe(postal);
			// The same as text (the popup, a paste): the string path encodes it as UTF-8 for both.
			const text = new TextDecoder().decode(bytes);
			expect(JSON.stringify(await decodeBounceWith(text, parseMime))).toBe(JSON.stringify(await decodeBounceWith(text, parseMimePostal)));
		}
		expect(inputs.length).toBeGreaterThan(550);
	});

	it('reads nearly every corpus email itself, each into the pieces postal-mime gives', async () => {
		const emails = inputs.filter((bytes) => /^[\w-]+:/m.test(new TextDecoder().decode(bytes.subarray(0, 2000))));
		let light = 0;
		for (const bytes of emails) if ((await expectLightAgrees(bytes)) === 'light') light++;
		expect(emails.length).toBeGreaterThan(500);
		// The rest (an HTML part standing alone beside a plain one) are left to postal-mime.
		expect(light / emails.length).toBeGreaterThan(0.99);
	});
});
