import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {Job} from '../../src/cli/enumerate';
import {decodeAll} from '../../src/cli/pool';
import {DEFAULT_AFTER, defaultThreads, SOURCE_AFTER, START_AFTER} from '../../src/cli/threads';
import {bounce, cli, jsonLines, mbox, tempDir} from './helpers';

const STATUSES = ['5.1.1', '5.2.2', '4.4.7', '5.7.1', '5.1.10'];
const RENDER = {format: 'json', explanations: false, width: 80, colour: false} as const;
const CSV = {format: 'csv', explanations: false, width: 80, colour: false} as const;

/**
 * A stand-in worker that answers each batch with lines of its own ("worker LABEL"), so a test can
 * tell which thread did a job; with `dieAt`, it exits when sent that batch (counted from 1), unanswered.
 */
function fakeWorker(dieAt = 0): URL {
	const file = join(tempDir(), 'worker.mjs');
	writeFileSync(
		file,
		`import {parentPort} from 'node:worker_threads';
let batches = 0;
parentPort.on('message', ({id, items}) => {
	if (++batches === ${dieAt}) process.exit(1);
	parentPort.postMessage({id, rendered: items.map(item => ({out: 'worker ' + item.label + '\\n'}))});
});
`,
	);
	return pathToFileURL(file);
}

function codeJobs(count: number): Job[] {
	return Array.from({length: count}, (_, i) => ({label: `item ${i}`, type: 'code', value: i % 2 ? '550' : '5.7.26'}));
}

/**
 * Each rendering's input, and whether a worker made it. `count`: the threads, as --jobs gives them
 * ('default': not given); `more`: the machine's cores and the output, as decodeAll takes them.
 */
async function run(jobs: Job[], entry: URL, count: number | 'default' = 2, more: {cores?: number; render?: typeof RENDER | typeof CSV} = {}): Promise<{input: string; byWorker: boolean}[]> {
	const seen: {input: string; byWorker: boolean}[] = [];
	for await (const batch of decodeAll(jobs, {entry, count: count === 'default' ? undefined : count, cores: more.cores, render: more.render ?? RENDER})) {
		for (const rendered of batch) {
			if (rendered.out.startsWith('worker ')) seen.push({input: rendered.out.slice('worker '.length, -1), byWorker: true});
			else seen.push({input: rendered.out.startsWith('{') ? (JSON.parse(rendered.out) as {input: string}).input : rendered.out.split(',')[0]!, byWorker: false});
		}
	}
	return seen;
}

describe('--jobs: decoding in worker threads', () => {
	it('writes the same results in the same order as one thread, past the point where workers start', () => {
		const folder = join(tempDir(), 'bounces');
		mkdirSync(folder);
		const count = START_AFTER + 90;
		for (let i = 0; i < count; i++) {
			writeFileSync(join(folder, `${String(i).padStart(4, '0')}.eml`), bounce(`user${i}@example.com`, STATUSES[i % STATUSES.length]));
		}
		// Late in the run, when workers take the jobs: an mbox of several messages (a worker leaves it to
		// the main thread, which sends its messages out one by one), an empty file and a binary one.
		writeFileSync(join(folder, `${count - 20}.mbox`), mbox([bounce('first@example.com'), bounce('second@example.com', '5.2.2')]));
		writeFileSync(join(folder, `${count - 10}.eml`), '');
		writeFileSync(join(folder, `${count - 5}.bin`), Buffer.from(Array.from({length: 4000}, (_, i) => (i * 7919) % 256)));
		const one = cli(['--json', '--jobs', '1', folder]);
		const two = cli(['--json', '--jobs', '2', folder]);
		expect(two.status).toBe(2);
		expect(two.stderr).toBe(one.stderr);
		expect(two.stderr.split('\n').filter(Boolean)).toHaveLength(2);
		expect(two.stdout).toBe(one.stdout);
		const lines = jsonLines(two.stdout);
		expect(lines).toHaveLength(count + 4);
		expect(lines.filter(line => line.message !== undefined).map(line => (line.recipients as {recipient: string}[])[0]!.recipient)).toEqual(['first@example.com', 'second@example.com']);
		// The other outputs are rendered by the workers as by the main thread.
		for (const format of ['--csv', '--summary', '--summary --json']) {
			const args = format.split(' ');
			expect(cli([...args, '--jobs', '3', folder]).stdout).toBe(cli([...args, '--jobs', '1', folder]).stdout);
		}
	}, 180_000);

	it('writes every result before the inputs failed, then the failure, however far ahead the jobs were read', async () => {
		const jobs = codeJobs(START_AFTER + 40);
		function* failing(): Generator<Job> {
			yield* jobs;
			throw new Error('the inputs failed');
		}
		for (const count of [1, 2]) {
			const seen: string[] = [];
			const all = async () => {
				for await (const batch of decodeAll(failing(), {entry: fakeWorker(), count, render: RENDER})) {
					for (const rendered of batch) seen.push(rendered.out.startsWith('worker ') ? rendered.out.slice('worker '.length, -1) : (JSON.parse(rendered.out) as {input: string}).input);
				}
			};
			await expect(all()).rejects.toThrow('the inputs failed');
			expect(seen).toEqual(jobs.map(job => job.label));
		}
	});

	it('does in this thread whatever the workers cannot: no input goes without its result', async () => {
		const jobs = codeJobs(START_AFTER + 40);
		// A worker that cannot start (its module does not exist) stops at once.
		const broken = new URL('file:///nonexistent/bounce-decoder-worker.mjs');
		const seen = await run(jobs, broken);
		expect(seen).toEqual(jobs.map(job => ({input: job.label, byWorker: false})));
	});

	it('starts no worker for a run of START_AFTER items, and shares a longer one with a worker from its first item', async () => {
		const short = codeJobs(START_AFTER);
		expect(await run(short, fakeWorker())).toEqual(short.map(job => ({input: job.label, byWorker: false})));
		const long = codeJobs(START_AFTER + 1);
		const seen = await run(long, fakeWorker());
		expect(seen.map(s => s.input)).toEqual(long.map(job => job.label));
		// The worker is sent every batch from the run's first item; this thread decodes none of them.
		expect(seen.every(s => s.byWorker)).toBe(true);
	});

	it('without --jobs, shares a run of more than DEFAULT_AFTER items with one worker where the output shows codes and a second core is there, else none', async () => {
		expect([defaultThreads(true, 2), defaultThreads(true, 16), defaultThreads(true, 1), defaultThreads(false, 2), defaultThreads(false, 16)]).toEqual([2, 2, 1, 1, 1]);
		// A shorter run (but longer than START_AFTER, which --jobs starts workers past) stays in this thread.
		const middle = codeJobs(DEFAULT_AFTER);
		expect((await run(middle, fakeWorker(), 'default', {cores: 2})).filter(s => s.byWorker)).toHaveLength(0);
		expect((await run(middle, fakeWorker(), 2, {cores: 2})).filter(s => s.byWorker)).toHaveLength(middle.length);
		const long = codeJobs(DEFAULT_AFTER + 1);
		const byWorker = async (more: Parameters<typeof run>[3]) => (await run(long, fakeWorker(), 'default', more)).filter(s => s.byWorker).length;
		expect(await byWorker({cores: 2})).toBe(long.length);
		expect(await byWorker({cores: 1})).toBe(0);
		expect(await byWorker({cores: 2, render: CSV})).toBe(0);
		// --jobs as given, whatever the default would be.
		expect((await run(long, fakeWorker(), 1, {cores: 2})).filter(s => s.byWorker)).toHaveLength(0);
		expect((await run(long, fakeWorker(), 2, {cores: 1, render: CSV})).filter(s => s.byWorker)).toHaveLength(long.length);
	});

	it('without --jobs, from the source (a .ts entry, whose worker loads the TypeScript first) shares only a run of more than SOURCE_AFTER items', async () => {
		// The same worker, as a .ts file that tsx loads as an ES module (it is plain JavaScript).
		const worker = fakeWorker();
		const folder = join(tempDir(), 'source');
		mkdirSync(folder);
		writeFileSync(join(folder, 'package.json'), '{"type": "module"}');
		writeFileSync(join(folder, 'main.ts'), readFileSync(worker));
		const source = pathToFileURL(join(folder, 'main.ts'));
		const middle = codeJobs(SOURCE_AFTER);
		expect(middle.length).toBeGreaterThan(DEFAULT_AFTER);
		expect((await run(middle, source, 'default', {cores: 2})).filter(s => s.byWorker)).toHaveLength(0);
		expect((await run(middle, worker, 'default', {cores: 2})).filter(s => s.byWorker)).toHaveLength(middle.length);
		const long = codeJobs(SOURCE_AFTER + 1);
		expect((await run(long, source, 'default', {cores: 2})).filter(s => s.byWorker)).toHaveLength(long.length);
	}, 60_000);

	it("sends a worker content that views part of a larger buffer as bytes of its own, not the whole buffer", async () => {
		const file = join(tempDir(), 'sizes.mjs');
		writeFileSync(
			file,
			`import {parentPort} from 'node:worker_threads';
parentPort.on('message', ({id, items}) => {
	parentPort.postMessage({id, rendered: items.map(item => ({out: 'worker ' + item.value.buffer.byteLength + '\\n'}))});
});
`,
		);
		const shared = new Uint8Array(1024 * 1024).fill(0x61);
		const jobs: Job[] = Array.from({length: START_AFTER + 40}, (_, i) => ({label: `part ${i}`, type: 'content', value: shared.subarray(i * 100, i * 100 + 50)}));
		const seen = await run(jobs, pathToFileURL(file));
		const sent = seen.filter(s => s.byWorker).map(s => s.input);
		expect(sent.length).toBeGreaterThan(0);
		expect(new Set(sent)).toEqual(new Set(['50']));
	});

	it('loses no input when a worker stops in the middle of a run: what it held is done here', async () => {
		const jobs = codeJobs(START_AFTER + 200);
		// The worker answers its first batch and exits when sent the second.
		const seen = await run(jobs, fakeWorker(2));
		expect(seen.map(s => s.input)).toEqual(jobs.map(job => job.label));
		// Only the first batch (16 jobs) can have been the worker's.
		expect(seen.slice(16).some(s => s.byWorker)).toBe(false);
	});

	it('shares a long mbox on standard input, message by message, with the same output as one thread', () => {
		const messages = Array.from({length: START_AFTER + 20}, (_, i) => bounce(`user${i}@example.com`, STATUSES[i % STATUSES.length]));
		const input = mbox(messages);
		const one = cli(['--json', '--jobs', '1', '-'], {input});
		const two = cli(['--json', '--jobs', '2', '-'], {input});
		expect(two.status).toBe(0);
		expect(two.stdout).toBe(one.stdout);
		const lines = jsonLines(two.stdout);
		expect(lines.map(line => line.message)).toEqual(messages.map((_, i) => i + 1));
		expect(lines.map(line => (line.recipients as {recipient: string}[])[0]!.recipient)).toEqual(messages.map((_, i) => `user${i}@example.com`));
	}, 180_000);
});
