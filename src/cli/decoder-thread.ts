// A decoder thread of a long run (pool.ts): how the main thread starts one, and what it does — each
// batch of jobs it is sent read, decoded and rendered (render.ts) and answered whole, in one message.
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {batches, renderBatch} from './batch';
import {fileItems, type Job} from './enumerate';
import type {Item} from './inputs';
import {renderer, renderItem, type Rendered, type RenderOptions} from './render';

/** workerData marking a thread as one of the CLI's decoders. */
const ROLE = 'bounce-decoder:decode';

interface DecoderData {
	role: string;
	render: RenderOptions;
}

type Render = ReturnType<typeof renderer>;

/** A worker's answer to batch `id`: each job's rendering, or null when it is the main thread's to do. */
export interface Reply {
	id: number;
	rendered: (Rendered | null)[];
}

/** True in a thread the CLI started to decode items (see serveDecoder). */
export function isDecoderThread(): boolean {
	return !isMainThread && (workerData as {role?: string} | null)?.role === ROLE;
}

/**
 * A job's one item, or undefined when it is the main thread's to do: a file that is an mbox of
 * several messages (the main thread sends its messages out in batches).
 */
function itemOf(job: Job): Item | undefined {
	if (job.type !== 'path') return job;
	const items = fileItems(job.label);
	const first = items.next();
	// A file's one item is all it has unless it is an mbox of several, whose first item is message 1.
	items.return(undefined);
	return first.done || first.value.message !== undefined ? undefined : first.value;
}

/** A job rendered, or undefined when it is the main thread's to do (itemOf). */
export async function answer(job: Job, render: Render): Promise<Rendered | undefined> {
	const item = itemOf(job);
	return item && renderItem(item, render);
}

/**
 * Each job of a batch rendered, a few items a stage at a time (batch.ts), or null where it is the
 * main thread's to do. A failure leaves that job and the ones after it unanswered: the main thread
 * then does them itself, and reports what goes wrong there as it would without workers.
 */
async function answerAll(jobs: Job[], render: Render): Promise<(Rendered | null)[]> {
	const rendered: (Rendered | null)[] = jobs.map(() => null);
	const at: number[] = [];
	const items = (function* () {
		for (const [i, job] of jobs.entries()) {
			const item = itemOf(job);
			if (!item) continue;
			at.push(i);
			yield item;
		}
	})();
	let k = 0;
	try {
		for (const batch of batches(items, 0)) {
			const done = renderBatch(batch, render);
			for (const one of done instanceof Promise ? await done : done) rendered[at[k++]!] = one;
		}
	} catch {
		// Answered as far as it went.
	}
	return rendered;
}

/** The worker's side: each batch it is sent, answered whole, one batch after the other. */
export function serveDecoder(): void {
	const render = renderer((workerData as DecoderData).render);
	let queue = Promise.resolve();
	parentPort!.on('message', ({id, jobs}: {id: number; jobs: Job[]}) => {
		queue = queue.then(async () => {
			const rendered = await answerAll(jobs, render);
			parentPort!.postMessage({id, rendered} satisfies Reply);
		});
	});
}

/**
 * A worker running the CLI's entry as a decoder. The bundled CLI is plain JavaScript; the TypeScript
 * entry (`npm run explain`, through tsx) needs tsx's loader registered in the worker first.
 */
export function decoderWorker(entry: URL, render: RenderOptions): Worker {
	const data: DecoderData = {role: ROLE, render};
	if (!entry.pathname.endsWith('.ts')) return new Worker(entry, {workerData: data});
	const boot = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
	return new Worker(boot, {eval: true, workerData: data});
}
