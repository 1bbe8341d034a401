// Fastmail (app.fastmail.com) adapter — opt-in (optional host permission).
// Fixture: test/fixtures/webmail/fastmail-2026-11-22-conversation.html — the conversation pane
// reconstructed from the class hooks public integrations rely on (webmail-and-bounces.md §1.6:
// fastmail-plus selectors.js "Last verified: 2026-06-04"), not a byte capture. Fastmail has no ARIA or
// data-* hooks on bodies; its `v-` view classes have been stable for years. Views:
// https://app.fastmail.com/mail/Inbox/<thread-id>.<message-id> (conversation: expanded and collapsed cards).
import {MAIN_REGION} from './generic';
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

export const fastmailSelectors = {
	body: anyOf([
		// The body of an expanded message card (`div.v-MessageCard.is-expanded`).
		'.v-MessageCard .v-Message-body',
		// Same body outside a card (single-message view, print).
		'.v-Message-body',
		// Generic fallback: an article in the conversation pane.
		'#conversation article',
	]),
	quote: 'blockquote',
	// One message of the conversation.
	message: '.v-MessageCard',
	compose: anyOf([
		// The compose screen and the inline reply.
		'.v-Compose',
		'[role="textbox"]',
		EDITABLE,
	]),
} as const;

/** A conversation with a message open: `/mail/<folder>/<thread-id>.<message-id>`. */
const MESSAGE_PATH = /^\/mail\/.+\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\/?$/;

export const fastmail: WebmailAdapter = {
	id: 'generic',
	site: 'fastmail',
	bodySelector: fastmailSelectors.body,
	quoteSelector: fastmailSelectors.quote,
	isExcluded: el => el.closest(fastmailSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId: body => body.closest(fastmailSelectors.message)?.getAttribute('data-message-id') || undefined,
	showsMessage: doc => MESSAGE_PATH.test(doc.defaultView?.location.pathname ?? ''),
	// Fastmail's layout has no main landmark: the conversation pane (an id, not a `v-` class) instead.
	fallbackRegion: anyOf([MAIN_REGION, '#conversation']),
};
