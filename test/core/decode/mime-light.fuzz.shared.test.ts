import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {decodeBounce, decodeBounceWith} from '../../../src/core/decode';
import {parseMimePostal} from '../../../src/core/decode/mime';
import {expectLightAgrees, latin1Bytes, mutateMime} from '../../helpers/mime';
import {mulberry32} from '../../helpers/prng';

// Corpus emails damaged at random (truncated, boundaries and headers broken, random bytes): the
// light MIME splitter gives postal-mime's pieces or leaves the message to postal-mime, and never
// throws. Seeded, so a failure reproduces. Needs ../shared: run by `npm run test:shared`.

const DIRS = ['../shared/corpus/emails/', '../shared/corpus-extra/bounceparser/emails/', '../shared/corpus-extra/flufl-bounce/emails/'];
const corpus = DIRS.flatMap((dir) => readdirSync(dir).sort().map((name) => readFileSync(dir + name, 'latin1')));

describe('the light MIME splitter on damaged corpus emails', () => {
	it('agrees with postal-mime or leaves the message to it', async () => {
		const rnd = mulberry32(0x5eed_4d1e);
		const read = {light: 0, postal: 0};
		for (let i = 0; i < 3000; i++) {
			const raw = mutateMime(corpus[Math.floor(rnd() * corpus.length)]!, rnd);
			// Bytes as damaged, or the same read as UTF-8 text (the string path).
			const input = rnd() < 0.8 ? latin1Bytes(raw) : new TextDecoder().decode(latin1Bytes(raw));
			read[await expectLightAgrees(input)]++;
			if (i % 10 === 0) expect(JSON.stringify(await decodeBounce(input))).toBe(JSON.stringify(await decodeBounceWith(input, parseMimePostal)));
		}
		// Damage sends some to postal-mime; most stay on the light path, so the comparison means something.
		expect(read.light).toBeGreaterThan(2400);
	});
});
