// The progress line of a long run: on standard error, only when it is a terminal, from the second
// second on — count, rate, and time left when the run's size is known (every input a file given as
// an argument: the bytes read tell how far along it is). Cleared at the end; a pipe never sees it.
import {statSync} from 'node:fs';
import type {Source} from './enumerate';
import {grouped} from './grouped';
import {onDisk} from './raw-path';

const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

/** The bytes of all sources when every one is a file (or an argument that reads nothing), else undefined. */
function totalBytes(sources: Source[]): number | undefined {
	let total = 0;
	for (const source of sources) {
		if (source.type === 'files-from' || source.value === '-') return undefined;
		try {
			const stats = onDisk(source.value, p => statSync(p));
			if (!stats.isFile()) return undefined;
			total += stats.size;
		} catch {
			// A code or a text: nothing to read.
		}
	}
	return total;
}

function duration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class Progress {
	private readonly enabled: boolean;
	private readonly started = Date.now();
	private readonly total: number | undefined;
	private count = 0;
	private bytes = 0;
	private last = 0;
	private shown = false;

	constructor(sources: Source[], enabled = Boolean(process.stderr.isTTY)) {
		this.enabled = enabled;
		this.total = enabled ? totalBytes(sources) : undefined;
	}

	/** One more result written; `bytes` of the sources it consumed. */
	tick(bytes = 0): void {
		this.count++;
		this.bytes += bytes;
		if (!this.enabled) return;
		const now = Date.now();
		if (now - this.started < FIRST_AFTER_MS || now - this.last < EVERY_MS) return;
		this.last = now;
		process.stderr.write(`\r\x1b[K${this.line(now)}`);
		this.shown = true;
	}

	line(now = Date.now()): string {
		const seconds = (now - this.started) / 1000;
		const rate = this.count / Math.max(seconds, 0.001);
		let text = `${grouped(this.count)} done · ${grouped(Math.round(rate))}/s · ${duration(seconds)} elapsed`;
		if (this.total && this.bytes > 0 && this.bytes <= this.total) text += ` · ${duration((seconds * (this.total - this.bytes)) / this.bytes)} left`;
		return text;
	}

	/** Takes the line off the terminal (before other output, and at the end). */
	clear(): void {
		if (!this.shown) return;
		process.stderr.write('\r\x1b[K');
		this.shown = false;
	}
}
