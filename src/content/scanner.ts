// Scans queued message bodies one slice at a time: text chunks → marks → CSS highlights, yielding to
// the page between slices. When a body is fully marked, its displayed text goes to `onScanned` (the
// verdict banner decodes it). A body that changes while it is scanned is scanned again from the start.
import type {Mark, MarkStore} from './marks';
import {marksOfChunk} from './scan';
import {deadline, yieldToPage} from './schedule';
import {textChunks} from './text-map';

/**
 * How much of a body's text is decoded for the banner: bounces say what matters at the top. 32 K chars
 * of dense bounce text decode in ~12 ms; 256 K took 118 ms (a long task) in the 5 MB E2E test.
 */
const DECODE_CAP = 32 * 1024;

export interface ScannedBody {
	body: Element;
	/** The body's displayed text without quoted parts (first DECODE_CAP chars), for decodeText. */
	text: string;
	marks: readonly Mark[];
}

export class Scanner {
	private readonly queue = new Set<Element>();
	private running = false;
	private current: Element | undefined;
	private restart = false;

	constructor(
		private readonly store: MarkStore,
		private readonly quoteSelector: string,
		private readonly signal: AbortSignal,
		private readonly onScanned: (scanned: ScannedBody) => void,
		/** Marks to keep (all when absent): a fallback reading drops those in compose windows. */
		private readonly keep?: (mark: Mark) => boolean,
	) {}

	/** Queues bodies to (re)scan; starts working at once, in this task, within a slice budget. */
	enqueue(bodies: Iterable<Element>): void {
		for (const body of bodies) {
			if (body === this.current) this.restart = true;
			else this.queue.add(body);
		}
		if (!this.running && this.queue.size > 0) void this.run();
	}

	/** Drops the marks of bodies that left the document (another thread opened, pane switched). */
	sweep(): Element[] {
		const gone: Element[] = [];
		for (const body of [...this.store.bodies()]) {
			if (!body.isConnected) {
				this.store.clearBody(body);
				gone.push(body);
			}
		}
		return gone;
	}

	private async run(): Promise<void> {
		this.running = true;
		let timeUp = deadline();
		try {
			while (this.queue.size > 0 && !this.signal.aborted) {
				const body = this.queue.values().next().value as Element;
				this.queue.delete(body);
				if (!body.isConnected) continue;
				this.current = body;
				this.store.clearBody(body);
				let text = '';
				const pending: Mark[] = [];
				for (const chunk of textChunks(body, undefined, this.quoteSelector)) {
					if (text.length < DECODE_CAP) text += chunk.own.slice(0, DECODE_CAP - text.length);
					const {marks} = marksOfChunk(chunk, body);
					pending.push(...(this.keep ? marks.filter(this.keep) : marks));
					if (timeUp()) {
						// Highlights are added per slice, so a huge body shows its first marks at once.
						this.store.add(pending.splice(0));
						await yieldToPage();
						timeUp = deadline();
						if (this.signal.aborted) return;
						if (this.restart || !body.isConnected) break;
					}
				}
				this.current = undefined;
				if (!body.isConnected) {
					this.store.clearBody(body);
					continue;
				}
				this.store.add(pending);
				if (this.restart) {
					this.restart = false;
					this.queue.add(body);
					continue;
				}
				this.onScanned({body, text, marks: this.store.marksOf(body)});
				if (timeUp()) {
					await yieldToPage();
					timeUp = deadline();
				}
			}
		} finally {
			this.running = false;
			this.current = undefined;
		}
	}
}
