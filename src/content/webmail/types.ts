// The shape every webmail adapter shares. Selectors live only in the adapter files (one per webmail,
// plus generic.ts); the rest of the content script talks to webmails through this interface.

/**
 * The marking switch that governs an adapter: a built-in webmail's own (settings.marking), or
 * 'generic' for the opt-in webmails and any site the user enabled (the granted permission is the switch).
 */
export type WebmailId = 'gmail' | 'outlook' | 'generic';

/** Which webmail (or view) an adapter was written for. */
export type SiteId = 'gmail' | 'gmail-original' | 'outlook' | 'yahoo' | 'proton' | 'fastmail' | 'icloud' | 'roundcube' | 'generic';

export interface WebmailAdapter {
	id: WebmailId;
	site: SiteId;
	/** One CSS selector (alternatives joined with commas) matching read-only message bodies. */
	bodySelector: string;
	/** Quoted text inside a body (a reply's quotation): marked, but not part of this message's verdict. */
	quoteSelector: string;
	/** True when `el` is an editing surface or sits in one (compose window, inline reply, draft). */
	isExcluded(el: Element): boolean;
	/** The element our verdict banner is inserted before: outside the body, above it (null: no banner). */
	bannerAnchor(body: Element): Element | null;
	/** A stable id for the message the body shows, when the webmail exposes one. */
	messageId(body: Element): string | undefined;
	/**
	 * The whole raw message (headers and MIME parts) when the body shows one, as Gmail's "Show original"
	 * does: the verdict should then come from decoding the raw MIME (decodeBounce), not the displayed text.
	 */
	rawMessage?(body: Element): string | undefined;
	/**
	 * True when the page's view shows a message (read from its URL, which outlives class renames): if
	 * none of the body selectors then match, they are stale, and the main region is read instead
	 * (webmail/fallback.ts). Adapters without it never fall back.
	 */
	showsMessage?(doc: Document): boolean;
	/**
	 * What the fallback reads as one body when the selectors are stale: the page's main region
	 * (MAIN_REGION) unless the adapter names another, for a page without landmarks or a message frame.
	 */
	fallbackRegion?: string;
}

/** Joins a selector map's alternatives; each alternative keeps its own comment in the map. */
export const anyOf = (alternatives: readonly string[]): string => alternatives.join(', ');

/** Editing surfaces every webmail shares: never scanned, never marked (DESIGN.md). */
export const EDITABLE = anyOf([
	'[contenteditable=""]',
	'[contenteditable="true"]',
	'[contenteditable="plaintext-only"]',
	'textarea',
	'input',
]);

/** A query parameter of the document a body belongs to (frames have their own URL). */
export function param(body: Element, name: string): string | undefined {
	const search = body.ownerDocument.defaultView?.location.search ?? '';
	return new URLSearchParams(search).get(name) ?? undefined;
}
