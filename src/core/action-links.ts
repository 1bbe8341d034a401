// The ways onward from an explained reply: the block list's own lookup for the IP it names, a
// provider's delisting portal or sender pages, the provider's page for the code. Which link for
// which receiver and reason is data (data/action-links.json, each with its source). A link is
// filled only from a token of the reply that parses as an IP address or a domain (net-tokens.ts),
// URL-encoded, and only links to the https hosts of that table; the provider's page is one of the
// core's own sources, never text from the bounce.
import table from './data/action-links.json';
import {findHostTokens, isPublicIp, type HostToken} from './net-tokens';
import type {ProviderId, Reason, ReceiverKind} from './types';

export type ActionLinkId =
	| 'spamhaus-lookup'
	| 'barracuda-lookup'
	| 'barracuda-removal'
	| 'spamcop-lookup'
	| 'proofpoint-lookup'
	| 'cloudmark-reset'
	| 'microsoft-delist'
	| 'outlook-com-support'
	| 'google-postmaster'
	| 'gmail-sender-guidelines'
	| 'yahoo-sender-hub'
	| 'provider-page';

/** One row of data/action-links.json. */
export interface ActionLinkTemplate {
	id: Exclude<ActionLinkId, 'provider-page'>;
	/** The receivers (Explanation.provider.id) the link is for. */
	providers: ProviderId[];
	/** The reasons it is for; every reason when absent. */
	reasons?: Reason[];
	/** What of the reply fills `url`: an IP address, or an IP else a bracketed domain. */
	fill?: 'ip' | 'ip-or-domain';
	/** The link with `{value}` for the token; used when the reply names one. */
	url?: string;
	/** The link without a token. */
	page: string;
	source: string;
}

export const ACTION_LINK_TEMPLATES = table as ActionLinkTemplate[];

export interface ActionLink {
	id: ActionLinkId;
	/** https only, to a host of ACTION_LINK_HOSTS (or, for 'provider-page', one of the core's sources). */
	url: string;
	/** The IP address or domain the link carries, when it carries one. */
	value?: string;
	/** Whose page it is (for 'provider-page'). */
	provider?: string;
}

export interface ActionLinkInput {
	provider?: {id: ProviderId; name: string; kind?: ReceiverKind};
	reason?: Reason | 'unmapped';
	/** The server's reply (or the bounce text around it): where an IP or a domain is read. */
	text?: string;
	/** The explanation's sources: the first https one is the provider's page for the code. */
	sources?: readonly string[];
}

const hostOf = (url: string): string | undefined => {
	try {
		const u = new URL(url);
		return u.protocol === 'https:' && !u.username && !u.password ? u.hostname : undefined;
	} catch {
		return undefined;
	}
};

/** Every host a template may link to. */
export const ACTION_LINK_HOSTS: ReadonlySet<string> = new Set(ACTION_LINK_TEMPLATES.flatMap(t => [t.page, t.url ?? t.page].map(u => hostOf(u.replace('{value}', '1')) ?? '')));

/** The IP (a public one) or domain the reply names for a link's `fill`, or undefined. */
function valueFor(fill: NonNullable<ActionLinkTemplate['fill']>, tokens: () => {bracketed: HostToken[]; bare: HostToken[]}): string | undefined {
	const {bracketed, bare} = tokens();
	const ip = (list: HostToken[]) => list.find(t => t.kind === 'ip' && isPublicIp(t.value))?.value;
	// An address literal ([192.0.2.1]) is the form servers name the client in; a bare IP comes next.
	const found = ip(bracketed) ?? ip(bare);
	if (found || fill === 'ip') return found;
	// A bracketed domain or address (Postfix's "Sender address [user@bad.example] blocked using dbl…"),
	// not the list's own zone.
	return bracketed.find(t => t.kind === 'domain' && !t.value.endsWith('spamhaus.org'))?.value;
}

/** A link that passed every check, or undefined. */
function checked(id: ActionLinkId, url: string, allowed: (host: string) => boolean, extra: Omit<ActionLink, 'id' | 'url'> = {}): ActionLink | undefined {
	const host = hostOf(url);
	return host && allowed(host) ? {id, url, ...extra} : undefined;
}

/**
 * The links for an explained reply, in the table's order, then the provider's page. Empty when the
 * explanation names no receiver the table knows and has no source page.
 */
export function actionLinks({provider, reason, text = '', sources = []}: ActionLinkInput): ActionLink[] {
	const out: ActionLink[] = [];
	let found: {bracketed: HostToken[]; bare: HostToken[]} | undefined;
	const tokens = () => (found ??= {bracketed: findHostTokens(text, {bracketed: true}), bare: findHostTokens(text)});
	const inTable = (host: string) => ACTION_LINK_HOSTS.has(host);
	for (const t of provider ? ACTION_LINK_TEMPLATES : []) {
		if (!t.providers.includes(provider!.id)) continue;
		if (t.reasons && !(reason && reason !== 'unmapped' && t.reasons.includes(reason))) continue;
		const value = t.fill && t.url ? valueFor(t.fill, tokens) : undefined;
		const link = value
			? checked(t.id, t.url!.replace('{value}', encodeURIComponent(value)), inTable, {value})
			: checked(t.id, t.page, inTable);
		if (link) out.push(link);
	}
	// The provider's page for the code: its documentation, which the core's own data names.
	if (provider && provider.kind !== 'software' && provider.kind !== 'situation') {
		const page = sources.find(s => hostOf(s));
		const link = page && !out.some(l => l.url === page) ? checked('provider-page', page, () => true, {provider: provider.name}) : undefined;
		if (link) out.push(link);
	}
	return out;
}
