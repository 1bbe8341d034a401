// `npm run --silent explain -- [options] [INPUT...]` (and the package's `bounce-decoder` command) — the
// core from Node (DESIGN.md, CLI contract). A pipeline, one item at a time and in order: enumerate the
// inputs (enumerate.ts) → decode and render each (run.ts, render.ts; in worker threads with --jobs:
// pool.ts; in one thread, a long run's files read ahead by a reader thread: prefetch.ts) → write each
// (writers.ts). Memory stays bounded however many inputs: nothing holds all inputs or all results.
import {dnsLines, dnsOut} from './dns';
import {enumerate} from './enumerate';
import {parseArgs, SHORT_USAGE, USAGE, type Options} from './options';
import {Progress} from './progress';
import {isDecoderThread, serveDecoder} from './decoder-thread';
import {keepTables} from './kept-tables';
import {decodeAll} from './pool';
import {renderOptions} from './render';
import {searchLines, searchOut} from './search';
import {printable, Sink} from './sink';
import {outputWidth, wrap} from './wrap';
import {makeWriter} from './writers';
import {version} from '../../package.json';

async function main(argv: string[]): Promise<number> {
	const parsed = parseArgs(argv);
	if (!parsed.ok) {
		if (parsed.help) process.stdout.write(USAGE + '\n');
		else if (parsed.version) process.stdout.write(`bounce-decoder ${version}\n`);
		else process.stderr.write(`${parsed.error}\n${SHORT_USAGE}\n`);
		return parsed.help || parsed.version ? 0 : 2;
	}
	const {options} = parsed;
	if (options.search !== undefined) return printSearch(options);
	if (options.dns !== undefined) return printDns(options);
	if (options.sources.length === 0) {
		if (process.stdin.isTTY) {
			process.stderr.write(USAGE + '\n');
			return 2;
		}
		options.sources.push({type: 'arg', value: '-'});
	}
	const sink = new Sink();
	const progress = new Progress(options.sources);
	sink.beforeWrite = () => progress.clear();
	let status: number;
	try {
		status = await pipeline(options, sink, progress);
	} catch (error) {
		// Reading the inputs failed outside any one input (standard input closed under us, say).
		sink.err(`could not read the inputs: ${(error as Error).message}`);
		status = 2;
	}
	progress.clear();
	await sink.end();
	return status;
}

/** --search: one answer, as one JSON line or as lines for a person. */
async function printSearch(options: Options): Promise<number> {
	const sink = new Sink();
	const out = searchOut(options.search!);
	if (options.json) sink.out(`${JSON.stringify(out)}\n`);
	else sink.out(`${printable(wrap(searchLines(out).join('\n'), outputWidth()))}\n`);
	await sink.end();
	return 0;
}

/** --dns: the checks' result, as one JSON line or as lines for a person. */
async function printDns(options: Options): Promise<number> {
	const result = await dnsOut(options.dns!);
	if (!result.ok) {
		process.stderr.write(`${result.error}\n`);
		return result.code ?? 2;
	}
	const sink = new Sink();
	if (options.json) sink.out(`${JSON.stringify(result.out)}\n`);
	else sink.out(`${printable(wrap(dnsLines(result.out).join('\n'), outputWidth()))}\n`);
	await sink.end();
	return 0;
}

async function pipeline(options: Options, sink: Sink, progress: Progress): Promise<number> {
	const render = renderOptions(options);
	const writer = makeWriter(options, sink, render);
	let status = 0;
	for await (const batch of decodeAll(enumerate(options.sources), {entry: new URL(import.meta.url), count: options.jobs, render})) {
		for (const rendered of batch) {
			if (rendered.err !== undefined) {
				sink.err(rendered.err);
				status = 2;
			}
			writer.write(rendered);
			progress.tick(rendered.bytes);
		}
		if (sink.full) await sink.ready();
	}
	writer.end();
	return status;
}

/** The script's id (its length and CRC-32) that the bin's loader gives it (scripts/cli-bin.mjs); none from the source. */
declare const __bounceDecoderScript: string | undefined;

// No top-level await: the bin runs this file as a script compiled through node:vm (scripts/cli-bin.mjs).
keepTables(typeof __bounceDecoderScript === 'string' ? __bounceDecoderScript : undefined, new URL('.', import.meta.url));
if (isDecoderThread()) serveDecoder();
else
	void main(process.argv.slice(2)).then(status => {
		process.exitCode = status;
	});
