// Generic adapter for any other site the user enables (webmails with an adapter of their own — Yahoo,
// Proton, Fastmail, iCloud, Roundcube — are picked in index.ts): the known body hooks first, then
// generic landmark regions whose text nodes are scanned (never the whole page: a mutation anywhere
// would then mean a whole-document rescan).
// Fixture: test/fixtures/webmail/generic-2026-11-22-message.html (a plain page with a bounce and an editor).
// Views: any page the content script is registered on that no other adapter claims.
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

/**
 * A page's main region (ARIA landmark, then the element): read as one body by the generic adapter, and
 * by any adapter whose own body selectors find nothing on a message view (webmail/fallback.ts).
 */
export const MAIN_REGION = anyOf(['[role="main"]', 'main']);

export const genericSelectors = {
	body: anyOf([
		// Yahoo Mail's stable test id for the message body.
		'[data-test-id="message-view-body-content"]',
		// Fastmail's body class.
		'.v-Message-body',
		// Roundcube's body container.
		'#messagebody',
		// Generic regions: an ARIA document, an article, the main landmark (text-node fallback).
		'[role="document"]',
		'article',
		MAIN_REGION,
	]),
	// Quotations in replies.
	quote: 'blockquote',
	compose: anyOf(['[role="textbox"]', EDITABLE]),
} as const;

export const generic: WebmailAdapter = {
	id: 'generic',
	site: 'generic',
	bodySelector: genericSelectors.body,
	quoteSelector: genericSelectors.quote,
	isExcluded: el => el.closest(genericSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId: () => undefined,
};
