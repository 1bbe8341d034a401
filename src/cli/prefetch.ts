// The items of a one-thread run's jobs, in order, the files of a long run read ahead by a reader
// thread (reader-thread.ts) so that this thread, which decodes, makes fewer system calls. A short run
// starts no thread. Past `startAfter` jobs the jobs are looked ahead at (at most AHEAD jobs, AHEAD_BYTES
// of content), their paths sent to the reader in groups; its answers are taken synchronously
// (receiveMessageOnPort) when a file's turn comes. A file whose bytes are not back yet, or that the
// reader left unread (too long for one chunk, an error), is read here as it would be without a reader:
// the bytes a file is decoded from are those one read of it gave, whichever thread made it, so every
// result, error and exit code is the same.
import {receiveMessageOnPort, type MessagePort, type Worker} from 'node:worker_threads';
import {contentBytes, fileItems, itemsOf, type Job} from './enumerate';
import type {Item} from './inputs';
import {wholeFileItems} from './read';
import {GROUP, readerThread, UNREAD, type Group} from './reader-thread';
import {UntilFailure} from './until-failure';

/** Jobs looked ahead at, past the one being done: the reader is at most this far ahead. */
const AHEAD = 4 * GROUP;
/** Content bytes of the jobs looked ahead at (standard input, a named pipe) past which no more are. */
const AHEAD_BYTES = 4 * 1024 * 1024;

/** A job looked ahead at; a path sent to the reader has its number among the paths sent (`sent`). */
interface Ahead {
	job: Job;
	sent?: number;
}

/** The reader thread and what it has answered, taken in the order the paths were sent. */
class Reader {
	private readonly worker: Worker;
	private readonly port: MessagePort;
	/** Paths sent so far; the group being gathered. */
	private sent = 0;
	private gathering: string[] = [];
	/** The group answered last, and the number of its first path. */
	private group: Group | undefined;
	private first = 0;
	/** The number of the first path of the next group to come. */
	private next = 0;

	constructor() {
		({worker: this.worker, port: this.port} = readerThread());
		// It never keeps the process alive; should it fail, every file is read here.
		this.worker.unref();
		this.worker.on('error', () => {});
	}

	/** Gives a path to the reader: its number, by which its bytes are asked for. */
	add(path: string): number {
		this.gathering.push(path);
		if (this.gathering.length >= GROUP) this.flush();
		return this.sent + this.gathering.length - 1;
	}

	/** Sends the group being gathered. */
	flush(): void {
		if (this.gathering.length === 0) return;
		this.port.postMessage(this.gathering);
		this.sent += this.gathering.length;
		this.gathering = [];
	}

	/** The bytes of path `n`, or undefined when they are not back (yet) or the reader left it unread. */
	take(n: number): Uint8Array | undefined {
		if (n >= this.sent) return undefined;
		while (!this.group || n >= this.first + this.group.at.length / 2) {
			const message = receiveMessageOnPort(this.port);
			if (!message) return undefined;
			this.group = message.message as Group;
			this.first = this.next;
			this.next += this.group.at.length / 2;
		}
		const i = n - this.first;
		if (i < 0) return undefined;
		const length = this.group.at[2 * i + 1]!;
		return length === UNREAD ? undefined : new Uint8Array(this.group.buffer, this.group.at[2 * i]!, length);
	}

	/** Whether the bytes of path `n`, just taken, look binary (looksBinary, found by the reader). */
	binary(n: number): boolean {
		return this.group!.binary[n - this.first] === 1;
	}

	close(): void {
		void this.worker.terminate();
		this.port.close();
	}
}

/** The items of the jobs past the first ones, with a reader thread started for their files. */
function* readAhead(source: Iterator<Job>): Generator<Item> {
	let reader: Reader | undefined;
	const ahead: Ahead[] = [];
	let bytes = 0;
	let done = false;
	try {
		for (;;) {
			while (!done && ahead.length <= AHEAD && bytes < AHEAD_BYTES) {
				const next = source.next();
				if (next.done) done = true;
				else {
					const job = next.value;
					bytes += contentBytes(job);
					if (job.type !== 'path') ahead.push({job});
					else {
						reader ??= new Reader();
						ahead.push({job, sent: reader.add(job.label)});
					}
				}
			}
			// A group not yet full goes when no more paths come for a while (the end, much content ahead).
			if (done || bytes >= AHEAD_BYTES) reader?.flush();
			const first = ahead.shift();
			if (!first) return;
			bytes -= contentBytes(first.job);
			const read = first.sent === undefined ? undefined : reader!.take(first.sent);
			if (read) yield* wholeFileItems(first.job.label, read, reader!.binary(first.sent!));
			else if (first.job.type === 'path') yield* fileItems(first.job.label);
			else yield first.job;
		}
	} finally {
		reader?.close();
	}
}

/**
 * The items of the jobs, in order. With `ahead` (every run of the CLI's), a run of more than
 * `startAfter` jobs has its later files read ahead by a reader thread; a shorter one starts none.
 * Without it, every file is read by this thread (the tests' reference reading).
 */
export function* readItems(jobs: Iterable<Job>, startAfter: number, ahead = false): Generator<Item> {
	// The inputs failing (standard input closed under us, say) is thrown after the jobs before it,
	// however far ahead they were looked at.
	const inputs = new UntilFailure(jobs);
	const source = inputs[Symbol.iterator]();
	let count = 0;
	try {
		for (let next = source.next(); !next.done; next = source.next()) {
			yield* itemsOf(next.value);
			if (ahead && ++count >= startAfter) {
				yield* readAhead(source);
				break;
			}
		}
	} finally {
		// As a for-of loop would: inputs left unread (the run stopped) close what they hold open.
		source.return(undefined);
	}
	inputs.rethrow();
}
