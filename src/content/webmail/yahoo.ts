// Yahoo Mail (mail.yahoo.com) adapter — opt-in (optional host permission).
// Fixture: test/fixtures/webmail/yahoo-2026-11-22-message.html — the message view reconstructed from
// the `data-test-id` hooks public integrations rely on (webmail-and-bounces.md §1.4: Mailvelope,
// Selenium page objects, evicypher), not a byte capture. Views:
// https://mail.yahoo.com/d/folders/1/messages/<id> (message view with the reading pane; the compose pane).
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

export const yahooSelectors = {
	body: anyOf([
		// The rendered body: `[data-test-id="message-view-body-content"]` (stable test id, ≥10 public users).
		'[data-test-id="message-view-body-content"]',
		// Older layout: `.msg-body` (evicypher's yahoo.ts).
		'[data-test-id="message-view"] .msg-body',
		// Generic fallback inside the message view: an ARIA document region.
		'[data-test-id="message-view"] [role="document"]',
	]),
	quote: anyOf([
		// Yahoo's quoted original below a reply (`div.yahoo_quoted`), and any blockquote.
		'.yahoo_quoted',
		'blockquote',
	]),
	// One message of a conversation: `[data-test-id="message-view"]`, which may carry the message id.
	message: '[data-test-id="message-view"]',
	compose: anyOf([
		// The compose pane and its rich-text editor.
		'[data-test-id="compose"]',
		'[data-test-id="rte"]',
		'[role="textbox"]',
		EDITABLE,
	]),
} as const;

/** A message view: `/d/folders/<folder>/messages/<id>` (also under a search: `/d/search/…/messages/<id>`). */
const MESSAGE_PATH = /^\/d\/.+\/messages\/[^/]+\/?$/;

export const yahoo: WebmailAdapter = {
	id: 'generic',
	site: 'yahoo',
	bodySelector: yahooSelectors.body,
	quoteSelector: yahooSelectors.quote,
	isExcluded: el => el.closest(yahooSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId: body => body.closest(yahooSelectors.message)?.getAttribute('data-message-id') || undefined,
	showsMessage: doc => MESSAGE_PATH.test(doc.defaultView?.location.pathname ?? ''),
};
