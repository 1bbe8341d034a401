import {defineConfig} from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
	plugins: [preact()],
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// UI and content-script tests opt into happy-dom with a `@vitest-environment happy-dom` docblock.
		testTimeout: 60_000,
	},
});
