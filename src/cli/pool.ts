// Stage 2 in parallel, when asked (--jobs N): items are decoded (processItem, pure) in N worker
// threads while this thread reads the next inputs and writes the results, in input order. A short run
// is decoded here all the same (a worker costs ~50 ms and ~17 MB to start): workers start once a run
// passes START_AFTER items. At most IN_FLIGHT items per worker are read ahead, so memory stays
// bounded — but each worker has a heap of its own, so a run with workers takes more memory than
// DESIGN.md's 150 MB, which is why one thread is the default. Workers pay off on idle cores: each
// item's result is copied between threads, and each worker warms up on its own, so on a machine whose
// cores are busy they only add work (bench/bulk.bench.ts measures both).
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import type {Item} from './inputs';
import {processItem, type ResultOut} from './run';

/** Items decoded in this thread before workers are started. */
export const START_AFTER = 256;
/** Items read ahead per worker (sent, not yet written). */
const IN_FLIGHT = 32;
/** workerData marking a thread as one of the CLI's decoders. */
const ROLE = 'bounce-decoder:decode';

/** True in a thread the CLI started to decode items (see serveDecoder). */
export function isDecoderThread(): boolean {
	return !isMainThread && (workerData as {role?: string} | null)?.role === ROLE;
}

/** The worker's side: decode each item it is sent and send its result back with the item's number. */
export function serveDecoder(): void {
	parentPort!.on('message', (job: {seq: number; item: Item}) => {
		// A failure is answered without a result: the main thread then decodes the item itself, and
		// reports what goes wrong there as it would without workers.
		void processItem(job.item).then(
			result => parentPort!.postMessage({seq: job.seq, result}),
			() => parentPort!.postMessage({seq: job.seq}),
		);
	});
}

interface Pending {
	item: Item;
	resolve: (result: ResultOut | Promise<ResultOut>) => void;
}

/**
 * A worker running the CLI's entry as a decoder. The bundled CLI is plain JavaScript; the TypeScript
 * entry (`npm run explain`, through tsx) needs tsx's loader registered in the worker first.
 */
function decoderWorker(entry: URL): Worker {
	if (!entry.pathname.endsWith('.ts')) return new Worker(entry, {workerData: {role: ROLE}});
	const boot = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
	return new Worker(boot, {eval: true, workerData: {role: ROLE}});
}

/**
 * Worker threads running the CLI's entry as decoders. Should one fail (it cannot start, or stops),
 * the items it held and every later one are decoded in this thread: no input goes without its result.
 */
class Pool {
	private readonly workers: Worker[] = [];
	private readonly pending = new Map<number, Pending>();
	private next = 0;
	private seq = 0;
	private broken = false;
	private closing = false;

	constructor(entry: URL, size: number) {
		for (let i = 0; i < size; i++) {
			const worker = decoderWorker(entry);
			worker.on('message', (answer: {seq: number; result?: ResultOut}) => {
				const waiting = this.pending.get(answer.seq);
				this.pending.delete(answer.seq);
				if (waiting) waiting.resolve(answer.result ?? processItem(waiting.item));
			});
			worker.on('error', () => this.fallBack());
			worker.on('exit', () => this.fallBack());
			this.workers.push(worker);
		}
	}

	/** The item's result, decoded by the next worker in turn. */
	run(item: Item): Promise<ResultOut> {
		if (this.broken) return processItem(item);
		const seq = this.seq++;
		const worker = this.workers[this.next]!;
		this.next = (this.next + 1) % this.workers.length;
		return new Promise<ResultOut>(resolve => {
			this.pending.set(seq, {item, resolve});
			worker.postMessage({seq, item});
		});
	}

	private fallBack(): void {
		if (this.closing) return;
		this.broken = true;
		for (const waiting of this.pending.values()) waiting.resolve(processItem(waiting.item));
		this.pending.clear();
	}

	async close(): Promise<void> {
		this.closing = true;
		await Promise.all(this.workers.map(worker => worker.terminate()));
	}
}

export interface Decoded {
	item: Item;
	/** The result, or the error that kept the item from having one. */
	result: ResultOut | Error;
}

/**
 * Each item with its result, in the items' order. With `jobs` > 1 and a run longer than START_AFTER
 * items, the rest are decoded by `jobs` worker threads running `entry` (which must call serveDecoder
 * when isDecoderThread()).
 */
export async function* decodeAll(items: Iterable<Item>, entry: URL, jobs: number): AsyncGenerator<Decoded> {
	const window: {item: Item; result: Promise<ResultOut>}[] = [];
	let pool: Pool | undefined;
	let count = 0;
	const settle = async (head: {item: Item; result: Promise<ResultOut>}): Promise<Decoded> => {
		try {
			return {item: head.item, result: await head.result};
		} catch (error) {
			return {item: head.item, result: error as Error};
		}
	};
	try {
		for (const item of items) {
			count++;
			if (!pool && jobs > 1 && count > START_AFTER) pool = new Pool(entry, jobs);
			if (!pool) {
				yield await settle({item, result: processItem(item)});
				continue;
			}
			window.push({item, result: pool.run(item)});
			if (window.length >= jobs * IN_FLIGHT) yield await settle(window.shift()!);
		}
		while (window.length > 0) yield await settle(window.shift()!);
	} finally {
		await pool?.close();
	}
}
