// Proton Mail (mail.proton.me) adapter — opt-in (optional host permission).
// Proton renders each message into its own sandboxed `about:blank` iframe
// (`iframe[data-testid="content-iframe"]`), so this adapter runs INSIDE that frame: the content script
// must be registered with all frames and about:blank frames (allFrames + matchOriginAsFallback).
// Fixture: test/fixtures/webmail/proton-2026-11-22-message.html — the conversation page and the
// iframe's document, reconstructed from the hooks of Proton's own web client (MESSAGE_IFRAME_ROOT_ID =
// `proton-root`, `proton-blockquote`; webmail-and-bounces.md §1.5, evicypher proton.ts), not a
// byte capture. Views: https://mail.proton.me/u/0/inbox/<conversation-id> (message body iframe).
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

export const protonSelectors = {
	body: anyOf([
		// The iframe document's root: `<div id="proton-root">` (HTML and plain-text messages alike).
		'#proton-root',
		// A message body rendered outside an iframe (print preview, older builds).
		'[data-testid="message-content:body"]',
	]),
	quote: anyOf([
		// Proton folds the quoted original into `#proton-blockquote`; and any blockquote.
		'#proton-blockquote',
		'blockquote',
	]),
	compose: anyOf([
		// The composer (its editor is another iframe with an editable body) and its text box.
		'[data-testid="composer"]',
		'[role="textbox"]',
		EDITABLE,
	]),
} as const;

/**
 * Proton's message frame: an `about:blank` frame inside the page whose body is not an editor (the
 * composer's frame is one). Proton draws nothing else in such frames, so it shows a message.
 */
function isMessageFrame(doc: Document): boolean {
	const view = doc.defaultView;
	return view !== null && view.location.href === 'about:blank' && view.parent !== view && doc.body !== null && doc.body.closest(protonSelectors.compose) === null;
}

export const proton: WebmailAdapter = {
	id: 'generic',
	site: 'proton',
	bodySelector: protonSelectors.body,
	quoteSelector: protonSelectors.quote,
	isExcluded: el => el.closest(protonSelectors.compose) !== null,
	// Inside the iframe, above the message root (Proton sizes the iframe to its content).
	bannerAnchor: body => body,
	messageId: () => undefined,
	showsMessage: isMessageFrame,
	// The frame holds the message alone: its body is the region.
	fallbackRegion: 'body',
};
