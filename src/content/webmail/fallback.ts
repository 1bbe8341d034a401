// When a webmail renames its classes (every few months), an adapter's body selectors stop matching and
// marking would go silent. On a view that shows a message (the adapter's `showsMessage`, read from
// the URL) where none of them match, the page's main region is read the way the generic adapter reads
// it instead (or the region the adapter names: `fallbackRegion`): editors, textareas, inputs and the
// adapter's compose windows stay excluded. One mechanism for every adapter; each says only how its
// URL tells a message view, and where its message sits when the page has no main landmark.
import {generic, MAIN_REGION} from './generic';
import type {WebmailAdapter} from './types';

/** True when the adapter's body selectors are stale here: a message view where none of them match. */
export function selectorsStale(adapter: WebmailAdapter, doc: Document): boolean {
	return adapter.showsMessage?.(doc) === true && doc.querySelector(adapter.bodySelector) === null;
}

/** The adapter's fallback reading: the main region as one body, with its own and the generic exclusions. */
export function fallbackOf(adapter: WebmailAdapter): WebmailAdapter {
	return {
		id: adapter.id,
		site: adapter.site,
		bodySelector: adapter.fallbackRegion ?? MAIN_REGION,
		quoteSelector: adapter.quoteSelector,
		isExcluded: el => adapter.isExcluded(el) || generic.isExcluded(el),
		// The region itself: its ancestors are the webmail's layout, which the stale classes no longer name.
		bannerAnchor: body => body,
		messageId: () => undefined,
	};
}
