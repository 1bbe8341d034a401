// The displayed text of one message body, read from its text nodes with a TreeWalker, cut into
// chunks that can be scanned one task at a time, with a map from chunk offsets back to DOM positions.
// Block boundaries and <br> become '\n' (so `550<br>5.1.1` reads as two lines, as displayed); text
// inside editors, scripts, styles and our own UI is never read.

/** A run of one text node inside a chunk: chunk.text[start, start + length) = node.data[nodeOffset, …). */
export interface Slice {
	node: Text;
	start: number;
	nodeOffset: number;
	length: number;
}

export interface Chunk {
	text: string;
	slices: Slice[];
	/** The same text without quoted parts (replies' quotations), for decoding what this message says. */
	own: string;
}

/** Elements whose subtree is never read. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'svg', 'SVG', 'IMG']);

/** Elements that start a new line where they open and close (their display is block-like by default). */
const BLOCK = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
	'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
	'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY',
]);

const WHITESPACE_ONLY = /^\s*$/;

function isEditable(el: Element): boolean {
	const value = el.getAttribute('contenteditable');
	return value !== null && value !== 'false';
}

/** Whether a node sits in quoted text (`quoteSelector`), cached per parent element. */
function quoteFinder(quoteSelector: string | undefined): (node: Node) => boolean {
	const cache = new Map<Element, boolean>();
	return node => {
		const parent = node.parentElement;
		if (!quoteSelector || !parent) return false;
		let hit = cache.get(parent);
		if (hit === undefined) cache.set(parent, hit = parent.closest(quoteSelector) !== null);
		return hit;
	};
}

/** The nearest block-level ancestor of a node (or the root), cached per parent element. */
function blockFinder(root: Element): (node: Node) => Element {
	const cache = new Map<Element, Element>();
	return node => {
		const parent = node.parentElement;
		if (!parent) return root;
		const hit = cache.get(parent);
		if (hit) return hit;
		let el: Element = parent;
		while (el !== root && !BLOCK.has(el.tagName) && el.parentElement) el = el.parentElement;
		cache.set(parent, el);
		return el;
	};
}

/** Whether an element's subtree is never read. */
function skipped(el: Element): boolean {
	return SKIP.has(el.tagName) || isEditable(el) || el.hasAttribute('data-bounce-decoder');
}

/**
 * Moves the walker past its current node's subtree: the next node in document order outside it, or
 * null at the end of the root.
 */
function pastSubtree(walker: TreeWalker): Node | null {
	for (;;) {
		const next = walker.nextSibling();
		if (next) return next;
		if (!walker.parentNode()) return null;
	}
}

/**
 * Yields the body's text in chunks of about `size` chars. A chunk ends at a line break, so a reply
 * is rarely cut in two; a very long text node is split at a newline inside it.
 * The walker has no JavaScript node filter: a filter is a call from the browser into JavaScript per
 * node, and on the 5 MB message most of the scan's CPU went into those calls (issue 13: 453 of 492 ms
 * in Chromium); skipped subtrees are jumped over here instead.
 */
export function* textChunks(root: Element, size = 32_768, quoteSelector?: string): Generator<Chunk> {
	const doc = root.ownerDocument;
	const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
	const blockOf = blockFinder(root);
	const isQuoted = quoteFinder(quoteSelector);
	let own: string[] = [];
	let parts: string[] = [];
	let slices: Slice[] = [];
	let length = 0;
	let lastBlock: Element | undefined;
	let pendingBreak = false;
	const take = (): Chunk => {
		const chunk = {text: parts.join(''), slices, own: own.join('')};
		parts = [];
		own = [];
		slices = [];
		length = 0;
		return chunk;
	};
	let quoted = false;
	const push = (text: string) => {
		parts.push(text);
		if (!quoted) own.push(text);
		length += text.length;
	};
	let node = walker.nextNode();
	while (node) {
		if (node.nodeType !== Node.TEXT_NODE) {
			const el = node as Element;
			if (el.tagName === 'BR') pendingBreak = true;
			node = el.tagName !== 'BR' && skipped(el) ? pastSubtree(walker) : walker.nextNode();
			continue;
		}
		const text = node as Text;
		node = walker.nextNode();
		const data = text.data;
		if (data.length === 0) continue;
		const block = blockOf(text);
		if (lastBlock !== undefined && (pendingBreak || block !== lastBlock)) {
			if (length >= size) yield take();
			push('\n');
		}
		pendingBreak = false;
		lastBlock = block;
		quoted = isQuoted(text);
		// Collapsed source whitespace between tags: a space as displayed, not mapped to the node.
		if (data.length < 64 && WHITESPACE_ONLY.test(data)) {
			push(' ');
			continue;
		}
		let from = 0;
		while (data.length - from > size) {
			const cut = data.indexOf('\n', from + size);
			if (cut < 0) break;
			slices.push({node: text, start: length, nodeOffset: from, length: cut + 1 - from});
			push(data.slice(from, cut + 1));
			yield take();
			from = cut + 1;
		}
		slices.push({node: text, start: length, nodeOffset: from, length: data.length - from});
		push(from === 0 ? data : data.slice(from));
	}
	if (length > 0) yield take();
}

/** The DOM position of a chunk offset: the slice containing it (binary search), or undefined. */
export function positionAt(chunk: Chunk, offset: number, isEnd: boolean): {node: Text; offset: number} | undefined {
	const {slices} = chunk;
	let lo = 0;
	let hi = slices.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const slice = slices[mid]!;
		const end = slice.start + slice.length;
		if (offset < slice.start || (offset === slice.start && isEnd)) hi = mid - 1;
		else if (offset > end || (offset === end && !isEnd)) lo = mid + 1;
		else return {node: slice.node, offset: slice.nodeOffset + offset - slice.start};
	}
	return undefined;
}
