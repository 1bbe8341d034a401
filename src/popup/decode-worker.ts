// The decode worker: a module worker from the extension's own origin (allowed by the pages'
// `script-src 'self'`), so a dropped 10 MB mbox or a long pasted text never blocks the popup.
// Every message from the page is a newer job (or `null`: nothing to do any more) and supersedes the
// one running, which stops at its next slice; only the newest job's progress and result go back.
import {runJob, type DecodeJob, type DecodeResult, type Progress} from './decode-job';

export interface JobRequest {id: number; job: DecodeJob | null}
export type JobReply =
	| {id: number; progress: Progress}
	| {id: number; result: DecodeResult}
	| {id: number; error: string};

/** The worker's global scope, as far as it is used here (the DOM typings describe a window). */
interface WorkerScope {
	addEventListener(type: 'message', listener: (event: MessageEvent<JobRequest>) => void): void;
	postMessage(message: JobReply): void;
}
const scope = self as unknown as WorkerScope;
let latest = 0;

scope.addEventListener('message', (event: MessageEvent<JobRequest>) => {
	const {id, job} = event.data;
	latest = id;
	if (!job) return;
	const reply = (message: JobReply) => {
		if (id === latest) scope.postMessage(message);
	};
	runJob(job, {progress: progress => reply({id, progress}), stale: () => id !== latest}).then(
		result => result && reply({id, result}),
		(error: unknown) => reply({id, error: error instanceof Error ? error.message : String(error)}),
	);
});
