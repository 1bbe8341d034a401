import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {build, defineConfig, type Plugin} from 'vite';
import preact from '@preact/preset-vite';
import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import manifest from './manifest.json' with {type: 'json'};
import pkg from './package.json' with {type: 'json'};

/** Where the content script lands in the build, and what the manifest names (README, Choices). */
export const CONTENT_SCRIPT = 'content.js';

// The version shown by the browser always follows package.json. crxjs never sees the content
// scripts: it would split them into chunks loaded through a web-accessible loader, which any web page
// could then fetch. contentScript() below builds them as one self-contained file instead.
const {content_scripts: contentScripts, ...rest} = manifest;
const versioned = {...rest, version: pkg.version};

/**
 * Builds src/content/index.ts as one classic script (IIFE: no import, no dynamic chunk) into the
 * output folder once the main build is written, and names it in the built manifest's content_scripts.
 */
function contentScript(): Plugin {
	let outDir = 'dist';
	const root = import.meta.dirname;
	return {
		name: 'bounce-decoder:content-script',
		apply: 'build',
		configResolved(config) {
			outDir = resolve(config.root, config.build.outDir);
		},
		async closeBundle(error?: Error) {
			if (error) return;
			await build({
				configFile: false,
				root,
				logLevel: 'warn',
				plugins: [preact()],
				// Library builds leave process.env alone; nothing may reach the page that reads it.
				define: {'process.env.NODE_ENV': JSON.stringify('production')},
				build: {
					outDir,
					emptyOutDir: false,
					copyPublicDir: false,
					sourcemap: false,
					target: 'es2022',
					minify: true,
					lib: {entry: join(root, 'src/content/index.ts'), formats: ['iife'], name: 'bounceDecoderContent', fileName: () => CONTENT_SCRIPT},
				},
			});
			const path = join(outDir, 'manifest.json');
			const built = JSON.parse(readFileSync(path, 'utf8'));
			built.content_scripts = contentScripts.map(entry => ({...entry, js: [CONTENT_SCRIPT]}));
			writeFileSync(path, JSON.stringify(built, null, 2) + '\n');
		},
	};
}

export default defineConfig({
	// The JSON import widens literal types, hence the cast (TOOLCHAIN.md §6).
	plugins: [preact(), crx({manifest: versioned as ManifestV3Export}), contentScript()],
	build: {
		sourcemap: false,
		target: 'es2022',
		// Nothing in the manifest names the full-page view, the welcome page (background/welcome.ts opens
		// it on install) or the DNS page (a card's "Check DNS" opens it), so each is an input of its own.
		rollupOptions: {input: {explain: 'src/popup/explain.html', welcome: 'src/welcome/welcome.html', dns: 'src/popup/dns.html'}},
	},
	// The popup's decode worker (src/popup/use-decode.ts) is a module worker: one ES file of its own
	// in assets/, loaded from the extension's origin, which the pages' `script-src 'self'` allows.
	worker: {format: 'es'},
});
