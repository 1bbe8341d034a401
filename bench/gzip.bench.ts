// Gzip-compressed input (src/cli/gzip.ts) against the same input as it is, whole processes side by
// side: the bulk bench's distinct copies (bench/copies.ts) written as one mbox (RFC 4155, mboxrd: a
// body line starting "From " quoted as ">From "), and that mbox gzipped; our CLI with --csv (one
// thread, its default; a row per recipient) over each, interleaved, best of N, with peak memory.
// Run: npx tsx bench/gzip.bench.ts [--runs N]
import {closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {copiesFolder, ourCli, RATIO_EMAILS, runsOf, scratchFolder, timed, type Timed} from './bulk.bench';
import {sourceEmails, writeCopies} from './copies';

/** The From_ line before each message: a sender and a date, as RFC 4155 has it. */
const FROM_LINE = 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n';

/** The files of a folder written one after another as an mbox at `path`; its size in bytes. */
export function writeMbox(folder: string, path: string): number {
	const fd = openSync(path, 'w');
	try {
		for (const name of readdirSync(folder).sort()) {
			const body = readFileSync(join(folder, name), 'latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
			writeSync(fd, Buffer.from(`${FROM_LINE}${body}${body.endsWith('\n') ? '' : '\n'}\n`, 'latin1'));
		}
	} finally {
		closeSync(fd);
	}
	return statSync(path).size;
}

export interface GzipBench {
	emails: number;
	megabytes: number;
	gzipMegabytes: number;
	plain: Timed;
	gzipped: Timed;
}

/**
 * Best-of-`runs` --csv runs over the copies as one mbox, plain and gzipped: the copies benchBulk
 * wrote in `scratch` when it holds them, else written now.
 */
export function benchGzip(scratch: string, runs = 3): GzipBench {
	const folder = copiesFolder(scratch);
	const files = existsSync(folder) ? readdirSync(folder).length : writeCopies(folder, sourceEmails(), RATIO_EMAILS).files;
	const mbox = join(scratch, 'copies.mbox');
	const bytes = writeMbox(folder, mbox);
	const gzipped = `${mbox}.gz`;
	writeFileSync(gzipped, gzipSync(readFileSync(mbox)));
	const cli = ourCli();
	const best = (a: Timed | undefined, b: Timed): Timed => (!a || b.seconds < a.seconds ? b : a);
	let plain: Timed | undefined;
	let packed: Timed | undefined;
	for (let r = 0; r < runs; r++) {
		for (const [path, keep] of r % 2 === 0 ? ([[mbox, 0], [gzipped, 1]] as const) : ([[gzipped, 1], [mbox, 0]] as const)) {
			const run = timed(cli.file, ['--csv', path], scratch, true);
			if (run.status !== 0) throw new Error(`our CLI failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
			if (keep === 0) plain = best(plain, run);
			else packed = best(packed, run);
		}
	}
	return {emails: files, megabytes: bytes / 1024 / 1024, gzipMegabytes: statSync(gzipped).size / 1024 / 1024, plain: plain!, gzipped: packed!};
}

export function describeGzip(g: GzipBench): string[] {
	const rate = (t: Timed) => `${(g.emails / t.seconds).toFixed(0)} emails/s (${t.seconds.toFixed(2)} s, ${t.maxRssMb?.toFixed(0) ?? '?'} MB peak)`;
	return [
		`gzip input: the ${g.emails.toLocaleString('en')} copies as one mbox (${g.megabytes.toFixed(0)} MB) and gzipped (${g.gzipMegabytes.toFixed(0)} MB), --csv, best of interleaved runs`,
		`  the mbox: ${rate(g.plain)}; gzipped: ${rate(g.gzipped)} → ${(g.plain.seconds / g.gzipped.seconds).toFixed(2)}× the plain mbox's speed`,
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const scratch = scratchFolder();
	try {
		for (const line of describeGzip(benchGzip(scratch.path, runsOf(process.argv.slice(2))))) console.log(line);
	} finally {
		scratch.done();
	}
}
