// Stages 2 and 3a in parallel (--jobs N): N threads read, decode and render (render.ts) the jobs,
// this one and N-1 workers, while this thread also walks the inputs and writes every job's output,
// in input order. Jobs go out in batches (BATCH paths out, one message of renderings back), so a
// worker wakes this thread once per batch rather than once per file; a worker is sent IN_FLIGHT
// batches ahead and one more is kept queued for it, so it never waits for this thread, which does
// the other batches no worker has taken yet whenever the first to write is not back. A job for a file is its path: whoever does it reads the
// file. An mbox of several messages is answered "yours": this thread splits it as it reads it and
// sends its messages out in batches, so no thread ever holds a whole mbox's results.
// A short run is decoded here alone: workers start once the run is known to pass START_AFTER items,
// looked ahead at before any is decoded, so they warm up from the run's first item. Each worker has
// its own heap and warms its JIT up on its own. At most `N * WINDOW` batches are between the first
// not yet written and the last read, so memory stays bounded.
import type {Worker} from 'node:worker_threads';
import {contentBytes, fileItems, type Job} from './enumerate';
import {answer, decoderWorker, type Reply} from './decoder-thread';
import {readItems} from './prefetch';
import {UntilFailure} from './until-failure';
import {renderer, renderItem, type Rendered, type RenderOptions} from './render';
import {batches, renderBatch} from './batch';

/** A run of more than this many items is decoded in several threads (when asked for more than one). */
export const START_AFTER = 256;
/** Content bytes looked ahead at (standard input, an mbox's messages) past which a run is long too. */
const AHEAD_BYTES = 4 * 1024 * 1024;
/** Jobs per batch, and the content bytes past which a batch goes out sooner. */
const BATCH = 16;
const BATCH_BYTES = 1024 * 1024;
/** Batches sent to one worker and not yet answered. */
const IN_FLIGHT = 2;
/** Batches per thread between the first not yet written and the last sent. */
const WINDOW = 8;
/** Jobs this thread does itself between two looks at what the workers answered. */
const TURN_EVERY = 4;
interface Slot {
	worker: Worker;
	/** Batches sent to it and not yet answered. */
	load: number;
}

type Answer = (Rendered | null)[] | undefined;

interface Batch {
	id: number;
	jobs: Job[];
	resolve: (rendered: Answer) => void;
	slot?: Slot;
}

/**
 * Worker threads running the CLI's entry as decoders; batches wait here until a worker has room.
 * Should one fail (it cannot start, or stops), every batch not yet answered and every later one is
 * answered undefined, and done in this thread: no input goes without its result.
 */
class Pool {
	private readonly slots: Slot[] = [];
	private readonly queued: Batch[] = [];
	private readonly sent = new Map<number, Batch>();
	private id = 0;
	private broken = false;
	private closing = false;

	constructor(entry: URL, size: number, render: RenderOptions) {
		for (let index = 0; index < size; index++) {
			const worker = decoderWorker(entry, render);
			worker.on('message', ({id, rendered}: Reply) => {
				const batch = this.sent.get(id);
				if (!batch) return;
				this.sent.delete(id);
				batch.slot!.load--;
				batch.resolve(rendered);
				this.dispatch();
			});
			worker.on('error', () => this.fallBack());
			worker.on('exit', () => this.fallBack());
			this.slots.push({worker, load: 0});
		}
	}

	/** The renderings of a batch of jobs, by the first worker with room. */
	run(jobs: Job[]): Promise<Answer> {
		if (this.broken) return Promise.resolve(undefined);
		return new Promise(resolve => {
			this.queued.push({id: this.id++, jobs, resolve});
			this.dispatch();
		});
	}

	/** Queued batches sent, each to the least busy worker with fewer than IN_FLIGHT. */
	private dispatch(): void {
		while (this.queued.length > 0) {
			let slot: Slot | undefined;
			for (const candidate of this.slots) if (candidate.load < IN_FLIGHT && (!slot || candidate.load < slot.load)) slot = candidate;
			if (!slot) return;
			const batch = this.queued.shift()!;
			batch.slot = slot;
			slot.load++;
			this.sent.set(batch.id, batch);
			slot.worker.postMessage({id: batch.id, jobs: batch.jobs});
		}
	}

	/**
	 * The oldest batch no worker has taken yet, for this thread to do itself: only past one batch
	 * per worker, left queued so that a worker that answers has its next batch at once.
	 */
	take(): Batch | undefined {
		return this.queued.length > this.slots.length ? this.queued.shift() : undefined;
	}

	private fallBack(): void {
		if (this.closing || this.broken) return;
		this.broken = true;
		for (const batch of this.sent.values()) batch.resolve(undefined);
		for (const batch of this.queued) batch.resolve(undefined);
		this.sent.clear();
		this.queued.length = 0;
	}

	get size(): number {
		return this.slots.length;
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

/** A batch sent out, waiting for its turn to be written. */
interface Entry {
	jobs: Job[];
	answer: Promise<Answer>;
	settled: boolean;
}

/**
 * The job as it goes to a worker: content that views part of a larger buffer (a file read into the
 * read slab, read.ts) is given bytes of its own, as a message would otherwise copy the whole buffer.
 */
function sendable(job: Job): Job {
	if (job.type !== 'content' || job.value.byteLength === job.value.buffer.byteLength) return job;
	job.value = job.value.slice();
	return job;
}

/** One run's jobs in order, each rendered here (a short run) or by a worker. */
class Run {
	private pool: Pool | undefined;
	private readonly render: ReturnType<typeof renderer>;
	private sinceTurn = 0;

	constructor(private readonly threads: Threads) {
		this.render = renderer(threads.render);
	}

	async *jobs(jobs: Iterable<Job>): AsyncGenerator<Rendered[]> {
		if (this.pool) {
			yield* this.parallel(jobs, this.pool);
			return;
		}
		if (this.threads.count <= 1) {
			yield* this.alone(jobs);
			return;
		}
		// Looked ahead at: a run of few items is decoded here, with no worker to start.
		const source = jobs[Symbol.iterator]();
		const ahead: Job[] = [];
		let bytes = 0;
		let long = false;
		for (let next = source.next(); !next.done; next = source.next()) {
			ahead.push(next.value);
			bytes += contentBytes(next.value);
			if (ahead.length > START_AFTER || bytes >= AHEAD_BYTES) {
				long = true;
				break;
			}
		}
		if (!long) {
			yield* this.alone(ahead);
			return;
		}
		this.pool = new Pool(this.threads.entry, this.threads.count - 1, this.threads.render);
		const rest = {[Symbol.iterator]: () => source};
		yield* this.parallel(
			(function* () {
				while (ahead.length > 0) yield ahead.shift()!;
				yield* rest;
			})(),
			this.pool,
		);
	}

	/** The jobs sent out in batches, their renderings written in order as they come back. */
	private async *parallel(jobs: Iterable<Job>, pool: Pool): AsyncGenerator<Rendered[]> {
		const window: Entry[] = [];
		const most = this.threads.count * WINDOW;
		let batch: Job[] = [];
		let bytes = 0;
		const send = () => {
			const entry: Entry = {jobs: batch, answer: pool.run(batch), settled: false};
			void entry.answer.then(() => (entry.settled = true));
			window.push(entry);
			batch = [];
			bytes = 0;
		};
		for (const job of jobs) {
			batch.push(sendable(job));
			bytes += contentBytes(job);
			if (batch.length >= BATCH || bytes >= BATCH_BYTES) send();
			while (window.length > 0 && (window[0]!.settled || window.length >= most)) {
				if (!window[0]!.settled && (await this.steal(pool))) continue;
				yield* this.settle(window.shift()!);
			}
		}
		if (batch.length > 0) send();
		while (window.length > 0) {
			if (!window[0]!.settled && (await this.steal(pool))) continue;
			yield* this.settle(window.shift()!);
		}
	}

	/** A batch no worker has taken yet, done here while the first to write is not back: false when none waits. */
	private async steal(pool: Pool): Promise<boolean> {
		const batch = pool.take();
		if (!batch) return false;
		const rendered: (Rendered | null)[] = [];
		for (const job of batch.jobs) {
			rendered.push((await answer(job, this.render)) ?? null);
			// Answers arrive as events: let them in now and then, so the workers get their next batches.
			if (++this.sinceTurn >= TURN_EVERY) {
				this.sinceTurn = 0;
				await new Promise(setImmediate);
			}
		}
		batch.resolve(rendered);
		return true;
	}

	private async *settle(entry: Entry): AsyncGenerator<Rendered[]> {
		const rendered = await entry.answer;
		let ready: Rendered[] = [];
		for (const [i, job] of entry.jobs.entries()) {
			const done = rendered?.[i];
			if (done) ready.push(done);
			else {
				if (ready.length > 0) yield ready;
				ready = [];
				yield* this.here(job);
			}
		}
		if (ready.length > 0) yield ready;
	}

	/**
	 * Jobs with no worker: their items rendered here, those of a long run in batches, a stage at a
	 * time (batch.ts); one thread's long run has its files read ahead (prefetch.ts).
	 */
	private async *alone(jobs: Iterable<Job>): AsyncGenerator<Rendered[]> {
		for (const batch of batches(readItems(jobs, START_AFTER, this.threads.count <= 1), START_AFTER)) {
			const rendered = renderBatch(batch, this.render);
			yield rendered instanceof Promise ? await rendered : rendered;
		}
	}

	/** A job done in this thread: a file's items (an mbox's messages may go to workers), or one item. */
	private async *here(job: Job): AsyncGenerator<Rendered[]> {
		if (job.type === 'path') yield* this.jobs(fileItems(job.label));
		else yield [await renderItem(job, this.render)];
	}

	async close(): Promise<void> {
		await this.pool?.close();
	}
}

/**
 * Each job's rendering, in the jobs' order, a few at a time. With `threads.count` > 1 and a run
 * longer than START_AFTER items, the jobs are shared by this thread and count - 1 worker threads. The
 * inputs failing is thrown after the rendering of every job before the failure (until-failure.ts).
 */
export async function* decodeAll(jobs: Iterable<Job>, threads: Threads): AsyncGenerator<Rendered[]> {
	const run = new Run(threads);
	const inputs = new UntilFailure(jobs);
	try {
		yield* run.jobs(inputs);
		inputs.rethrow();
	} finally {
		await run.close();
	}
}
