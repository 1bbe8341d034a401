// An orphaned content script (the extension was reloaded or updated under a running page) must stop
// without errors: its port to the background closes and its runtime id disappears; a newer copy of the
// script in the same frame retires the running one. Nothing of this goes through the page's DOM, so a
// page can neither switch marking off nor learn from it that the extension is there.
import browser from '../shared/browser';
import {LIFE_PORT} from '../shared/messages';

/**
 * Where the running copy leaves its retire function: a property of the content scripts' own global
 * object (every copy of this extension's content script in a frame shares that isolated world; the
 * page's scripts have another global object and cannot see it).
 */
const RETIRE = Symbol.for('bounce-decoder.retire');

/** False once the extension context is gone. */
export function contextAlive(): boolean {
	try {
		return Boolean(browser.runtime?.id);
	} catch {
		return false;
	}
}

/** Retires the copy already running in this frame, then lets a newer copy retire this one. */
export function retireOnNewInstance(controller: AbortController): void {
	const scope = globalThis as {[RETIRE]?: () => void};
	scope[RETIRE]?.();
	const retire = () => controller.abort();
	scope[RETIRE] = retire;
	controller.signal.addEventListener('abort', () => {
		if (scope[RETIRE] === retire) delete scope[RETIRE];
	}, {once: true});
}

/**
 * When the port closes the runtime id may still be there for a moment (Chrome stops the worker before
 * it tells the page's scripts the extension is gone): look again after these delays.
 */
const RECHECK_MS = [100, 1000, 5000];

/**
 * Aborts `controller` as soon as the extension goes away: the port to the background closes and the
 * runtime id is gone. A port the browser closes because it stopped an idle worker leaves the run
 * going (the id is still there); each page change and pointer move checks contextAlive() anyway.
 */
export function retireWhenOrphaned(controller: AbortController): void {
	let port: ReturnType<typeof browser.runtime.connect>;
	try {
		port = browser.runtime.connect({name: LIFE_PORT});
	} catch {
		// No runtime to connect to: already orphaned.
		controller.abort();
		return;
	}
	const check = () => {
		if (!contextAlive()) controller.abort();
	};
	port.onDisconnect.addListener(() => {
		check();
		for (const delay of RECHECK_MS) if (!controller.signal.aborted) setTimeout(check, delay);
	});
	controller.signal.addEventListener('abort', () => {
		try {
			port.disconnect();
		} catch {
			// The port went with the extension.
		}
	}, {once: true});
}

/**
 * Calls `onReplaced` when the page replaces this document's content: writing a new document into a
 * loaded frame (Proton puts its message into an about:blank frame that way) opens it afresh, which
 * drops our style, our hosts and every listener we added, and swaps the root element we observe.
 * The observer sits on the Document itself, which outlives that.
 */
export function onDocumentReplaced(onReplaced: () => void, signal: AbortSignal): void {
	const observer = new MutationObserver(records => {
		if (records.some(record => [...record.addedNodes].some(node => node.nodeType === Node.ELEMENT_NODE))) onReplaced();
	});
	observer.observe(document, {childList: true});
	signal.addEventListener('abort', () => observer.disconnect(), {once: true});
}
