// iCloud Mail (www.icloud.com/mail) adapter — opt-in (optional host permission).
// Fixture: test/fixtures/webmail/icloud-2026-11-22-message.html — the reading pane reconstructed from
// the hook public integrations rely on (webmail-and-bounces.md §1.7: evicypher icloud.ts,
// `.mail-message-defaults`), not a byte capture. iCloud.com loads its apps in same-origin frames, so
// the content script is registered for all frames. Views: https://www.icloud.com/mail/ (message viewer).
import {anyOf, EDITABLE, type WebmailAdapter} from './types';

export const icloudSelectors = {
	body: anyOf([
		// The rendered body of an open message.
		'.mail-message-defaults',
		// Generic fallback: an ARIA document region in the main landmark.
		'[role="main"] [role="document"]',
	]),
	quote: 'blockquote',
	compose: anyOf([
		// The compose window (a dialog) and its editor.
		'[role="dialog"]',
		'[role="textbox"]',
		EDITABLE,
	]),
} as const;

export const icloud: WebmailAdapter = {
	id: 'generic',
	site: 'icloud',
	bodySelector: icloudSelectors.body,
	quoteSelector: icloudSelectors.quote,
	isExcluded: el => el.closest(icloudSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId: () => undefined,
};
