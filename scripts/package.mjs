// npm run package: builds the extension into a private folder and writes the store packages
//   release/bounce-decoder-chrome-<version>.zip   Chrome Web Store
//   release/bounce-decoder-firefox-<version>.zip  addons.mozilla.org (AMO)
//   release/bounce-decoder-source-<version>.zip   the source AMO reviewers rebuild from (BUILD.md inside)
// The version is package.json's (vite.config.ts writes it into the manifest). No source maps, tests
// or fixtures go into the store packages; the script refuses to write one that would hold them.
//
// Options: --out DIR (default release/), --dist DIR (package an existing build instead of building).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve, sep} from 'node:path';
import {parseArgs} from 'node:util';
import {zip} from './zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const {values: options} = parseArgs({options: {out: {type: 'string'}, dist: {type: 'string'}}});
const OUT = resolve(options.out ?? join(ROOT, 'release'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const version = pkg.version;

/** Paths that must never ship to a store: source maps, tests, fixtures. */
export const FORBIDDEN = /(\.map$)|((^|\/)(test|tests|e2e|fixtures|__tests__)\/)|(\.(test|spec)\.[cm]?[jt]sx?$)/;

function walk(dir) {
	const out = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...walk(path));
		else out.push(path);
	}
	return out;
}

const toEntry = (base, path) => relative(base, path).split(sep).join('/');

async function buildInto(dir) {
	const {build} = await import('vite');
	await build({root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: {outDir: dir, emptyOutDir: true}});
	execFileSync(process.execPath, [join(ROOT, 'scripts/patch-manifest.mjs'), dir], {stdio: 'ignore'});
}

function storeFiles(dist, editManifest) {
	const files = [];
	for (const path of walk(dist)) {
		const name = toEntry(dist, path);
		if (name === '.DS_Store' || name.endsWith('/.DS_Store')) continue;
		if (FORBIDDEN.test(name)) throw new Error(`${dist} holds ${name}: source maps, tests and fixtures must not ship (is build.sourcemap on?)`);
		let data = readFileSync(path);
		if (name === 'manifest.json') {
			const manifest = JSON.parse(data.toString('utf8'));
			if (manifest.version !== version) throw new Error(`manifest version ${manifest.version} is not package.json's ${version}`);
			data = Buffer.from(JSON.stringify(editManifest(manifest), null, 2) + '\n');
		}
		files.push({name, data});
	}
	if (!files.some(f => f.name === 'manifest.json')) throw new Error(`${dist} has no manifest.json`);
	return files;
}

// Chrome ignores Firefox's keys but lists them as warnings; its package leaves them out.
function chromeManifest(manifest) {
	const {browser_specific_settings: _gecko, ...rest} = manifest;
	const {scripts: _scripts, ...background} = rest.background ?? {};
	return {...rest, background};
}

// Firefox gets the build exactly as the E2E tests and `web-ext lint` saw it.
const firefoxManifest = manifest => manifest;

const SOURCE_INCLUDE = /^(src\/|assets\/|scripts\/|manifest\.json$|package\.json$|package-lock\.json$|README\.md$|LICENSE|NOTICE$|vite\.config\.ts$|tsconfig(\.node)?\.json$|eslint\.config\.js$|\.gitignore$)/;

function sourcePaths() {
	let paths;
	try {
		// Tracked plus new, not ignored files: what a clone would hold, without node_modules or builds.
		paths = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
			.split('\0').filter(Boolean);
	} catch {
		paths = walk(ROOT).map(p => toEntry(ROOT, p)).filter(p => !/^(node_modules|dist|release|\.git)\//.test(p));
	}
	return [...new Set(paths)].filter(p => SOURCE_INCLUDE.test(p) && existsSync(join(ROOT, p)) && !FORBIDDEN.test(p)).sort();
}

const BUILD_MD = `# Building Bounce Decoder ${version} from source

This archive is the complete source of the Firefox add-on \`bounce-decoder-firefox-${version}.zip\`.
The add-on's JavaScript is bundled by Vite (with @crxjs/vite-plugin and @preact/preset-vite) from the
TypeScript in \`src/\`; nothing is minified by hand and no code is fetched at run time.

Requirements: Linux, macOS or Windows with Node.js 20.19 or newer and npm 10 or newer
(built on Debian 12 with Node 20.20.2 and npm 11.19).

\`\`\`sh
npm ci            # installs the exact versions in package-lock.json
npm run build     # vite build into dist/, then scripts/patch-manifest.mjs adds background.scripts
\`\`\`

\`dist/\` then holds exactly the files of the Firefox package. \`npm run package\` rebuilds and writes
the zips into \`release/\`. See README.md for everything else.
`;

function write(name, files) {
	const path = join(OUT, name);
	const data = zip(files);
	writeFileSync(path, data);
	console.log(`${relative(process.cwd(), path) || path}  ${(data.length / 1024).toFixed(1)} kB, ${files.length} files`);
	return path;
}

const dist = options.dist ? resolve(options.dist) : mkdtempSync(join(tmpdir(), 'bounce-decoder-package-'));
try {
	if (!options.dist) await buildInto(dist);
	mkdirSync(OUT, {recursive: true});
	write(`bounce-decoder-chrome-${version}.zip`, storeFiles(dist, chromeManifest));
	write(`bounce-decoder-firefox-${version}.zip`, storeFiles(dist, firefoxManifest));
	const source = sourcePaths().map(name => ({name, data: readFileSync(join(ROOT, name))}));
	source.push({name: 'BUILD.md', data: BUILD_MD});
	write(`bounce-decoder-source-${version}.zip`, source);
} finally {
	if (!options.dist) rmSync(dist, {recursive: true, force: true});
}
