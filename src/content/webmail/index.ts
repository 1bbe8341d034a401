// Host name → webmail adapter (one adapter per webmail, a generic one for the rest).
import {generic} from './generic';
import {gmail} from './gmail';
import {outlook} from './outlook';
import type {WebmailAdapter} from './types';

export type {WebmailAdapter, WebmailId} from './types';

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

export function pickAdapter(hostname: string): WebmailAdapter {
	if (hostname === 'mail.google.com') return gmail;
	if (OUTLOOK_HOSTS.has(hostname)) return outlook;
	return generic;
}
