// The full-page view (src/popup/explain.html?q=…), opened by the cards' "Open full explanation" and
// by the context menu where a page cannot be scripted. One place builds its address.
import browser from '../shared/browser';

/** Longest query put in the address: a whole bounce fits; beyond this it is not one bounce. */
const MAX_QUERY = 20_000;

export function explainUrl(query: string): string {
	return browser.runtime.getURL(`src/popup/explain.html?q=${encodeURIComponent(query.slice(0, MAX_QUERY))}`);
}
