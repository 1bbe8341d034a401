// Chromium builds, once per block of text and on first need, a map from DOM offsets to its laid-out
// text: any highlight or range geometry in the block needs it. For the 5 MB message (one block of
// 12,500 lines) that build took 110–180 ms, measured as one long animation frame of its own when our
// first highlights were painted. A body that large is primed while the page is still inserting it (in
// the mutation observer's callback, the page's own task): the build then lands in the frame where the
// page lays out those 5 MB anyway (600+ ms there), not in a new one. Small bodies are not primed: their
// map builds in well under a millisecond and forcing the page's layout early would gain nothing.

/** Bodies with at least this much text are primed (the map builds at roughly 30 ns per char). */
export const PRIME_MIN_CHARS = 256 * 1024;

const VISIBLE = /\S/;

/** The first text node with visible characters under `root`, searching backwards when `last`. */
function edgeText(root: Element, last: boolean): Text | undefined {
	const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	let node = last ? walker.lastChild() : walker.nextNode();
	// Whitespace-only runs between tags may have no box: they build nothing.
	while (node && !VISIBLE.test((node as Text).data)) node = last ? walker.previousNode() : walker.nextNode();
	return node as Text | null ?? undefined;
}

/**
 * Builds the text maps of a large body's first and last blocks now (one caret's box each): a body of
 * one huge block (plain text shown with `<br>`s, or one `<pre>`) is then fully mapped.
 */
export function primeTextLayout(body: Element): void {
	if ((body.textContent?.length ?? 0) < PRIME_MIN_CHARS) return;
	const range = body.ownerDocument.createRange();
	for (const text of new Set([edgeText(body, false), edgeText(body, true)])) {
		if (!text) continue;
		range.setStart(text, 0);
		range.collapse(true);
		range.getClientRects();
	}
}
