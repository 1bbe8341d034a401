// The DNS-over-HTTPS resolvers the extension's DNS checks may ask (JSON API, application/dns-json).
// One list for the settings, the DNS page and the manifest: the extension pages' CSP (connect-src) admits
// exactly these origins and optional_host_permissions names each (test/manifest.test.ts holds the
// manifest to this list), so a check can reach no other host. Each origin is asked for as an optional
// host permission on the first check that uses it.
import {DEFAULT_RESOLVER} from '../core';
export interface DohResolver {
	id: 'google' | 'cloudflare';
	name: string;
	/** The JSON endpoint. */
	url: string;
	/** The optional host permission the check asks for. */
	pattern: string;
	/** Where the operator says what it keeps of the queries. */
	privacy: string;
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

export const DEFAULT_RESOLVER_ID: DohResolver['id'] = 'google';

export function resolverById(id: unknown): DohResolver {
	return RESOLVERS.find(resolver => resolver.id === id) ?? RESOLVERS.find(resolver => resolver.id === DEFAULT_RESOLVER_ID)!;
}
