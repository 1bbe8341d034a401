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
