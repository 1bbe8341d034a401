// Where the CLI writes: standard output, buffered (one write per 64 KiB on a pipe, per result on a
// terminal; each text encoded into the buffer as it comes) and held back while the reader is slower
// than the run, and standard error for the one-line messages. A closed pipe (`| head -1`) ends the
// run quietly: the reader has what it wanted, so no stack trace and exit code 0.

const FLUSH_AT = 64 * 1024;

/** Control characters of attacker-controlled text, which a terminal would obey: shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function printable(text: string): string {
	return text.replace(CONTROL, '\uFFFD');
}

/** Room of the output buffer: a text that might not fit in what is left is written after a flush, or alone. */
const ROOM = FLUSH_AT + 16 * 1024;
/** UTF-8 bytes of one UTF-16 code unit, at most. */
const MOST_PER_UNIT = 3;

export class Sink {
	/** Output encoded as it comes (no joined string to encode again), written a buffer at a time. */
	private buffer = Buffer.allocUnsafe(ROOM);
	private size = 0;
	private readonly interactive = Boolean(process.stdout.isTTY);
	/** Called before anything is written to a terminal, so a progress line can step aside. */
	beforeWrite: () => void = () => {};

	constructor() {
		process.stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(0);
			// Output that cannot be written at all (a closed descriptor, a full disk): say so in one line.
			process.stderr.write(`cannot write the output (${error.code ?? error.message}).\n`);
			process.exit(2);
		});
		process.stderr.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') throw error;
		});
	}

	out(text: string): void {
		if (text.length * MOST_PER_UNIT > ROOM - this.size) {
			this.flush();
			if (text.length * MOST_PER_UNIT > ROOM) {
				if (this.interactive) this.beforeWrite();
				process.stdout.write(text);
				return;
			}
		}
		this.size += this.buffer.write(text, this.size);
		if (this.interactive || this.size >= FLUSH_AT) this.flush();
	}

	err(line: string): void {
		this.beforeWrite();
		process.stderr.write(printable(line) + '\n');
	}

	flush(): void {
		if (this.size === 0) return;
		if (this.interactive) this.beforeWrite();
		// The stream may hold the bytes until the reader takes them: the next output goes to a new buffer.
		process.stdout.write(this.buffer.subarray(0, this.size));
		this.buffer = Buffer.allocUnsafe(ROOM);
		this.size = 0;
	}

	/** True while standard output holds more than it wants: wait for ready() before writing on. */
	get full(): boolean {
		return process.stdout.writableNeedDrain;
	}

	/**
	 * Resolves once standard output can take more: a slow reader holds the run back rather than the
	 * output piling up in memory. Waiting is also when a closed pipe's error is heard.
	 */
	async ready(): Promise<void> {
		if (process.stdout.writableNeedDrain) await new Promise(resolve => process.stdout.once('drain', resolve));
	}

	/** Flushes, and resolves once standard output has taken everything (before the process exits). */
	async end(): Promise<void> {
		this.flush();
		await this.ready();
	}
}
