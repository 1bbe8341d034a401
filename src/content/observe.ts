// Single-page life: a MutationObserver only queues what changed; a batch in the next task turns the
// queue into the set of message bodies to (re)scan. No polling, never a whole-document rescan per
// mutation: only added subtrees are queried, and a change inside a body dirties just that body.
// Only child lists are observed, not text edits (characterData): webmails show a message by inserting
// nodes, and each keystroke in a compose box would otherwise be a record to filter out.
import {primeTextLayout} from './prime';
import type {WebmailAdapter} from './webmail';
import {nextTask} from './schedule';

export interface BodyChanges {
	/** Bodies that appeared or whose content changed. */
	dirty: Set<Element>;
}

const OURS = '[data-bounce-decoder]';

/** The outermost body containing `node` (alternatives may match nested regions of one message). */
function bodyOf(node: Node, selector: string): Element | undefined {
	const el = node.nodeType === Node.ELEMENT_NODE ? node as Element : node.parentElement;
	let body = el?.closest(selector) ?? undefined;
	for (let outer = body?.parentElement?.closest(selector); outer; outer = outer.parentElement?.closest(selector)) body = outer;
	return body;
}

/** Bodies found in the document now (used once at start). */
export function currentBodies(adapter: WebmailAdapter, root: ParentNode = document): Set<Element> {
	const found = new Set<Element>();
	for (const el of root.querySelectorAll(adapter.bodySelector)) {
		const body = bodyOf(el, adapter.bodySelector);
		if (body && !adapter.isExcluded(body)) found.add(body);
	}
	return found;
}

/** Primes the text layout of the bodies an inserted element is or holds (prime.ts). */
function primeInserted(el: Element, adapter: WebmailAdapter): void {
	if (el.closest(OURS)) return;
	const bodies = el.matches(adapter.bodySelector) ? [el] : el.querySelectorAll(adapter.bodySelector);
	for (const body of bodies) if (!adapter.isExcluded(body)) primeTextLayout(body);
}

/** Calls `onChanges` once per batch of mutations with the bodies to (re)scan. Stops with the signal. */
export function observeBodies(adapter: WebmailAdapter, signal: AbortSignal, onChanges: (changes: BodyChanges) => void): void {
	// Added nodes (whose subtree may hold new bodies) and nodes whose children were removed.
	let added: Node[] = [];
	let changed: Node[] = [];
	let scheduled = false;
	const flush = () => {
		scheduled = false;
		if (signal.aborted) return;
		const dirty = new Set<Element>();
		const seen = new Set<Node>();
		const visit = (node: Node, lookInside: boolean) => {
			if (seen.has(node) || !node.isConnected) return;
			seen.add(node);
			const el = node.nodeType === Node.ELEMENT_NODE ? node as Element : node.parentElement;
			if (!el || el.closest(OURS)) return;
			const body = bodyOf(node, adapter.bodySelector);
			if (body) {
				if (!adapter.isExcluded(body)) dirty.add(body);
			} else if (lookInside && node === el) {
				for (const found of currentBodies(adapter, el)) dirty.add(found);
			}
		};
		const [a, c] = [added, changed];
		added = [];
		changed = [];
		for (const node of a) visit(node, true);
		for (const node of c) visit(node, false);
		onChanges({dirty});
	};
	const observer = new MutationObserver(records => {
		for (const record of records) {
			for (const node of record.addedNodes) {
				added.push(node);
				// Still in the page's task that inserted it: a large body's text map is built in its frame.
				if (node.nodeType === Node.ELEMENT_NODE) primeInserted(node as Element, adapter);
			}
			// A removal inside a body changes its text: rescan that body (removed bodies are swept by the caller).
			if (record.removedNodes.length > 0) changed.push(record.target);
		}
		if (!scheduled && (added.length > 0 || changed.length > 0)) {
			scheduled = true;
			nextTask(flush);
		}
	});
	observer.observe(document.documentElement, {childList: true, subtree: true});
	signal.addEventListener('abort', () => observer.disconnect(), {once: true});
}
