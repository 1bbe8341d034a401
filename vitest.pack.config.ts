// `npm run test:pack`: the npm package as a user installs it (`npm pack`, installed into an empty project
// without the network). It builds the package, so it runs apart from `npm test`; .ci/run runs it.
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.pack.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
	},
});
