// `npm run test:shared`: the tests that read ../shared (the IANA and RFC reference tables, fuzzing seeded with real bounces,
// invariance of verdicts, the scanner's prefilter on real text). `npm test` runs without ../shared;
// .ci/run runs these beside `npm run eval -- --check`.
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.shared.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
	},
});
