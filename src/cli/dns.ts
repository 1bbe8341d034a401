// `--dns DOMAIN [--ip IP] [--selector S] [--doh URL]`: the DNS checks the extension's card offers (MX, SPF,
// DMARC, DKIM, reverse DNS, block lists), through a DNS-over-HTTPS resolver's JSON API — for a person, a
// list of findings; with --json, one object: {resolver, domain, ip?, selector?, mx, spf, dmarc, dkim?, ptr?,
// blocklists?, queries, findings}. The only place the CLI touches the network.
import {createResolver, DEFAULT_RESOLVER, dnsFindings, parseResolverUrl, runDnsChecks, unreachable, validateRequest, type DnsFinding, type DnsReport} from '../core';
import type {DnsOptions} from './options';

const TONE: Record<DnsFinding['tone'], string> = {ok: 'ok', problem: 'PROBLEM', note: 'note'};

export type DnsOut = DnsReport & {findings: DnsFinding[]};

/** Exit code when no check could be made: the resolver was never reached (no network, a blocked or wrong URL). */
export const UNREACHABLE = 1;

/**
 * The checks' result; or a usage error (a token that is not a domain, IP, selector or usable resolver
 * URL); or, when no request reached the resolver, that (`code` UNREACHABLE; core dns/doh.ts unreachable).
 */
export async function dnsOut(options: DnsOptions): Promise<{ok: true; out: DnsOut} | {ok: false; error: string; code?: number}> {
	const url = parseResolverUrl(options.doh ?? DEFAULT_RESOLVER);
	if (!url) return {ok: false, error: `--doh ${options.doh}: not a usable DNS-over-HTTPS URL (https, or http on 127.0.0.1/localhost; no query string).`};
	const request = {domain: options.domain, ...(options.ip ? {ip: options.ip} : {}), ...(options.selector ? {selector: options.selector} : {})};
	const valid = validateRequest(request);
	if (!valid.ok) return {ok: false, error: valid.error};
	const resolver = createResolver({url, fetch});
	const report = await runDnsChecks(request, resolver);
	const never = unreachable(resolver);
	if (never) return {ok: false, code: UNREACHABLE, error: never};
	return {ok: true, out: {...report, findings: dnsFindings(report)}};
}

/** The lines a person reads (unwrapped: the caller wraps them). */
export function dnsLines(out: DnsOut): string[] {
	const subject = [out.domain, out.ip, out.selector ? `selector ${out.selector}` : undefined].filter(Boolean).join(', ');
	return [
		`DNS checks of ${subject} through ${out.resolver} (${out.queries} queries):`,
		...out.findings.map(finding => `  ${TONE[finding.tone].padEnd(7)}  ${finding.check.padEnd(10)} ${finding.text}`),
	];
}
