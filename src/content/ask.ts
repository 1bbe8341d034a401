// Content script → background messages (src/shared/messages.ts), typed by their answers. An orphaned
// script (the extension was reloaded or updated under the page) cannot message any more: runtime
// messaging throws "Extension context invalidated", and the run is then torn down quietly.
import browser from '../shared/browser';
import type {BackgroundAnswers, ToBackground} from '../shared/messages';
import {contextAlive} from './lifecycle';

export type Ask = <M extends ToBackground>(message: M) => Promise<BackgroundAnswers[M['type']]>;

/** Sends through the runtime; a failure aborts `controller` when the extension went away, and rejects. */
export function asker(controller: AbortController): Ask {
	return async <M extends ToBackground>(message: M): Promise<BackgroundAnswers[M['type']]> => {
		if (controller.signal.aborted) throw new Error('Bounce Decoder: stopped');
		try {
			return await browser.runtime.sendMessage(message) as BackgroundAnswers[M['type']];
		} catch (error) {
			if (!contextAlive()) controller.abort();
			throw error;
		}
	};
}

/**
 * Asks once more when the first try failed while the run is still on: the browser stops an idle MV3
 * worker, and one stopped while it answered closes the answer's port ("The message port closed before
 * a response was received"); the next message starts a fresh worker. Only one retry: a worker that
 * fails twice is broken, not stopped.
 */
export function retryingOnce(ask: Ask, signal: AbortSignal): Ask {
	return async <M extends ToBackground>(message: M): Promise<BackgroundAnswers[M['type']]> => {
		try {
			return await ask(message);
		} catch (error) {
			if (signal.aborted) throw error;
			return ask(message);
		}
	};
}
