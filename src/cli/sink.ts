// Where the CLI writes: standard output, buffered (one write per 64 KiB on a pipe, per result on a
// terminal) and held back while the reader is slower than the run, and standard error for the one-line
// messages. A closed pipe (`| head -1`) ends the run quietly: the reader has what it wanted, so no
// stack trace and exit code 0.

const FLUSH_AT = 64 * 1024;

/** Control characters of attacker-controlled text, which a terminal would obey: shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function printable(text: string): string {
	return text.replace(CONTROL, '\uFFFD');
}

export class Sink {
	private buffer: string[] = [];
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
		this.buffer.push(text);
		this.size += text.length;
		if (this.interactive || this.size >= FLUSH_AT) this.flush();
	}

	err(line: string): void {
		this.beforeWrite();
		process.stderr.write(printable(line) + '\n');
	}

	flush(): void {
		if (this.buffer.length === 0) return;
		if (this.interactive) this.beforeWrite();
		process.stdout.write(this.buffer.join(''));
		this.buffer = [];
		this.size = 0;
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
