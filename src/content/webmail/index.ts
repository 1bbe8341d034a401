// Webmail → adapter registry: one adapter per webmail (and per view, for Gmail's "Show original"),
// picked by host name, then by URL for webmails that live on any host (Roundcube); a generic adapter
// for every other site the user enabled.
import {fastmail} from './fastmail';
import {generic} from './generic';
import {gmail} from './gmail';
import {gmailOriginal, ORIGINAL_VIEW} from './gmail-original';
import {icloud} from './icloud';
import {outlook} from './outlook';
import {proton} from './proton';
import {roundcube, ROUNDCUBE_VIEW} from './roundcube';
import type {WebmailAdapter} from './types';
import {yahoo} from './yahoo';

export type {SiteId, WebmailAdapter, WebmailId} from './types';

const BY_HOST = new Map<string, WebmailAdapter>([
	['mail.google.com', gmail],
	['outlook.live.com', outlook],
	['outlook.office.com', outlook],
	['outlook.office365.com', outlook],
	['outlook.cloud.microsoft', outlook],
	['mail.yahoo.com', yahoo],
	['mail.proton.me', proton],
	['app.fastmail.com', fastmail],
	['www.icloud.com', icloud],
]);

/**
 * An `about:blank` frame (Proton's message iframe) has no host of its own: it inherits its creator's
 * origin, which `self.origin` reports.
 */
function inheritedHost(): string {
	try {
		return typeof origin === 'string' && origin !== 'null' ? new URL(origin).hostname : '';
	} catch {
		return '';
	}
}

const currentSearch = (): string => (typeof location === 'undefined' ? '' : location.search);

/** The adapter for a page: its host name (empty in about:blank frames), then its query string. */
export function pickAdapter(hostname: string, search: string = currentSearch()): WebmailAdapter {
	const host = hostname || inheritedHost();
	if (host === 'mail.google.com' && ORIGINAL_VIEW.test(search)) return gmailOriginal;
	const known = BY_HOST.get(host);
	if (known) return known;
	if (ROUNDCUBE_VIEW.test(search)) return roundcube;
	return generic;
}
