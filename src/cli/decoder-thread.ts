// A decoder thread of a long run (pool.ts): how the main thread starts one, and what it does — each
// batch of jobs it is sent read, decoded and rendered (render.ts) and answered whole, in one message.
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {fileItems, type Job} from './enumerate';
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
 * A job rendered, or undefined when it is this thread's to do: a file that is an mbox of several
 * messages (the main thread sends its messages out in batches).
 */
export async function answer(job: Job, render: Render): Promise<Rendered | undefined> {
	if (job.type !== 'path') return renderItem(job, render);
	const items = fileItems(job.label);
	const first = items.next();
	// A file's one item is all it has unless it is an mbox of several, whose first item is message 1.
	items.return(undefined);
	if (first.done || first.value.message !== undefined) return undefined;
	return renderItem(first.value, render);
}

/** The worker's side: each batch it is sent, answered whole, one batch after the other. */
export function serveDecoder(): void {
	const render = renderer((workerData as DecoderData).render);
	let queue = Promise.resolve();
	parentPort!.on('message', ({id, jobs}: {id: number; jobs: Job[]}) => {
		queue = queue.then(async () => {
			const rendered: (Rendered | null)[] = [];
			for (const job of jobs) {
				// A failure is answered without a result: the main thread then does the job itself, and
				// reports what goes wrong there as it would without workers.
				rendered.push(await answer(job, render).then(done => done ?? null, () => null));
			}
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
