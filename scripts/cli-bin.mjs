// The package's `bin`, written by build-lib.mjs: dist-cli/bounce-decoder.cjs, a small CommonJS loader,
// and dist-cli/cli.js, the CLI (src/cli/main.ts) bundled as one script, which the loader compiles
// through node:vm with V8's code cache.
//
// Why: the bundle (~0.9 MB) loaded as an ES module was parsed and compiled at every start, and Node 20
// keeps no compile cache for modules. A vm.Script takes V8's cached data: the compiled code of the
// functions a run used, written once (by the build's warm-up run, else by the first run that found
// none) to dist-cli/bounce-decoder.cache, if that folder is writable. With a CommonJS loader, Node's
// ES module loader is not started at all. `bounce-decoder --json 550`: CPU time 147 → 115 ms
// (median of 40 interleaved runs; `node -e 0` 67 ms).
//
// Why it is sound: the data file starts with the length and CRC-32 of the script it was made from,
// and is given to V8 only when they equal those of the script read now (V8 itself checks a script
// only by its length); V8 refuses data made by another V8 version or under other V8 flags. A script
// changed in place to one of the same length would have to keep its CRC-32 by chance (1 in 2^32).
// Data refused or missing only means compiling as without it: the same code, the same output. The
// data holds compiled code, never results: nothing of any input is kept. (A SHA-1 needed
// node:crypto, whose loading cost ~4 ms of every start: `--json 550` 107.7 → 103.8 ms, medians of
// 30 interleaved runs on 2026-12-07; zlib.crc32 reads the 0.9 MB in ~0.4 ms.)
import {execFileSync} from 'node:child_process';
import {chmodSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/**
 * The command's flags (its first line). V8's default heap sizing lets a long run's garbage pile up
 * to 190–230 MB of RSS while under 20 MB is live; a small young generation and an old-generation
 * ceiling keep a 100,000-email run near 110–130 MB (DESIGN.md: ≤ 150 MB). That costs speed: on
 * 19,383 distinct emails (2026-12-07, three interleaved pairs, load ~1) the bin took 3.97–4.04 s and
 * 108–111 MB, `node dist-cli/bounce-decoder.cjs` with V8's defaults 3.52–3.53 s and 169–177 MB: ~11%
 * more wall time for a third less memory; `--jobs 2`'s second heap leaves no room for more. Every input
 * is read at most 512 KiB at a time, so 256 MB of old generation is far above what any run holds.
 * `--v8-pool-size=0`: Node sizes V8's helper threads (its optimising compiler's, above all) from
 * the machine's cores (one thread on these two) instead of its fixed four, which on two cores take
 * the main thread's core from it while the JIT warms up. 2026-12-07, 2 cores: 19,383 distinct
 * emails, eight interleaved rounds, one thread 3.96 → 3.65 s (median) at 106 → 101 MB, `--jobs 2`
 * 3.83 → 3.83 s at 133 → 125 MB; 100,394 emails, two rounds, one thread 15.8–18.1 → 15.7–15.9 s at
 * 117 → 109 MB, `--jobs 2` 12.0–12.4 → 11.6–12.0 s at 142 → 136 MB (both sides with
 * `--single-threaded-gc`, then in the flags). That flag, which keeps the collector's own helper
 * threads off the cores, was then measured again and dropped: with the pool sized so, one thread ran
 * slower with it (19,383 emails, six rounds: 3.60 against 3.48 s; 100,394: 15.9 against 15.5 s) and
 * `--jobs 2` barely faster (3.83 against 3.86 s; 12.05 against 12.4 s).
 * `--max-inlined-bytecode-size=60`: the optimising compiler inlines no function of more than 60
 * bytes of bytecode (V8's default: 460). A run's compiling is work of its own: ~410 optimised
 * compilations, ~1.2 s of a helper thread's time on 19,383 emails (`--trace-opt`; without concurrent
 * compiling one thread took 4.51 s against 3.40), and as much again in a `--jobs` worker, so with
 * `--jobs 2` on two cores both heaps' compiling takes time from the decoding threads; each compilation
 * is smaller with less inlined. 2026-12-07, 2 cores, the bin with and without the flag (each with its
 * code cache): 19,383 distinct emails, six interleaved rounds, one thread 3.33 against 3.34 s (medians)
 * at 4.71 → 4.44 s of CPU, `--jobs 2` 3.09 → 2.88 s at 5.62 → 5.09 s; 100,394 emails, two rounds, one
 * thread 14.76 → 14.68 s at 18.2 → 17.4 s of CPU and 108 → 104 MB, `--jobs 2` 10.82 → 10.48 s at 140 →
 * 137 MB. Sizes 40 and 90 (flags given to `node`, five rounds on the 19,383): one thread 3.40 and 3.40
 * against 3.34 s at 60, `--jobs 2` 2.93 and 3.00 against 2.92 s. Measured and not kept beside it (three
 * rounds, `--jobs 2`, all within the rounds' noise): `--maglev`, a cumulative inlining budget of 200,
 * `--no-turbo-loop-peeling`, `--no-use-osr`; `--no-turbo-inlining` (one thread 3.64 against 3.41 s).
 * `--no-regexp-tier-up`: a regular expression is compiled to machine code at its first use, not
 * first to V8's regexp bytecode and then again once it runs a second time. A bulk run uses ~650
 * expressions (647 distinct ones on 2,000 of the copies, 190 runs an email), nearly all of them more
 * than once in the run, so each is compiled once rather than twice, and the run's first emails,
 * before the JIT has warmed up, go faster. 2026-12-07, 2 cores, the bin with and
 * without it (each with its code cache): 19,383 distinct emails, six interleaved rounds, one thread
 * 3.41 → 3.29 s (medians), `--jobs 2` 2.81 and 2.81 s; 100,394 emails, two rounds, one thread 15.17
 * → 14.63 s, `--jobs 2` 10.70 → 10.67 s; `--json 550` 94 → 92 ms (20 interleaved runs).
 * `env -S` passes the flags (GNU coreutils ≥ 8.30, BSD/macOS env; npm's Windows shims read the same
 * line). The code cache is made under these flags: run with others, V8 refuses it.
 */
const FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=256', '--v8-pool-size=0', '--max-inlined-bytecode-size=60', '--no-regexp-tier-up'];

export const BIN = 'bounce-decoder.cjs';
export const SCRIPT = 'cli.js';
const CACHE = 'bounce-decoder.cache';

/**
 * The loader: it compiles the script with the cached data when that was made from this very script,
 * runs it, and, when V8 took no data, writes it at the end of the main thread's run (only under the
 * command's own flags: data made under others would be refused by the next run, which would write
 * its own in turn).
 */
const LOADER = `#!/usr/bin/env -S node ${FLAGS.join(' ')}
// bounce-decoder's command: runs ${SCRIPT} (src/cli/main.ts bundled) through node:vm with V8's code
// cache. Written by scripts/build-lib.mjs (scripts/cli-bin.mjs says why and why it is sound).
'use strict';
const {closeSync, openSync, readFileSync, renameSync, rmSync, writeSync} = require('node:fs');
const {join} = require('node:path');
const {Script} = require('node:vm');
const {crc32} = require('node:zlib');

const FLAGS = ${JSON.stringify(FLAGS.join(' '))};
const scriptFile = join(__dirname, ${JSON.stringify(SCRIPT)});
const cacheFile = join(__dirname, ${JSON.stringify(CACHE)});
const bytes = readFileSync(scriptFile);
// The script's length and CRC-32: where the data file starts when made from this very script.
const id = bytes.length + ':' + crc32(bytes).toString(16).padStart(8, '0') + ';';
let cached;
try {
	const data = readFileSync(cacheFile);
	if (data.toString('latin1', 0, id.length) === id) cached = data.subarray(id.length);
} catch {}
const script = new Script(bytes.toString('utf8'), {filename: scriptFile, cachedData: cached});
if ((cached === undefined || script.cachedDataRejected) && process.execArgv.join(' ') === FLAGS && require('node:worker_threads').isMainThread) {
	process.once('exit', () => {
		const temporary = cacheFile + '.' + process.pid;
		let fd;
		try {
			// Opened first: in a folder this user cannot write (a global install) the data is not even
			// made, and the next run compiles as this one did.
			fd = openSync(temporary, 'wx');
			writeSync(fd, Buffer.concat([Buffer.from(id, 'latin1'), script.createCachedData()]));
			closeSync(fd);
			fd = undefined;
			renameSync(temporary, cacheFile);
		} catch {
			try {
				if (fd !== undefined) closeSync(fd);
				rmSync(temporary, {force: true});
			} catch {}
		}
	});
}
// The script's id goes to it too: it keeps the core's built tables beside it under that id (src/cli/kept-tables.ts).
script.runInThisContext()(require, __filename, __dirname, id);
`;

/**
 * Writes the loader and the script for `code` (a CommonJS-format bundle that may use `require`,
 * `__filename` and `__dirname`, which are the loader's, and `__bounceDecoderScript`, the script's id
 * as the loader checks its code cache against) into `folder`; any old cache is removed (kept tables of
 * another script are refused by their id and written anew: src/cli/kept-tables.ts).
 */
export function writeBin(code, folder) {
	const script = `// The CLI of bounce-decoder (src/cli/main.ts) bundled: run by ${BIN}, not to be imported.\n(function (require, __filename, __dirname, __bounceDecoderScript) {\n${code}\n})\n`;
	writeFileSync(join(folder, SCRIPT), script);
	writeFileSync(join(folder, BIN), LOADER);
	chmodSync(join(folder, BIN), 0o755);
	rmSync(join(folder, CACHE), {force: true});
}

/**
 * Runs the command once as a user would (through its first line, so under its flags) on `args`,
 * which writes the code cache of what such a run compiles.
 */
export function warmBin(folder, args) {
	execFileSync(join(folder, BIN), args, {stdio: ['ignore', 'ignore', 'inherit']});
}
