// Stages 2 and 3a in parallel (--jobs N, else threads.ts defaultThreads): N-1 worker threads decode the
// items of a long run while this thread walks the inputs, has their files read ahead by the reader
// thread (prefetch.ts: no decoding thread makes a system call for a file), and writes every item's
// output in input order.
// Items go out in batches (BATCH items out, bytes and all, one message of answers back), so a worker
// wakes this thread once per batch rather than once per item; a worker is sent IN_FLIGHT batches
// ahead and the rest wait here, so it never waits for this thread. A worker answers a batch with
// each content item's decoding (decoder-thread.ts Handoff), whose codes, bounds and line this thread
// then makes (batch.ts renderStage): a single worker leaves this thread about a quarter of each
// item's work (none with an output that shows no codes: the worker renders those items whole).
// (With many workers this thread, which finishes every item, may become the slower side; a choice
// of finished lines from the workers then was tried, read off the batches back and waiting to be
// written when a batch is sent, but none is ever waiting then: this thread writes every answer it
// has before it reads on, and learns of answers only while it waits for one. This thread doing the
// batches still waiting for a worker while it waits was tried as well: on two cores it only added
// CPU, its own JIT warming the decoder up too: 19,383 copies, five rounds, --jobs 2 --json 3.11
// against 3.20 s at 5.5 against 5.9 s of CPU, --csv 2.49 against 2.50 s at 3.9 against 4.7 s.)
// An mbox is split into its messages here as it is read.
// A short run is decoded here alone: workers start once the run is known to pass START_AFTER items,
// looked ahead at before any is decoded, so they warm up from the run's first item. Each worker has
// its own heap and warms its JIT up on its own. At most `N * WINDOW` batches are between the first
// not yet written and the last read, so memory stays bounded.
import {availableParallelism} from 'node:os';
import type {Worker} from 'node:worker_threads';
import {contentBytes, type Job} from './enumerate';
import type {Item} from './inputs';
import {decoderWorker, fromSource, isHandoff, type Answered, type Reply, type Request} from './decoder-thread';
import {readItems} from './prefetch';
import {UntilFailure} from './until-failure';
import {renderer, renderItem, type Render, type Rendered, type RenderOptions} from './render';
import {batches, renderBatch, renderStage} from './batch';
import {defaultThreads, longRun, START_AFTER} from './threads';

/** Items per batch, and the content bytes past which a batch goes out sooner. */
const BATCH = 16;
const BATCH_BYTES = 1024 * 1024;
/**
 * Batches sent to one worker and not yet answered: its answers are let in only when this thread
 * waits, so it is sent enough to go on while this thread finishes and writes the batches before
 * (19,383 copies, --jobs 2, three interleaved rounds: 3.29–3.35 s with 4 against 3.39–3.57 s with 2).
 */
const IN_FLIGHT = 4;
/** Batches per thread between the first not yet written and the last sent. */
const WINDOW = 8;
interface Slot {
	worker: Worker;
	/** Batches sent to it and not yet answered. */
	load: number;
}

type Answer = (Answered | null)[] | undefined;

interface Batch {
	id: number;
	items: Item[];
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

	/** The answers to a batch of items, by the first worker with room. */
	run(items: Item[]): Promise<Answer> {
		if (this.broken) return Promise.resolve(undefined);
		return new Promise(resolve => {
			this.queued.push({id: this.id++, items, resolve});
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
			slot.worker.postMessage({id: batch.id, items: batch.items} satisfies Request);
		}
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
	/** Threads of a long run: count - 1 workers that decode, and this one (--jobs). Not given: defaultThreads. */
	count?: number;
	render: RenderOptions;
	/** The machine's cores, for the default (availableParallelism() when not given). */
	cores?: number;
}

/** A batch sent out, waiting for its turn to be written. */
interface Entry {
	items: Item[];
	answer: Promise<Answer>;
	settled: boolean;
}

/**
 * The item as it goes to a worker: content that views part of a larger buffer (the reader thread's
 * answer, read.ts's slab) is given bytes of its own, as a message would otherwise copy the whole buffer.
 */
function sendable(item: Item): Item {
	if (item.type !== 'content' || item.value.byteLength === item.value.buffer.byteLength) return item;
	item.value = item.value.slice();
	return item;
}

/** One run's jobs in order, each rendered here (a short run) or by a worker. */
class Run {
	private pool: Pool | undefined;
	private readonly render: Render;
	/** Threads of a long run (Threads.count, else the default). */
	private readonly count: number;

	constructor(private readonly threads: Threads) {
		this.render = renderer(threads.render);
		this.count = threads.count ?? defaultThreads(this.render.codes, threads.cores ?? availableParallelism());
	}

	async *jobs(jobs: Iterable<Job>): AsyncGenerator<Rendered[]> {
		if (this.count <= 1) {
			yield* this.alone(jobs);
			return;
		}
		// Looked ahead at: a run of few items is decoded here, with no worker to start; fewer with --jobs
		// than for a worker of the default's.
		const {after, aheadBytes} = longRun(this.threads.count !== undefined, fromSource(this.threads.entry));
		const source = jobs[Symbol.iterator]();
		const ahead: Job[] = [];
		let bytes = 0;
		let long = false;
		for (let next = source.next(); !next.done; next = source.next()) {
			ahead.push(next.value);
			bytes += contentBytes(next.value);
			if (ahead.length > after || bytes >= aheadBytes) {
				long = true;
				break;
			}
		}
		if (!long) {
			yield* this.alone(ahead);
			return;
		}
		this.pool = new Pool(this.threads.entry, this.count - 1, this.threads.render);
		const rest = {[Symbol.iterator]: () => source};
		const all = (function* () {
			while (ahead.length > 0) yield ahead.shift()!;
			yield* rest;
		})();
		// Every file read ahead by the reader thread, from the first (prefetch.ts): no decoding thread reads.
		yield* this.parallel(readItems(all, 0, true), this.pool);
	}

	/** The items sent out in batches, their renderings written in order as they come back. */
	private async *parallel(items: Iterable<Item>, pool: Pool): AsyncGenerator<Rendered[]> {
		const window: Entry[] = [];
		const most = this.count * WINDOW;
		let batch: Item[] = [];
		let bytes = 0;
		const send = () => {
			const entry: Entry = {items: batch, answer: pool.run(batch), settled: false};
			void entry.answer.then(() => (entry.settled = true));
			window.push(entry);
			batch = [];
			bytes = 0;
		};
		for (const item of items) {
			batch.push(sendable(item));
			bytes += contentBytes(item);
			if (batch.length >= BATCH || bytes >= BATCH_BYTES) send();
			while (window.length > 0 && (window[0]!.settled || window.length >= most)) yield* this.settle(window.shift()!);
		}
		if (batch.length > 0) send();
		while (window.length > 0) yield* this.settle(window.shift()!);
	}

	/** A batch's renderings once it is back: a handed-off item finished here, one not answered done here. */
	private async *settle(entry: Entry): AsyncGenerator<Rendered[]> {
		const rendered = await entry.answer;
		const ready: Rendered[] = [];
		for (const [i, item] of entry.items.entries()) {
			const done = rendered?.[i];
			if (!done) ready.push(await renderItem(item, this.render));
			else ready.push(isHandoff(done) ? renderStage(item, {decoded: done.decoded}, this.render) : done);
		}
		yield ready;
	}

	/**
	 * Jobs with no worker: their items rendered here, those of a long run in batches, a stage at a
	 * time (batch.ts), and their files past the first START_AFTER read ahead (prefetch.ts), as in one
	 * thread: a run the default leaves to this thread can be thousands of files long.
	 */
	private async *alone(jobs: Iterable<Job>): AsyncGenerator<Rendered[]> {
		for (const batch of batches(readItems(jobs, START_AFTER, true), START_AFTER)) {
			const rendered = renderBatch(batch, this.render);
			yield rendered instanceof Promise ? await rendered : rendered;
		}
	}

	async close(): Promise<void> {
		await this.pool?.close();
	}
}

/**
 * Each job's rendering, in the jobs' order, a few at a time. With more than one thread (`threads.count`,
 * else defaultThreads) and a run longer than START_AFTER items, all but one are worker threads that
 * decode its items, and this one finishes and writes them. The inputs failing is thrown after the rendering of every job before the failure
 * (until-failure.ts).
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
