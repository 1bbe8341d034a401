// Decodes a pasted bounce or a dropped file, and explains long texts, off the keystroke path: in the
// decode worker (decode-worker.ts), so the popup keeps painting however big the input. The answer
// arrives a moment later, with progress on the way; a stale answer (the input changed) is dropped.
// Where no Worker exists (unit tests in happy-dom) the same job runs in the page, in slices.
import {useEffect, useState} from 'preact/hooks';
import {codeItem, runJob, type DecodeJob, type DecodeResult, type Progress} from './decode-job';
import type {JobReply, JobRequest} from './decode-worker';
import type {ResultItem} from './items';
import {DEFER_CHARS} from './lookup';

export type Decoded = Omit<DecodeResult, 'codes'> & {codes: ResultItem[]; from: DecodeJob['kind']};

export type DecodeState =
	| {status: 'idle'}
	/** `previous`: the last text job's answer, shown while the next one runs (typing in a long text). */
	| {status: 'busy'; progress?: Progress; previous?: Decoded}
	| {status: 'done'; result: Decoded}
	| {status: 'error'; message: string};

const IDLE: DecodeState = {status: 'idle'};

/**
 * A long text is worked on once typing pauses this long: each keystroke in it would otherwise start
 * a job of tens of milliseconds, and the worker's CPU is the page's too on a small machine.
 */
export const TYPING_PAUSE_MS = 150;

interface Listener {
	progress(progress: Progress): void;
	done(result: DecodeResult): void;
	error(message: string): void;
}

let worker: Worker | undefined;
let nextId = 0;
const listeners = new Map<number, Listener>();

function send(request: JobRequest): void {
	if (!worker) {
		worker = new Worker(new URL('./decode-worker.ts', import.meta.url), {type: 'module'});
		worker.addEventListener('message', (event: MessageEvent<JobReply>) => {
			const reply = event.data;
			const listener = listeners.get(reply.id);
			if (!listener) return;
			if ('progress' in reply) return listener.progress(reply.progress);
			listeners.delete(reply.id);
			if ('result' in reply) listener.done(reply.result);
			else listener.error(reply.error);
		});
		// A worker that cannot start (it should always): every job waiting on it fails visibly.
		worker.addEventListener('error', event => {
			for (const listener of listeners.values()) listener.error(event.message || 'the decoder could not start');
			listeners.clear();
		});
	}
	worker.postMessage(request);
}

/** Starts a job; the returned function cancels it (a newer job, or nothing to do any more). */
function start(job: DecodeJob, listener: Listener): () => void {
	const id = ++nextId;
	if (typeof Worker !== 'function') {
		let cancelled = false;
		runJob(job, {progress: listener.progress, stale: () => cancelled}).then(
			result => result && !cancelled && listener.done(result),
			(error: unknown) => !cancelled && listener.error(error instanceof Error ? error.message : String(error)),
		);
		return () => {
			cancelled = true;
		};
	}
	listeners.set(id, listener);
	send({id, job});
	return () => {
		if (!listeners.delete(id)) return;
		// Nothing newer was sent: tell the worker to stop this one.
		if (id === nextId) send({id: ++nextId, job: null});
	};
}

const decoded = (result: DecodeResult, job: DecodeJob): Decoded => ({...result, codes: result.codes.map(codeItem), from: job.kind});

/** What stays on screen while a new job runs: a text's last answer, when the new job reads a text too. */
function carried(previous: DecodeState, job: DecodeJob): Decoded | undefined {
	const last = previous.status === 'done' ? previous.result : previous.status === 'busy' ? previous.previous : undefined;
	return job.kind === 'text' && last?.from === 'text' ? last : undefined;
}

export function useDecode(job: DecodeJob | undefined): DecodeState {
	const [state, setState] = useState<DecodeState>(IDLE);
	useEffect(() => {
		if (!job) {
			setState(IDLE);
			return;
		}
		let current = true;
		setState(previous => ({status: 'busy', previous: carried(previous, job)}));
		let cancel = () => {};
		const run = () => {
			cancel = start(job, {
				progress: progress => current && setState(previous => previous.status === 'busy' ? {...previous, progress} : {status: 'busy', progress}),
				done: result => current && setState({status: 'done', result: decoded(result, job)}),
				error: message => current && setState({status: 'error', message}),
			});
		};
		const timer = job.kind === 'text' && job.text.length > DEFER_CHARS ? setTimeout(run, TYPING_PAUSE_MS) : undefined;
		if (timer === undefined) run();
		return () => {
			current = false;
			clearTimeout(timer);
			cancel();
		};
	}, [job]);
	return state;
}
