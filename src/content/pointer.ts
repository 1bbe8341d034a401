// Pointer → mark hit-testing, throttled to one check per frame: the caret position under the pointer
// (caretPositionFromPoint, or caretRangeFromPoint) → the per-text-node index of marks → confirmed
// against the range's rects (the caret snaps to the nearest character even past the end of a line).
import type {HoverCard} from './card';
import type {Mark, MarkStore} from './marks';

type CaretDoc = Document & {
	caretPositionFromPoint?: (x: number, y: number) => {offsetNode: Node; offset: number} | null;
	caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number): {node: Node; offset: number} | undefined {
	const doc = document as CaretDoc;
	if (typeof doc.caretPositionFromPoint === 'function') {
		const pos = doc.caretPositionFromPoint(x, y);
		return pos ? {node: pos.offsetNode, offset: pos.offset} : undefined;
	}
	const range = doc.caretRangeFromPoint?.(x, y);
	return range ? {node: range.startContainer, offset: range.startOffset} : undefined;
}

const SLOP = 1;

/** The mark under the point (x, y), if any. */
export function markAt(store: MarkStore, x: number, y: number): Mark | undefined {
	if (store.size === 0) return undefined;
	const caret = caretAt(x, y);
	if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
	const mark = store.at(caret.node, caret.offset);
	if (!mark) return undefined;
	for (const r of mark.range.getClientRects()) {
		if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return mark;
	}
	return undefined;
}

/** Shows the card over marked codes; stops with the signal. `alive` says whether the extension still runs. */
export function watchPointer(store: MarkStore, card: HoverCard, signal: AbortSignal, alive: () => boolean): void {
	let frame = 0;
	let x = 0;
	let y = 0;
	let target: EventTarget | null = null;
	const check = () => {
		frame = 0;
		if (signal.aborted || !alive()) return;
		if (card.contains(target)) {
			card.keep();
			return;
		}
		const mark = markAt(store, x, y);
		if (mark) card.show(mark);
		else card.hideSoon();
	};
	document.addEventListener('pointermove', event => {
		if (!event.isTrusted) return;
		x = event.clientX;
		y = event.clientY;
		target = event.target;
		if (!frame && (store.size > 0 || card.mark)) frame = requestAnimationFrame(check);
	}, {capture: true, passive: true, signal});
	document.addEventListener('keydown', event => {
		if (event.isTrusted && event.key === 'Escape' && card.mark) card.hide();
	}, {capture: true, signal});
	// The pointer left the window.
	document.documentElement.addEventListener('pointerleave', event => event.isTrusted && card.hideSoon(), {signal});
	signal.addEventListener('abort', () => cancelAnimationFrame(frame), {once: true});
}
