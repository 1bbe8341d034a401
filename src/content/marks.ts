// The marks: one Range per code token, shown through CSS.highlights (highlights.ts); nothing is
// written into the message. A per-text-node index (sorted by offset) answers "which mark is at this
// caret position" for the hover card. Bodies with more than LIVE_LIMIT marks register only the ones
// near the viewport (viewport.ts explains why), refreshed on scroll, one frame at a time.
// Everything kept for a message is reachable from its body's entry, so clearing the body frees all of
// it: the text nodes indexed are listed per body, not found again through the marks' Ranges (a live
// Range moves to the parent when its message leaves the page, and its old text node key would stay).
import type {MatchKind} from '../core';
import {Highlights, type MarkTone} from './highlights';
import {bodyNearViewport, nearViewport, NEEDED_MARGIN, REGISTERED_MARGIN, spanToRegister} from './viewport';

export {highlightName, TONES, type MarkTone} from './highlights';

/** Marks per body above which only those near the viewport are registered. */
export const LIVE_LIMIT = 1500;

/** The reply a token belongs to: what the card explains. */
export interface Reply {
	reply?: string;
	enhanced?: string;
	tags: string[];
	text: string;
}

export interface Mark {
	range: Range;
	/** The token as written (`550`, `5.1.1`, `TSS04`). */
	code: string;
	kind: MatchKind;
	tone: MarkTone;
	group: Reply;
	body: Element;
}

interface NodeEntry {
	start: number;
	end: number;
	mark: Mark;
}

interface BodyMarks {
	marks: Mark[];
	/** Registered span [lo, hi) when windowed; everything otherwise. */
	windowed: boolean;
	lo: number;
	hi: number;
	/** The text nodes this body's marks are indexed under in `byNode`. */
	nodes: Set<Text>;
}

export class MarkStore {
	private readonly highlights = new Highlights();
	private readonly byBody = new Map<Element, BodyMarks>();
	private readonly byNode = new Map<Text, NodeEntry[]>();
	private frame = 0;
	size = 0;

	add(marks: readonly Mark[]): void {
		for (const mark of marks) {
			let entry = this.byBody.get(mark.body);
			if (!entry) this.byBody.set(mark.body, entry = {marks: [], windowed: false, lo: 0, hi: 0, nodes: new Set()});
			entry.marks.push(mark);
			this.index(mark, entry.nodes);
			this.size++;
			if (entry.windowed) continue;
			if (entry.marks.length <= LIVE_LIMIT) this.highlights.show(mark.range, mark.tone);
			else {
				// Too many to keep registered: from now on only the ones near the viewport.
				for (const m of entry.marks) this.highlights.hide(m.range, m.tone);
				entry.windowed = true;
				entry.lo = entry.hi = 0;
			}
		}
		if ([...this.byBody.values()].some(e => e.windowed)) this.scheduleRefresh();
	}

	/** Re-computes the registered span of windowed bodies in the next frame (on scroll, resize, new marks). */
	scheduleRefresh(): void {
		if (this.frame || typeof requestAnimationFrame !== 'function') return;
		this.frame = requestAnimationFrame(() => {
			this.frame = 0;
			this.refresh();
		});
	}

	private refresh(): void {
		for (const [body, entry] of this.byBody) {
			if (!entry.windowed) continue;
			const {marks} = entry;
			const height = window.innerHeight;
			const near = (margin: number) => nearViewport(marks.length, i => marks[i]!.range, height, margin * height);
			const needed: [number, number] = bodyNearViewport(body, height, NEEDED_MARGIN * height) ? near(NEEDED_MARGIN) : [0, 0];
			const [lo, hi] = spanToRegister([entry.lo, entry.hi], needed, () => near(REGISTERED_MARGIN));
			if (lo === entry.lo && hi === entry.hi) continue;
			for (let i = entry.lo; i < entry.hi; i++) if (i < lo || i >= hi) this.highlights.hide(marks[i]!.range, marks[i]!.tone);
			for (let i = lo; i < hi; i++) if (i < entry.lo || i >= entry.hi) this.highlights.show(marks[i]!.range, marks[i]!.tone);
			entry.lo = lo;
			entry.hi = hi;
		}
	}

	/** Registers the mark's extent in every text node it covers (almost always one). */
	private index(mark: Mark, nodes: Set<Text>): void {
		const {range} = mark;
		const start = range.startContainer as Text;
		const end = range.endContainer as Text;
		nodes.add(start).add(end);
		if (start === end) {
			this.indexNode(start, range.startOffset, range.endOffset, mark);
			return;
		}
		this.indexNode(start, range.startOffset, start.length, mark);
		this.indexNode(end, 0, range.endOffset, mark);
	}

	private indexNode(node: Text, start: number, end: number, mark: Mark): void {
		let list = this.byNode.get(node);
		if (!list) this.byNode.set(node, list = []);
		const entry = {start, end, mark};
		// Marks arrive in document order, so this is an append; keep the list sorted regardless.
		const last = list[list.length - 1];
		if (!last || last.start <= start) list.push(entry);
		else list.splice(list.findIndex(e => e.start > start), 0, entry);
	}

	/** The mark whose token contains the caret position (node, offset), if any. */
	at(node: Node, offset: number): Mark | undefined {
		const list = this.byNode.get(node as Text);
		if (!list) return undefined;
		let lo = 0;
		let hi = list.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const entry = list[mid]!;
			if (offset < entry.start) hi = mid - 1;
			else if (offset > entry.end) lo = mid + 1;
			else return entry.mark;
		}
		return undefined;
	}

	/** Registered marks of a body entry, as index bounds. */
	private live(entry: BodyMarks): [number, number] {
		return entry.windowed ? [entry.lo, entry.hi] : [0, entry.marks.length];
	}

	/** Moves marks to the highlight of the tone `toneOf` now gives them (after the background answers). */
	retone(toneOf: (mark: Mark) => MarkTone): void {
		for (const entry of this.byBody.values()) {
			const [lo, hi] = this.live(entry);
			entry.marks.forEach((mark, i) => {
				const tone = toneOf(mark);
				if (tone === mark.tone) return;
				const registered = i >= lo && i < hi;
				if (registered) this.highlights.hide(mark.range, mark.tone);
				mark.tone = tone;
				if (registered) this.highlights.show(mark.range, tone);
			});
		}
	}

	/** How many text nodes the hit-test index holds (all bodies). */
	get indexedNodes(): number {
		return this.byNode.size;
	}

	marksOf(body: Element): readonly Mark[] {
		return this.byBody.get(body)?.marks ?? [];
	}

	bodies(): IterableIterator<Element> {
		return this.byBody.keys();
	}

	clearBody(body: Element): void {
		const entry = this.byBody.get(body);
		if (!entry) return;
		this.byBody.delete(body);
		const [lo, hi] = this.live(entry);
		for (let i = lo; i < hi; i++) this.highlights.hide(entry.marks[i]!.range, entry.marks[i]!.tone);
		for (const node of entry.nodes) {
			// A text node is almost always one body's; keep another body's entries if it is not.
			const rest = this.byNode.get(node)?.filter(e => e.mark.body !== body) ?? [];
			if (rest.length > 0) this.byNode.set(node, rest);
			else this.byNode.delete(node);
		}
		this.size -= entry.marks.length;
	}

	/** Removes every mark and our highlights from the registry. */
	destroy(): void {
		if (this.frame) cancelAnimationFrame(this.frame);
		this.frame = 0;
		for (const body of [...this.byBody.keys()]) this.clearBody(body);
		this.highlights.destroy();
	}
}
