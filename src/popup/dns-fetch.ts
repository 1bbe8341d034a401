// The extension's only network requests: the DNS checks a person started with a click on the DNS page
// (dns-view.tsx), sent to the one resolver chosen in the settings — never from the content script. The
// resolver's host is an optional permission asked for inside that click (permissions.request needs the
// user's gesture), and the page's CSP (connect-src, locked by connect-policy.ts) admits that resolver only.
import {createResolver, dnsFindings, runDnsChecks, unreachable, type DnsFinding, type DnsPlan, type DnsReport, type DnsRequest} from '../core';
import browser from '../shared/browser';
import type {DohResolver} from '../shared/resolvers';

/** Asks for the resolver's host. Call it first thing in the click handler, before any await. */
export function askForResolver(resolver: DohResolver): Promise<boolean> {
	return browser.permissions.request({origins: [resolver.pattern]});
}

/**
 * Runs the checks of a validated request through the resolver: no cookies, no referrer, no cache.
 * Rejects, saying so, when the resolver answered none of them (offline, blocked): not a finding per record.
 */
export async function checkDns(request: DnsRequest, resolver: DohResolver, plan?: DnsPlan): Promise<{report: DnsReport; findings: DnsFinding[]}> {
	const doh = createResolver({
		url: resolver.url,
		fetch: (url, init) => fetch(url, {...init, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store'}),
	});
	const report = await runDnsChecks(request, doh);
	const never = unreachable(doh);
	if (never) throw new Error(never);
	return {report, findings: dnsFindings(report, plan)};
}
