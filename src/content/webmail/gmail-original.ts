// Gmail "Show original" adapter: the raw message of one mail, headers and MIME parts as sent.
// Fixture: test/fixtures/webmail/gmail-original-2026-11-22-raw.html — the view reconstructed from the
// hooks public code relies on (webmail-and-bounces.md §1.2: `pre#raw_message_text`, class
// `raw_message_text`; the page is told apart by `view=om`), not a byte capture. Views:
// https://mail.google.com/mail/u/<n>/?ik=<ik>&view=om&permmsgid=msg-f:<id> (also `&th=<thread-id>`).
// Codes in the raw text are marked as anywhere else; the verdict comes from decoding the whole raw
// message (rawMessage), which sees the delivery-status part a thread view never shows.
import {anyOf, param, type WebmailAdapter} from './types';

/** The "Show original" page: `view=om` in the query (checked before treating the page as a thread). */
export const ORIGINAL_VIEW = /[?&]view=om(?:&|$)/;

export const gmailOriginalSelectors = {
	body: anyOf([
		// The raw message: `<pre class="raw_message_text" id="raw_message_text">`.
		'pre#raw_message_text',
		// Same element if the id is ever dropped (the class has been used alongside it).
		'pre.raw_message_text',
	]),
	// The raw text holds no quotation markup: nothing is quoted (an alternative that never matches).
	quote: 'blockquote',
	// The page has no editor; the "Copy to clipboard" and download controls are buttons and links.
	compose: anyOf(['[contenteditable="true"]', 'textarea', 'input']),
} as const;

export const gmailOriginal: WebmailAdapter = {
	id: 'gmail',
	site: 'gmail-original',
	bodySelector: gmailOriginalSelectors.body,
	quoteSelector: gmailOriginalSelectors.quote,
	isExcluded: el => el.closest(gmailOriginalSelectors.compose) !== null,
	bannerAnchor: body => body,
	messageId: body => param(body, 'permmsgid') ?? param(body, 'th'),
	rawMessage: body => body.textContent ?? undefined,
};
