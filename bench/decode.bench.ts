// In-process decode throughput (decodeBounce alone on files already in memory; the DESIGN.md budget
// is whole-process: bulk.bench.ts). Decodes every DEV corpus email ten times in one process and, when the Perl Sisimai
// library is installed (Debian: libsisimai-perl), times Sisimai on the same files the same way
// (in one process, ten rounds), so the figure is a ratio measured on this machine.
// Run: npx tsx bench/decode.bench.ts
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {decodeBounce, decodeBounceWith} from '../src/core/decode';
import {parseMime, parseMimePostal} from '../src/core/decode/mime';

const ROUNDS = 10;
const CORPUS = new URL('../../shared/corpus/emails/', import.meta.url);

export function corpusFiles(): string[] {
	return readdirSync(CORPUS).filter(name => name.endsWith('.eml')).sort().map(name => new URL(name, CORPUS).pathname);
}

export async function benchDecode(): Promise<{emails: number; emailsPerSec: number}> {
	const inputs = corpusFiles().map(path => new Uint8Array(readFileSync(path)));
	for (const input of inputs) await decodeBounce(input); // warm-up
	const start = performance.now();
	for (let round = 0; round < ROUNDS; round++) {
		for (const input of inputs) await decodeBounce(input);
	}
	const seconds = (performance.now() - start) / 1000;
	return {emails: inputs.length * ROUNDS, emailsPerSec: (inputs.length * ROUNDS) / seconds};
}

/**
 * The MIME step alone (parseMime: the light splitter, postal-mime for what it leaves), on the same
 * files the same way: the ceiling of the whole decode's throughput.
 */
export async function benchMimeOnly(): Promise<{emailsPerSec: number}> {
	const inputs = corpusFiles().map(path => new Uint8Array(readFileSync(path)));
	for (const input of inputs) await parseMime(input); // warm-up
	const start = performance.now();
	for (let round = 0; round < ROUNDS; round++) {
		for (const input of inputs) await parseMime(input);
	}
	return {emailsPerSec: (inputs.length * ROUNDS) / ((performance.now() - start) / 1000)};
}

type Timed = (input: Uint8Array) => Promise<unknown>;

/** CPU time of this process so far, in ms: unlike the wall clock, barely moved by other processes' load. */
function cpuMs(): number {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * Two ways of doing the same work timed in one process, their rounds interleaved (so load on the
 * machine falls on both alike): emails per CPU second of each over the DEV corpus ×10.
 */
async function sideBySide(a: Timed, b: Timed): Promise<[number, number]> {
	const inputs = corpusFiles().map(path => new Uint8Array(readFileSync(path)));
	for (const input of inputs) {
		await a(input);
		await b(input);
	}
	const spent = [0, 0];
	for (let round = 0; round < ROUNDS; round++) {
		for (const [k, run] of [a, b].entries()) {
			const start = cpuMs();
			for (const input of inputs) await run(input);
			spent[k]! += cpuMs() - start;
		}
	}
	const perSec = (ms: number): number => (inputs.length * ROUNDS) / (ms / 1000);
	return [perSec(spent[0]!), perSec(spent[1]!)];
}

/**
 * The light MIME splitter (parseMime: postal-mime only for what it leaves) against postal-mime
 * alone, for the MIME step and for the whole decode: emails per CPU second of each, side by side.
 */
export async function benchLightMime(): Promise<{mime: [number, number]; decode: [number, number]}> {
	const mime = await sideBySide(parseMime, parseMimePostal);
	const decode = await sideBySide(decodeBounce, (input) => decodeBounceWith(input, parseMimePostal));
	return {mime, decode};
}

/** Sisimai's emails/s on the same files, or undefined when Perl's Sisimai is not installed. */
export function benchSisimai(): {version: string; emailsPerSec: number} | undefined {
	const files = corpusFiles();
	const script = `use Sisimai; use Time::HiRes qw(time); my $t = time;
		for my $r (1..${ROUNDS}) { for my $f (@ARGV) { Sisimai->make($f, delivered => 1, vacation => 1) } }
		printf "%s %.6f\\n", $Sisimai::VERSION, time - $t;`;
	try {
		const out = execFileSync('perl', ['-e', script, ...files], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
		const [version = '?', seconds = 'NaN'] = out.split(' ');
		return {version, emailsPerSec: (files.length * ROUNDS) / Number(seconds)};
	} catch {
		return undefined;
	}
}

/**
 * The bounce the large input is built on: the first corpus email (in name order) that is a delivery
 * status notification, chosen by its content (never by its file name), else the first email.
 */
export function largeInputSample(): string {
	const texts = corpusFiles().map(path => readFileSync(path, 'utf8'));
	return texts.find(text => /^content-type:[ \t]*message\/delivery-status/im.test(text) && /^status:[ \t]*5\.\d{1,3}\.\d{1,3}/im.test(text)) ?? texts[0]!;
}

/** Time to decode one input of about 10 MB (a bounce whose quoted original is huge). */
export async function benchLargeInput(): Promise<{megabytes: number; seconds: number}> {
	const sample = largeInputSample();
	const filler = 'Lorem ipsum 550 dolor 5.1.1 sit amet 192.0.2.1 on 2024-05-01 at 12:30, id 4.16.55.1 v5.1.1\n';
	const big = sample + '\n' + filler.repeat(Math.ceil((10 * 1024 * 1024) / filler.length));
	const start = performance.now();
	await decodeBounce(big);
	return {megabytes: big.length / 1024 / 1024, seconds: (performance.now() - start) / 1000};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const ours = await benchDecode();
	console.log(`decode: ${ours.emails} emails, ${ours.emailsPerSec.toFixed(0)} emails/s`);
	const ref = benchSisimai();
	if (ref) console.log(`sisimai ${ref.version}: ${ref.emailsPerSec.toFixed(0)} emails/s → ratio ${(ours.emailsPerSec / ref.emailsPerSec).toFixed(1)}×`);
	const mime = await benchMimeOnly();
	console.log(`MIME step alone: ${mime.emailsPerSec.toFixed(0)} emails/s${ref ? ` → ceiling ${(mime.emailsPerSec / ref.emailsPerSec).toFixed(1)}× Sisimai` : ''}`);
	const light = await benchLightMime();
	console.log(`light MIME splitter vs postal-mime alone (side by side, CPU time): MIME step ${light.mime[0].toFixed(0)} vs ${light.mime[1].toFixed(0)} emails/s (${(light.mime[0] / light.mime[1]).toFixed(2)}×), whole decode ${light.decode[0].toFixed(0)} vs ${light.decode[1].toFixed(0)} emails/s (${(light.decode[0] / light.decode[1]).toFixed(2)}×)`);
	const large = await benchLargeInput();
	console.log(`large input: ${large.megabytes.toFixed(1)} MB decoded in ${large.seconds.toFixed(3)} s`);
}
