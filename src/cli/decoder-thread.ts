// A decoder thread of a long run (pool.ts): how the main thread starts one, and what it does — each
// batch of items it is sent (read by the main thread's reader, bytes and all) decoded and answered
// whole, in one message: each content item with its decoding (decodeStage: the report and the
// message's text), whose codes and line the main thread then makes itself (batch.ts renderStage);
// any other item, and every item of an output that shows no codes (CSV, a summary), rendered here
// (render.ts).
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {decodeBatch, renderStage} from './batch';
import type {Item} from './inputs';
import {renderer, type Render, type Rendered, type RenderOptions} from './render';
import type {Decoded} from './run';

/** workerData marking a thread as one of the CLI's decoders. */
const ROLE = 'bounce-decoder:decode';

interface DecoderData {
	role: string;
	render: RenderOptions;
}

/**
 * An item decoded by a worker, for the main thread to finish (it holds the item): the decoding, outside
 * any email scope of the main thread's.
 */
export interface Handoff {
	decoded: Decoded;
}

/** What a worker gives for one item: its rendering, or its decoding (a Handoff). */
export type Answered = Rendered | Handoff;

/** A batch of items sent to a worker: its content items are answered with their decodings (Handoff). */
export interface Request {
	id: number;
	items: Item[];
}

/** A worker's answer to batch `id`, item by item; null where it did not get that far (the main thread does those). */
export interface Reply {
	id: number;
	rendered: (Answered | null)[];
}

export function isHandoff(answer: Answered): answer is Handoff {
	return 'decoded' in answer;
}

/** True in a thread the CLI started to decode items (see serveDecoder). */
export function isDecoderThread(): boolean {
	return !isMainThread && (workerData as {role?: string} | null)?.role === ROLE;
}

/**
 * Each item of a batch decoded (decodeBatch): a content item whose decoding has the message's text
 * (which stands for its bytes) is answered with it (a Handoff), any other rendered here from its
 * stage, as renderBatch renders it. An output that shows no codes has every item rendered here: what
 * is left of an item past its decoding is then little, less than posting its decoding costs
 * (19,383 copies, --jobs 2 --csv, five interleaved rounds: 2.43 against 2.36 s at 3.98 against 3.66 s
 * of CPU). A failure of the batch leaves it unanswered: the main thread then does its items itself,
 * and reports what goes wrong there as it would without workers.
 */
export async function answerBatch(items: Item[], render: Render): Promise<(Answered | null)[]> {
	try {
		const stages = await decodeBatch(items);
		return items.map((item, i): Answered => {
			const {decoded} = stages[i]!;
			if (item.type !== 'content' || decoded?.text === undefined || !render.codes) return renderStage(item, stages[i]!, render);
			return {decoded: {report: decoded.report, text: decoded.text}};
		});
	} catch {
		return items.map(() => null);
	}
}

/** The worker's side: each batch it is sent, answered whole, one batch after the other. */
export function serveDecoder(): void {
	const render = renderer((workerData as DecoderData).render);
	let queue = Promise.resolve();
	parentPort!.on('message', ({id, items}: Request) => {
		queue = queue.then(async () => {
			const rendered = await answerBatch(items, render);
			parentPort!.postMessage({id, rendered} satisfies Reply);
		});
	});
}

/** Whether the CLI's entry is its TypeScript source (`npm run explain`, through tsx), not the bundle. */
export function fromSource(entry: URL): boolean {
	return entry.pathname.endsWith('.ts');
}

/**
 * A worker running the CLI's entry as a decoder. The bundled CLI is plain JavaScript; the TypeScript
 * entry (`npm run explain`, through tsx) needs tsx's loader registered in the worker first.
 */
export function decoderWorker(entry: URL, render: RenderOptions): Worker {
	const data: DecoderData = {role: ROLE, render};
	if (!fromSource(entry)) return new Worker(entry, {workerData: data});
	const boot = `import('tsx/esm/api').then(tsx => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
	return new Worker(boot, {eval: true, workerData: data});
}
