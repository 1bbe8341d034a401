import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
	plugins: [preact()],
	// The package's own name, as docs/examples and test/docs import it, is the core's source here (no build needed).
	resolve: {alias: [{find: /^bounce-decoder$/, replacement: fileURLToPath(new URL('src/core/index.ts', import.meta.url))}]},
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Tests that read ../shared run in `npm run test:shared` (vitest.shared.config.ts), the npm package's
		// in `npm run test:pack` (vitest.pack.config.ts).
		exclude: ['test/**/*.shared.test.ts', 'test/**/*.pack.test.ts', 'node_modules/**'],
		environment: 'node',
		// UI and content-script tests opt into happy-dom with a `@vitest-environment happy-dom` docblock.
		testTimeout: 60_000,
	},
});
