import {defineConfig} from 'vitest/config';

// Real-browser tests against the built dist/ (npm run build first). One browser at a time.
export default defineConfig({
	test: {
		include: ['e2e/**/*.e2e.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
	},
});
