// Whole-process bulk throughput (DESIGN.md budget: ≥ 10× Perl Sisimai's emails/s on ≥ 19,000
// distinct emails in one run, aim 20×; peak memory ≤ 150 MB on 100,000 emails). Both sides are timed
// as the process a user runs, start-up included, over the same folder of distinct copies of the
// corpus's emails (bench/copies.ts): our CLI (`--json`, output to /dev/null) and a Perl one-liner that
// has Sisimai read the folder and dump each result as JSON to /dev/null. Runs interleaved, best of N.
// Ours runs as a user runs it, with no --jobs (the default: src/cli/pool.ts defaultThreads, two
// threads with --json on a machine of two cores or more), and in one thread (--jobs 1); on a machine
// with more cores than the default uses, also with --jobs set to the number of cores. Peak memory is
// measured for each. Ours also runs with --csv, one row per recipient: the per-recipient fields that
// Sisimai's dump holds, with no codes read (JSON's codes[] explains each reply of the text, which
// Sisimai's output has no counterpart of). One thread also runs over the folder given twice, whose
// second pass tells what start-up and the JIT's warm-up cost the one-pass run.
// Run: npx tsx bench/bulk.bench.ts [--runs N] [--no-memory]
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {sourceEmails, writeCopies} from './copies';
import {defaultThreads} from '../src/cli/threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Distinct emails in the timed folder (DESIGN.md: at least 19,000). */
export const RATIO_EMAILS = 19_000;
/** Emails in the memory run. */
export const MEMORY_EMAILS = 100_000;

export interface OurCli {
	/** The JavaScript file node runs: the package's bin. */
	file: string;
	/** Whether it was (re)built for this run. */
	built: boolean;
}

function packageBin(): string {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {bin?: string | Record<string, string>};
	const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['bounce-decoder'];
	if (!bin) throw new Error('package.json names no bin: nothing to run as a whole process');
	return resolve(ROOT, bin);
}

function newestSource(folder: string): number {
	let newest = 0;
	for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
		if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/**
 * The CLI as users run it: the package's bundled bin (one JavaScript file, no TypeScript loader),
 * built by `npm run build:lib` first when it is missing or older than any file under src/.
 */
export function ourCli(): OurCli {
	const file = packageBin();
	const built = !existsSync(file) || statSync(file).mtimeMs < newestSource(join(ROOT, 'src'));
	if (built) execFileSync('npm', ['run', '--silent', 'build:lib'], {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']});
	return {file, built};
}

export interface Timed {
	seconds: number;
	/** Peak resident memory in MB (from /usr/bin/time), when measured. */
	maxRssMb?: number;
	status: number | null;
	stderr: string;
}

export function timed(command: string, args: string[], cwd: string, measureMemory = false): Timed {
	const memory = measureMemory && existsSync('/usr/bin/time');
	const [cmd, argv] = memory ? ['/usr/bin/time', ['-f', 'maxrss-kb %M', command, ...args]] : [command, args];
	const start = process.hrtime.bigint();
	const run = spawnSync(cmd, argv, {cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024});
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const rss = /maxrss-kb (\d+)\s*$/.exec(run.stderr ?? '');
	return {seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : undefined, status: run.status, stderr: (run.stderr ?? '').replace(/maxrss-kb \d+\s*$/, '')};
}

/**
 * Our CLI over a folder (one INPUT, or the same folder `passes` times), writing `format`, in `jobs`
 * threads (--jobs), or as a user runs it with no --jobs when `jobs` is undefined.
 */
function runOurs(cli: OurCli, folder: string, jobs?: number, measureMemory = false, passes = 1, format = '--json'): Timed {
	// Output goes to /dev/null (stdout ignored), as on the Sisimai side.
	// The bin itself, as npx and a shell run it: its first line sets Node's heap flags.
	const run = timed(cli.file, [format, ...(jobs === undefined ? [] : ['--jobs', String(jobs)]), ...Array<string>(passes).fill('.')], folder, measureMemory);
	if (run.status !== 0 && run.status !== 2) throw new Error(`our CLI failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
	return run;
}

const SISIMAI = `use strict; use Sisimai;
my $data = Sisimai->make($ARGV[0], delivered => 1, vacation => 1) || [];
open(my $out, '>', '/dev/null') or die; my $n = 0;
for my $e (@$data) { print $out $e->dump('json'), "\\n"; $n++ }
print STDERR "sisimai $Sisimai::VERSION results $n\\n";`;

export function sisimaiVersion(): string | undefined {
	const run = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], {encoding: 'utf8'});
	return run.status === 0 ? run.stdout.trim() : undefined;
}

/** Sisimai over the same folder, in one Perl process. */
function runSisimai(folder: string): Timed {
	return timed('perl', ['-e', SISIMAI, folder], folder);
}

export interface BulkRatio {
	emails: number;
	megabytes: number;
	runs: number;
	cli: OurCli;
	/** As a user runs it: no --jobs, so `threads` threads (defaultThreads on this machine). */
	ours: Timed & {threads: number};
	/** One thread (--jobs 1). */
	single: Timed;
	/** With --jobs set to the number of cores, on a machine with more cores than the default uses. */
	workers?: Timed & {jobs: number};
	/**
	 * One thread over the folder given twice (`--jobs 1 --json FOLDER FOLDER`): the second pass, its
	 * time less the one-thread run's, is the rate past start-up and the JIT's warm-up.
	 */
	twice: Timed;
	/** --csv as a user runs it (one thread: defaultThreads): a row per recipient, no codes read. */
	csv: Timed;
	sisimai?: Timed & {version: string};
	ratio?: number;
}

/** Where benchBulk writes its copies in a scratch folder (the gzip bench reads them too). */
export function copiesFolder(scratch: string): string {
	return join(scratch, 'emails');
}

/** Best-of-`runs` whole-process times of both sides over one folder of ≥ RATIO_EMAILS distinct emails. */
export function benchBulk(scratch: string, runs = 3): BulkRatio {
	const sources = sourceEmails();
	const copies = writeCopies(copiesFolder(scratch), sources, RATIO_EMAILS);
	const cli = ourCli();
	const version = sisimaiVersion();
	const jobs = availableParallelism();
	const threads = defaultThreads(true, jobs);
	let ours: Timed | undefined;
	let single: Timed | undefined;
	let twice: Timed | undefined;
	let workers: Timed | undefined;
	let csv: Timed | undefined;
	let sisimai: Timed | undefined;
	const best = (a: Timed | undefined, b: Timed): Timed => (!a || b.seconds < a.seconds ? b : a);
	for (let r = 0; r < runs; r++) {
		ours = best(ours, runOurs(cli, copies.folder));
		// Where the default is one thread already, its run is the one-thread run.
		if (threads > 1) single = best(single, runOurs(cli, copies.folder, 1));
		twice = best(twice, runOurs(cli, copies.folder, 1, false, 2));
		if (jobs > threads) workers = best(workers, runOurs(cli, copies.folder, jobs));
		csv = best(csv, runOurs(cli, copies.folder, undefined, false, 1, '--csv'));
		if (version) {
			const b = runSisimai(copies.folder);
			if (b.status !== 0) throw new Error(`Sisimai failed (exit ${b.status}): ${b.stderr.slice(0, 500)}`);
			if (!sisimai || b.seconds < sisimai.seconds) sisimai = b;
		}
	}
	return {
		emails: copies.files, megabytes: copies.bytes / 1024 / 1024, runs, cli, ours: {...ours!, threads}, single: single ?? ours!, twice: twice!, csv: csv!,
		workers: workers && {...workers, jobs},
		sisimai: sisimai && version ? {...sisimai, version} : undefined,
		ratio: sisimai ? sisimai.seconds / ours!.seconds : undefined,
	};
}

/** Peak memory of one CLI run over MEMORY_EMAILS distinct emails, and its rate. */
export interface MemoryRun {
	emails: number;
	/** --jobs as given; undefined: as a user runs it (`threads` threads, defaultThreads). */
	jobs?: number;
	threads: number;
	seconds: number;
	maxRssMb?: number;
}

/**
 * Peak memory of CLI runs over MEMORY_EMAILS distinct emails: as a user runs it (no --jobs), in one
 * thread where that default is more, and with --jobs set to the number of cores where that is more still.
 */
export function benchMemory(scratch: string): MemoryRun[] {
	const cli = ourCli();
	const folder = join(scratch, 'memory');
	const copies = writeCopies(folder, sourceEmails(), MEMORY_EMAILS, 1000);
	const cores = availableParallelism();
	const threads = defaultThreads(true, cores);
	const asked: (number | undefined)[] = [undefined, ...(threads > 1 ? [1] : []), ...(cores > threads ? [cores] : [])];
	return asked.map(jobs => {
		const run = runOurs(cli, folder, jobs, true);
		return {emails: copies.files, jobs, threads: jobs ?? threads, seconds: run.seconds, maxRssMb: run.maxRssMb};
	});
}

/** One line per memory run. */
export function describeMemory(runs: MemoryRun[]): string[] {
	const how = (m: MemoryRun): string => (m.jobs === undefined ? `the default (${m.threads === 1 ? 'one thread' : `${m.threads} threads`})` : m.jobs === 1 ? 'one thread (--jobs 1)' : `--jobs ${m.jobs}`);
	return runs.map(m => `  peak memory on ${m.emails.toLocaleString('en')} emails, ${how(m)}: ${m.maxRssMb?.toFixed(0) ?? '?'} MB RSS (budget ≤ 150 MB), ${(m.emails / m.seconds).toFixed(0)} emails/s`);
}

/** A scratch folder under the system's temporary folder, removed by `done`. */
export function scratchFolder(): {path: string; done: () => void} {
	const path = mkdtempSync(join(tmpdir(), 'bounce-decoder-bench-'));
	return {path, done: () => rmSync(path, {recursive: true, force: true})};
}

export function describeBulk(r: BulkRatio): string[] {
	const rate = (t: Timed) => `${(r.emails / t.seconds).toFixed(0)} emails/s (${t.seconds.toFixed(2)} s)`;
	const vsSisimai = (t: Timed) => (r.sisimai ? ` → ${(r.sisimai.seconds / t.seconds).toFixed(1)}× Sisimai` : '');
	const threads = r.ours.threads === 1 ? 'one thread' : `${r.ours.threads} threads: ${r.ours.threads - 1} worker${r.ours.threads > 2 ? 's' : ''} decoding, this thread finding the codes and writing`;
	const lines = [
		`bulk, whole process: ${r.emails.toLocaleString('en')} distinct emails (${r.megabytes.toFixed(0)} MB, copies of the corpus emails), best of ${r.runs} interleaved runs`,
		`  ours (the default, ${threads}): ${relative(ROOT, r.cli.file)}${r.cli.built ? ' (built now)' : ''} --json FOLDER > /dev/null: ${rate(r.ours)}`,
	];
	if (r.ours.threads > 1) lines.push(`  ours in one thread (--jobs 1): ${rate(r.single)}; the default ${(r.single.seconds / r.ours.seconds).toFixed(2)}× one thread's speed${vsSisimai(r.single)}`);
	if (r.workers) lines.push(`  ours with --jobs ${r.workers.jobs} (${r.workers.jobs - 1} workers decoding, this thread finishing and writing): ${rate(r.workers)}, ${(r.single.seconds / r.workers.seconds).toFixed(2)}× one thread${vsSisimai(r.workers)}`);
	// The second pass of the folder in one process: what the first pass spent on start-up and warm-up.
	const second = r.twice.seconds - r.single.seconds;
	const past = second > 0 ? r.emails / second : undefined;
	lines.push(
		`  ours in one thread over the folder twice (--jobs 1 --json FOLDER FOLDER): ${r.twice.seconds.toFixed(2)} s; the second pass ${past ? `${past.toFixed(0)} emails/s` : '?'}` +
			(past ? `, so start-up and the JIT's warm-up cost the one-pass run ${(r.single.seconds - r.emails / past).toFixed(2)} s` : '') +
			(past && r.sisimai ? ` (past them ${(r.sisimai.seconds / (r.emails / past)).toFixed(1)}× Sisimai's rate)` : ''),
	);
	lines.push(`  ours with --csv (the default for it, one thread; a row per recipient, Sisimai's per-recipient fields, no codes read): ${rate(r.csv)}${vsSisimai(r.csv)}`);
	if (r.sisimai && r.ratio !== undefined) {
		lines.push(`  Sisimai ${r.sisimai.version} (Perl): make(FOLDER) + dump('json') each > /dev/null: ${rate(r.sisimai)}`);
		lines.push(`  → ratio ${r.ratio.toFixed(1)}× Sisimai with the default (budget ≥ 10×, aim 20×)`);
	} else {
		lines.push('  reference: Perl Sisimai not installed (apt-get install libsisimai-perl) — no ratio');
	}
	return lines;
}

/** The interleaved runs a bench command asks for (`--runs N`, at least 1), else `fallback`. */
export function runsOf(argv: readonly string[], fallback = 3): number {
	const at = argv.indexOf('--runs');
	return at >= 0 ? Math.max(1, Number(argv[at + 1]) || 1) : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const argv = process.argv.slice(2);
	const scratch = scratchFolder();
	try {
		for (const line of describeBulk(benchBulk(scratch.path, runsOf(argv)))) console.log(line);
		if (!argv.includes('--no-memory')) for (const line of describeMemory(benchMemory(scratch.path))) console.log(line);
	} finally {
		scratch.done();
	}
}
