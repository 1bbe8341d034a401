// npm run build:lib (npm pack runs it through prepack): what the npm package ships besides README,
// LICENSE and NOTICE.
//   dist-lib/index.js            the core (src/core/index.ts) as one ES module with no imports: postal-mime
//                                is bundled in, so the package has no dependencies and decodes with the
//                                exact postal-mime its accuracy was measured with. Runs in Node and browsers.
//   dist-lib/types/**/*.d.ts     its type declarations (tsc, tsconfig.lib.json): only the files index.d.ts
//                                reaches, their relative imports ending in .js as Node's ESM resolution
//                                (moduleResolution node16/nodenext) requires.
//   dist-cli/bounce-decoder.cjs  the package's `bin`: a small loader that runs dist-cli/cli.js, the CLI
//   dist-cli/cli.js              (src/cli/main.ts) bundled as one script, nothing to resolve at start-up,
//                                with V8's code cache (dist-cli/bounce-decoder.cache, written by a first
//                                run, not shipped): scripts/cli-bin.mjs.
//   dist-cli/fflate.cjs          fflate's CommonJS build, which cli.js loads at the first gzip input.
// The extension's build (vite.config.ts) is a separate thing; this script does not read that config.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, posix, resolve} from 'node:path';
import {build} from 'vite';
import {warmBin, writeBin} from './cli-bin.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'dist-lib');
const CLI = join(ROOT, 'dist-cli');
const require = createRequire(import.meta.url);

/** Settings both bundles share: no config file, no public dir, no source maps, nothing copied. */
const common = {root: ROOT, configFile: false, logLevel: 'warn', publicDir: false};

async function buildLibrary() {
	await build({
		...common,
		build: {
			outDir: LIB,
			emptyOutDir: true,
			target: 'es2022',
			minify: false,
			sourcemap: false,
			copyPublicDir: false,
			lib: {entry: join(ROOT, 'src/core/index.ts'), formats: ['es'], fileName: () => 'index.js'},
		},
	});
}

async function buildCli() {
	const temp = mkdtempSync(join(tmpdir(), 'bounce-decoder-cli-'));
	try {
		await build({
			...common,
			// Node's built-in modules stay imports; everything else (the core, postal-mime) goes into the file.
			ssr: {target: 'node', noExternal: true},
			build: {
				outDir: temp,
				emptyOutDir: true,
				target: 'node20',
				minify: true,
				sourcemap: false,
				copyPublicDir: false,
				ssr: join(ROOT, 'src/cli/main.ts'),
				// CommonJS: the bin compiles it as a script through node:vm, for V8's code cache (cli-bin.mjs).
				rollupOptions: {output: {format: 'cjs', entryFileNames: 'cli.cjs'}},
			},
		});
		rmSync(CLI, {recursive: true, force: true});
		mkdirSync(CLI);
		writeBin(readFileSync(join(temp, 'cli.cjs'), 'utf8'), CLI);
		// fflate's CommonJS build beside the script, which loads it at the first gzip input
		// (src/cli/gzip.ts says why it is not in the bundle); its licence is in NOTICE.
		writeFileSync(join(CLI, 'fflate.cjs'), `// fflate ${require('fflate/package.json').version} (MIT License: see NOTICE), its CommonJS build, loaded by cli.js for gzip input.\n${readFileSync(require.resolve('fflate'), 'utf8')}`);
		// One run on a code and on the test bounces writes the code cache of what such runs compile.
		warmBin(CLI, ['--json', '550', join(ROOT, 'test/fixtures/bounces')]);
	} finally {
		rmSync(temp, {recursive: true, force: true});
	}
}

const RELATIVE = /(\bfrom\s+|\bimport\s*\(\s*)'(\.{1,2}\/[^']*)'/g;

/**
 * Copies the declarations index.d.ts reaches from `from` into `to`, each relative specifier given the
 * file it names (`./explain` → `./explain.js`, `./data` → `./data/index.js`).
 */
function copyDeclarations(from, to) {
	const queue = ['index.d.ts'];
	const seen = new Set(queue);
	while (queue.length > 0) {
		const file = queue.shift();
		const text = readFileSync(join(from, file), 'utf8').replace(RELATIVE, (whole, lead, specifier) => {
			const base = posix.join(posix.dirname(file), specifier);
			const target = [`${base}.d.ts`, `${base}/index.d.ts`].find(candidate => existsSync(join(from, candidate)));
			if (!target) throw new Error(`${file}: no declaration for ${specifier}`);
			if (!seen.has(target)) {
				seen.add(target);
				queue.push(target);
			}
			let rewritten = posix.relative(posix.dirname(file), target).replace(/\.d\.ts$/, '.js');
			if (!rewritten.startsWith('.')) rewritten = `./${rewritten}`;
			return `${lead}'${rewritten}'`;
		});
		mkdirSync(dirname(join(to, file)), {recursive: true});
		writeFileSync(join(to, file), text);
	}
	return seen.size;
}

function buildDeclarations() {
	const temp = mkdtempSync(join(tmpdir(), 'bounce-decoder-dts-'));
	try {
		execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.lib.json'), '--outDir', temp], {cwd: ROOT, stdio: 'inherit'});
		return copyDeclarations(temp, join(LIB, 'types'));
	} finally {
		rmSync(temp, {recursive: true, force: true});
	}
}

await buildLibrary();
await buildCli();
const declarations = buildDeclarations();
console.log(`dist-lib/index.js, ${declarations} declaration files in dist-lib/types, dist-cli/bounce-decoder.cjs and cli.js`);
