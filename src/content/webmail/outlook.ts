// Outlook on the web adapter (outlook.live.com, outlook.office.com, outlook.office365.com,
// outlook.cloud.microsoft — one React app).
// Fixture: test/fixtures/webmail/outlook-2026-11-22-reading-pane.html — the reading pane reconstructed
// from the ARIA/id hooks public integrations rely on (webmail-and-bounces.md §1.3), not a byte
// capture. Views: https://outlook.office.com/mail/inbox/id/<item-id> (reading pane with a
// conversation: collapsed and expanded items, quoted text, an inline reply editor).
// Outlook's hashed CSS-module classes churn (`.XbIp4` …), so no selector here depends on them.
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

export const outlookSelectors = {
	body: anyOf([
		// The rendered body of each expanded item: `div#UniqueMessageBody_<n>[role="document"]`.
		'div[id^="UniqueMessageBody"]',
		// Same region found by role inside the reading pane (the aria-label is localised, so not used).
		'[data-app-section="MailReadCompose"] [role="document"]',
		'[role="main"] [role="document"]',
	]),
	quote: anyOf([
		// Outlook's quoted original below a reply (`div#divRplyFwdMsg` + the old body), and any blockquote.
		'#divRplyFwdMsg',
		'[id^="x_divRplyFwdMsg"]',
		'blockquote',
	]),
	// The conversation item around a body, when it carries an item id; otherwise the banner's
	// dismissal key falls back to a hash of the message text (content/dismissals.ts).
	message: '[data-item-id]',
	compose: anyOf([
		// The compose form, inline or popped out (the editor's aria-label "Message body" is localised).
		'[data-app-section="Form_Content"]',
		'[role="dialog"] [role="textbox"]',
		'[role="textbox"]',
		EDITABLE,
	]),
} as const;

/** A reading-pane URL names the item it shows: `/mail/<folder>/id/<item-id>` (`/mail/0/…` for a second account). */
const ITEM_PATH = /^\/mail\/(?:.*\/)?id\/[^/]+/;

export const outlook: WebmailAdapter = {
	id: 'outlook',
	site: 'outlook',
	bodySelector: outlookSelectors.body,
	quoteSelector: outlookSelectors.quote,
	isExcluded: el => el.closest(outlookSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId(body) {
		const item = body.closest(outlookSelectors.message);
		return item?.getAttribute('data-item-id') || undefined;
	},
	showsMessage: doc => ITEM_PATH.test(doc.defaultView?.location.pathname ?? ''),
};
