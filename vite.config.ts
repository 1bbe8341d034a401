import {defineConfig} from 'vite';
import preact from '@preact/preset-vite';
import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import manifest from './manifest.json' with {type: 'json'};
import pkg from './package.json' with {type: 'json'};

// The version shown by the browser always follows package.json.
const versioned = {...manifest, version: pkg.version};

export default defineConfig({
	// The JSON import widens literal types, hence the cast (TOOLCHAIN.md §6).
	plugins: [preact(), crx({manifest: versioned as ManifestV3Export})],
	build: {
		sourcemap: false,
		target: 'es2022',
		// Nothing in the manifest names the full-page view, so it is an input of its own.
		rollupOptions: {input: {explain: 'src/popup/explain.html'}},
	},
});
