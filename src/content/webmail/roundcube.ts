// Roundcube (Elastic skin, any host the user enables) adapter — picked by its `_task=mail` URLs.
// Fixture: test/fixtures/webmail/roundcube-2026-11-22-preview.html — the mail screen and the preview
// frame reconstructed from Roundcube's templates (webmail-and-bounces.md §1.7:
// skins/elastic/templates/mail.html, message.html; program/actions/mail/show.php), not a byte capture.
// Roundcube shows a DSN's `message/delivery-status` part inline, so its Status:/Diagnostic-Code:
// block is visible text and gets marked. Views: https://<host>/?_task=mail&_mbox=INBOX (list with the
// same-origin preview `iframe#messagecontframe` → ?_task=mail&_action=preview&_uid=<n>&_framed=1,
// so the content script is registered for all frames) and ?_task=mail&_action=show&_uid=<n>.
import {anyOf, EDITABLE, param, type WebmailAdapter} from './types';

/** Roundcube's mail screens (list, preview frame, full view). */
export const ROUNDCUBE_VIEW = /[?&]_task=mail(?:&|$)/;

export const roundcubeSelectors = {
	body: anyOf([
		// The message body container holding one `div.message-part` / `div.message-htmlpart` per part.
		'#messagebody',
		// The parts themselves, should the container id change.
		'div.message-part',
		'div.message-htmlpart',
	]),
	quote: 'blockquote',
	compose: anyOf([
		// The compose screen's body editor (plain textarea or TinyMCE) and its form.
		'#compose-content',
		'form[name="form"] #composebody',
		EDITABLE,
	]),
} as const;

/** A message shown: the preview frame or the full view (`_action=preview|show` with a `_uid`). */
const MESSAGE_VIEW = /[?&]_action=(?:show|preview)(?:&|$)/;

export const roundcube: WebmailAdapter = {
	id: 'generic',
	site: 'roundcube',
	bodySelector: roundcubeSelectors.body,
	quoteSelector: roundcubeSelectors.quote,
	isExcluded: el => el.closest(roundcubeSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId(body) {
		const uid = param(body, '_uid');
		return uid ? `${param(body, '_mbox') ?? 'INBOX'}/${uid}` : undefined;
	},
	showsMessage(doc) {
		const search = doc.defaultView?.location.search ?? '';
		return MESSAGE_VIEW.test(search) && /[?&]_uid=[^&]/.test(search);
	},
};
