// An orphaned content script (the extension was reloaded or updated under a running page) must stop
// without errors: its runtime id disappears, and a newer copy of the script announces itself.
import browser from '../shared/browser';

const STARTED = 'bounce-decoder:started';

/** False once the extension context is gone. */
export function contextAlive(): boolean {
	try {
		return Boolean(browser.runtime?.id);
	} catch {
		return false;
	}
}

/** Aborts `controller` when a newer copy of the content script starts in this page. */
export function retireOnNewInstance(controller: AbortController): void {
	document.dispatchEvent(new CustomEvent(STARTED));
	document.addEventListener(STARTED, () => controller.abort(), {signal: controller.signal});
}

/**
 * Calls `onReplaced` when the page replaces this document's content: `document.write` on a loaded
 * frame (Proton writes its message into an about:blank frame that way) runs `document.open`, which
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
