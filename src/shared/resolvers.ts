// The DNS-over-HTTPS resolvers the extension's DNS checks may ask (JSON API, application/dns-json): two
// well-known public ones, or one the person types in the settings (any https URL). Whichever is chosen is
// the only host a check can reach: its host is asked for as an optional host permission inside the click
// (optional_host_permissions holds "https://*/*"), and the DNS page locks its connect-src to the
// resolver's origin before anything is sent (src/popup/connect-policy.ts); every other extension page
// carries connect-src 'none'.
import {DEFAULT_RESOLVER} from '../core';

export type ResolverId = 'google' | 'cloudflare' | 'custom';

export interface DohResolver {
	id: ResolverId;
	name: string;
	/** The JSON endpoint. */
	url: string;
	/** The optional host permission the check asks for. */
	pattern: string;
	/** Where the operator says what it keeps of the queries (the presets only). */
	privacy?: string;
}

export const RESOLVERS: readonly DohResolver[] = [
	{
		id: 'google',
		name: 'Google Public DNS',
		url: DEFAULT_RESOLVER,
		pattern: 'https://dns.google/*',
		privacy: 'https://developers.google.com/speed/public-dns/privacy',
	},
	{
		id: 'cloudflare',
		name: 'Cloudflare 1.1.1.1',
		url: 'https://cloudflare-dns.com/dns-query',
		pattern: 'https://cloudflare-dns.com/*',
		privacy: 'https://developers.cloudflare.com/1.1.1.1/privacy/public-dns-resolver/',
	},
];

export const DEFAULT_RESOLVER_ID: ResolverId = 'google';

/** A host a CSP source and a match pattern both take as it is: letters, digits, hyphens, dots (IDNs arrive as punycode). */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The custom resolver's URL as it will be used, or why it cannot be: https only (the page's CSP and the
 * permission name an https origin), no user name or password (they would travel with every query), a host
 * name or IPv4 address (no IPv6 literal: a CSP source cannot name one), and no query or fragment (the
 * JSON API appends `?name=…&type=…`). A path is kept: `https://doh.example/resolve`.
 */
export function parseCustomResolver(text: string): {ok: true; url: string} | {ok: false; error: 'url' | 'https' | 'credentials' | 'host' | 'query'} {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return {ok: false, error: 'url'};
	}
	if (url.protocol !== 'https:') return {ok: false, error: 'https'};
	if (url.username || url.password) return {ok: false, error: 'credentials'};
	if (!HOST.test(url.hostname)) return {ok: false, error: 'host'};
	if (url.search || url.hash || text.includes('?') || text.includes('#')) return {ok: false, error: 'query'};
	return {ok: true, url: url.href};
}

/** The resolver for a valid custom URL (parseCustomResolver), or undefined. */
export function customResolver(text: string): DohResolver | undefined {
	const parsed = parseCustomResolver(text);
	if (!parsed.ok) return undefined;
	const {hostname} = new URL(parsed.url);
	// A match pattern names no port, and matches every port of the host.
	return {id: 'custom', name: 'your own resolver', url: parsed.url, pattern: `https://${hostname}/*`};
}

/** The resolver a check uses: the chosen preset, or the custom one when chosen and valid; Google otherwise. */
export function chosenResolver(settings: {resolver?: unknown; customResolver?: unknown}): DohResolver {
	if (settings.resolver === 'custom') {
		const custom = typeof settings.customResolver === 'string' ? customResolver(settings.customResolver) : undefined;
		if (custom) return custom;
	}
	return RESOLVERS.find(resolver => resolver.id === settings.resolver) ?? RESOLVERS.find(resolver => resolver.id === DEFAULT_RESOLVER_ID)!;
}

/** The resolver's origin, the one source the DNS page's connect-src admits: `https://doh.example:8443`. */
export const resolverOrigin = (resolver: DohResolver): string => new URL(resolver.url).origin;
