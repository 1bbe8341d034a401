// Stages 2 and 3a in parallel (--jobs N): N threads read, decode and render (render.ts) the jobs —
// this one and N-1 workers — while this thread also walks the inputs and writes every job's output,
// in input order. A job for a file is its path: a worker reads the file itself and answers with the
// text to write (or a summary's tally), so only a path goes out and a string comes back. An mbox of
// several messages is answered "yours": this thread splits it as it reads it and sends its messages
// out one by one, so no thread ever holds a whole mbox's results. Each worker has its own heap and
// warms up on its own (~40 MB more at peak, +30% CPU in all): one thread is the default (README).
// A short run is decoded here all the same: workers start once a run passes START_AFTER items, and
// this thread goes on decoding until one is ready, then does whatever no worker has room for. At
// most IN_FLIGHT jobs per worker are sent ahead of what is written, so memory stays bounded.
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {fileItems, type Job} from './enumerate';
import {renderer, renderItem, type Rendered, type RenderOptions} from './render';

/** Items decoded in this thread before workers are started. */
export const START_AFTER = 256;
/** Jobs sent ahead per worker (sent, not yet written). */
const IN_FLIGHT = 32;
/** Jobs this thread does itself between two looks at what the workers answered. */
const TURN_EVERY = 4;
/** workerData marking a thread as one of the CLI's decoders. */
const ROLE = 'bounce-decoder:decode';

interface DecoderData {
	role: string;
	render: RenderOptions;
	/** One flag per worker, set to 1 once it listens: this thread reads them without waiting. */
	ready: SharedArrayBuffer;
	index: number;
}

type Render = ReturnType<typeof renderer>;

/** A worker's answer to job number `seq`: its rendering, or none when it is the main thread's to do. */
interface Answer {
	seq: number;
	rendered?: Rendered;
}

/** True in a thread the CLI started to decode items (see serveDecoder). */
export function isDecoderThread(): boolean {
	return !isMainThread && (workerData as {role?: string} | null)?.role === ROLE;
}

/**
 * A job rendered, or undefined when it is this thread's to do: a file that is an mbox of several
 * messages (the main thread sends its messages one by one).
 */
async function answer(job: Job, render: Render): Promise<Rendered | undefined> {
	if (job.type !== 'path') return renderItem(job, render);
	const items = fileItems(job.label);
	const first = items.next();
	// A file's one item is all it has unless it is an mbox of several, whose first item is message 1.
	items.return(undefined);
	if (first.done || first.value.message !== undefined) return undefined;
	return renderItem(first.value, render);
}

/** The worker's side: each job it is sent, answered with its number, answers sent in batches. */
export function serveDecoder(): void {
	const data = workerData as DecoderData;
	const render = renderer(data.render);
	let batch: Answer[] = [];
	const flush = () => {
		parentPort!.postMessage(batch);
		batch = [];
	};
	const send = (done: Answer) => {
		// One message per run of jobs done together: each message wakes the main thread.
		if (batch.length === 0) setImmediate(flush);
		batch.push(done);
	};
	parentPort!.on('message', ({seq, job}: {seq: number; job: Job}) => {
		// A failure is answered without a result: the main thread then does the job itself, and
		// reports what goes wrong there as it would without workers.
		void answer(job, render).then(rendered => send({seq, rendered}), () => send({seq}));
	});
	Atomics.store(new Int32Array(data.ready), data.index, 1);
}

/**
 * A worker running the CLI's entry as a decoder. The bundled CLI is plain JavaScript; the TypeScript
 * entry (`npm run explain`, through tsx) needs tsx's loader registered in the worker first.
 */
function decoderWorker(entry: URL, data: DecoderData): Worker {
	if (!entry.pathname.endsWith('.ts')) return new Worker(entry, {workerData: data});
	const boot = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
	return new Worker(boot, {eval: true, workerData: data});
}

interface Slot {
	worker: Worker;
	/** Jobs sent to it and not yet answered. */
	load: number;
}

/**
 * Worker threads running the CLI's entry as decoders. Should one fail (it cannot start, or stops),
 * the jobs it held and every later one are done in this thread: no input goes without its result.
 */
class Pool {
	private readonly slots: Slot[] = [];
	private readonly ready: Int32Array;
	private readonly pending = new Map<number, {slot: Slot; resolve: (rendered: Rendered | undefined) => void}>();
	private seq = 0;
	private broken = false;
	private closing = false;

	constructor(entry: URL, size: number, render: RenderOptions) {
		const ready = new SharedArrayBuffer(4 * size);
		this.ready = new Int32Array(ready);
		for (let index = 0; index < size; index++) {
			const worker = decoderWorker(entry, {role: ROLE, render, ready, index});
			worker.on('message', (answers: Answer[]) => {
				for (const {seq, rendered} of answers) {
					const waiting = this.pending.get(seq);
					this.pending.delete(seq);
					if (!waiting) continue;
					waiting.slot.load--;
					waiting.resolve(rendered);
				}
			});
			worker.on('error', () => this.fallBack());
			worker.on('exit', () => this.fallBack());
			this.slots.push({worker, load: 0});
		}
	}

	/**
	 * The job's rendering by the least busy worker that listens and has room for it (fewer than
	 * IN_FLIGHT jobs); undefined when none has (the main thread then does the job itself).
	 */
	run(job: Job): Promise<Rendered | undefined> | undefined {
		if (this.broken) return undefined;
		let slot: Slot | undefined;
		for (const [i, candidate] of this.slots.entries()) {
			if (candidate.load < IN_FLIGHT && Atomics.load(this.ready, i) === 1 && (!slot || candidate.load < slot.load)) slot = candidate;
		}
		if (!slot) return undefined;
		const seq = this.seq++;
		const chosen = slot;
		chosen.load++;
		return new Promise(resolve => {
			this.pending.set(seq, {slot: chosen, resolve});
			chosen.worker.postMessage({seq, job});
		});
	}

	private fallBack(): void {
		if (this.closing) return;
		this.broken = true;
		for (const waiting of this.pending.values()) waiting.resolve(undefined);
		this.pending.clear();
	}

	async close(): Promise<void> {
		this.closing = true;
		await Promise.all(this.slots.map(slot => slot.worker.terminate()));
	}
}

export interface Threads {
	/** The CLI's entry, which must call serveDecoder when isDecoderThread(). */
	entry: URL;
	/** Threads that decode a long run: this one and count - 1 workers. */
	count: number;
	render: RenderOptions;
}

/** A job sent to a worker or done here, waiting for its turn to be written. */
interface Entry {
	job: Job;
	answer: Promise<Rendered | undefined>;
	settled: boolean;
}

/** One run's jobs in order, each rendered here or by a worker. */
class Run {
	private pool: Pool | undefined;
	private items = 0;
	private sinceTurn = 0;
	readonly render: Render;
	private readonly window: number;

	constructor(private readonly threads: Threads) {
		this.render = renderer(threads.render);
		this.window = threads.count * IN_FLIGHT;
	}

	/** The pool, once the run is long enough to start one. */
	private poolFor(job: Job): Pool | undefined {
		if (job.type !== 'path') this.items++;
		if (!this.pool && this.threads.count > 1 && this.items > START_AFTER) this.pool = new Pool(this.threads.entry, this.threads.count - 1, this.threads.render);
		return this.pool;
	}

	async *jobs(jobs: Iterable<Job>): AsyncGenerator<Rendered> {
		const window: Entry[] = [];
		for (const job of jobs) {
			const pool = this.poolFor(job);
			if (!pool) {
				// No workers: one job at a time, a file's items as they are read.
				yield* this.here(job);
				continue;
			}
			// To a worker with room, else done here meanwhile (an mbox of several is left for its turn).
			const sent = pool.run(job);
			const entry: Entry = {job, answer: sent ?? Promise.resolve(answer(job, this.render)), settled: !sent};
			if (sent) void sent.then(() => (entry.settled = true));
			else {
				await entry.answer;
				// Answers arrive as events: let them in now and then, so the workers get their next jobs.
				if (++this.sinceTurn >= TURN_EVERY) {
					this.sinceTurn = 0;
					await new Promise(setImmediate);
				}
			}
			window.push(entry);
			while (window.length > 0 && (window[0]!.settled || window.length >= this.window)) yield* this.settle(window.shift()!);
		}
		while (window.length > 0) yield* this.settle(window.shift()!);
	}

	private async *settle(entry: Entry): AsyncGenerator<Rendered> {
		const rendered = await entry.answer;
		if (rendered) yield rendered;
		else yield* this.here(entry.job);
	}

	/** A job done in this thread: a file's items (an mbox's messages may each go to a worker), or one item. */
	private async *here(job: Job): AsyncGenerator<Rendered> {
		if (job.type === 'path') yield* this.jobs(fileItems(job.label));
		else yield await renderItem(job, this.render);
	}

	async close(): Promise<void> {
		await this.pool?.close();
	}
}

/**
 * Each job's rendering, in the jobs' order. With `threads.count` > 1 and a run longer than
 * START_AFTER items, jobs are shared between this thread and count - 1 worker threads once they are ready.
 */
export async function* decodeAll(jobs: Iterable<Job>, threads: Threads): AsyncGenerator<Rendered> {
	const run = new Run(threads);
	try {
		yield* run.jobs(jobs);
	} finally {
		await run.close();
	}
}
