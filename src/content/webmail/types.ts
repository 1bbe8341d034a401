// The shape every webmail adapter shares. Selectors live only in the adapter files (gmail.ts,
// outlook.ts, generic.ts); the rest of the content script talks to webmails through this interface.

export type WebmailId = 'gmail' | 'outlook' | 'generic';

export interface WebmailAdapter {
	id: WebmailId;
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
