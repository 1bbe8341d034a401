// Gmail (mail.google.com) adapter.
// Fixture: test/fixtures/webmail/gmail-2026-11-22-thread.html — a thread view reconstructed from the
// selectors public integrations rely on (webmail-and-bounces.md §1.2: Mailvelope, gmail.js, FlowCrypt,
// InboxSDK), not a byte capture. Views: https://mail.google.com/mail/u/0/#inbox/<thread-id> (thread
// view: collapsed and expanded messages, quoted text, inline reply and the compose dialog).
// The "Show original" view (`?view=om`, the raw message) has its own adapter: gmail-original.ts.
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

export const gmailSelectors = {
	body: anyOf([
		// The body of an opened message: `div.a3s` inside the `div.ii.gt` wrapper of a message container
		// that carries `data-message-id` (the most stable hook; `.a3s` itself has held since at least 2019).
		'[data-message-id] div.ii.gt div.a3s',
		// Same body when Gmail renders it without the container attribute (print view, older builds).
		'div.ii.gt > div.a3s',
		// Current and older body class pairs (Mailvelope's MSG_BODY_SELECTOR).
		'div.a3s.aiL',
		'div.a3s.aXjCH',
	]),
	// The wrapper the banner is placed before, so the banner sits above the body and outside it.
	bodyWrapper: 'div.ii.gt',
	quote: anyOf([
		// A reply's quotation (`div.gmail_quote` holding `blockquote.gmail_quote`), and any blockquote.
		'.gmail_quote',
		'blockquote',
	]),
	// The message container: `div.adn` with `data-message-id="#msg-f:…"` and `data-legacy-message-id`.
	message: '[data-message-id]',
	compose: anyOf([
		// The compose window and the pop-out reply (a dialog).
		'[role="dialog"]',
		// The inline reply/forward box under a thread (`div.M9` holds the editor form).
		'div.M9',
		'form.bAs',
		// Gmail's editor itself (`div.Am.editable[g_editable="true"]`).
		'[g_editable="true"]',
		EDITABLE,
	]),
} as const;

/**
 * A thread view's URL hash: a list (`#inbox`, `#label/Work`, `#search/words`) then the thread's id, 16
 * hex digits (legacy) or Gmail's longer `FMfcg…` form; `?compose=…` may follow.
 */
const THREAD_HASH = /^#.+\/[A-Za-z0-9]{16,}(?:\?.*)?$/;

export const gmail: WebmailAdapter = {
	id: 'gmail',
	site: 'gmail',
	bodySelector: gmailSelectors.body,
	quoteSelector: gmailSelectors.quote,
	isExcluded: el => el.closest(gmailSelectors.compose) !== null,
	bannerAnchor: body => body.closest(gmailSelectors.bodyWrapper) ?? body,
	messageId(body) {
		const message = body.closest(gmailSelectors.message);
		return message?.getAttribute('data-legacy-message-id') || message?.getAttribute('data-message-id') || undefined;
	},
	showsMessage: doc => THREAD_HASH.test(doc.defaultView?.location.hash ?? ''),
};
