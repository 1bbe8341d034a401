// The DNS page's network policy. The manifest's CSP for extension pages has to admit any https origin
// (`connect-src https:`), because the resolver is whatever the person set; every extension page narrows
// that with its own <meta http-equiv="Content-Security-Policy">: the popup, the explanation and the
// welcome page carry `connect-src 'none'` in their HTML, and the DNS page, which alone queries, gets
// `connect-src <the chosen resolver's origin>` inserted here before anything can be sent. A browser
// enforces a meta policy from when it is inserted, and every policy applies (their intersection), so the
// page can reach that origin and nothing else for the rest of its life; a policy cannot be loosened,
// so choosing another resolver reloads the page (dns-view.tsx). Proven in Chromium and Firefox by
// e2e/dns-csp.e2e.test.ts.

/** The policy the DNS page is locked to, e.g. `connect-src https://dns.google`. */
export const connectPolicy = (origin: string): string => `connect-src ${origin}`;

/**
 * Locks the document's connect-src to `origin`, once; says which origin the page is locked to (the first
 * one: a second call cannot widen the policy, and reports the lock already in force).
 */
export function lockConnectSrc(origin: string, doc: Document = document): string {
	const existing = doc.head.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"][data-resolver]');
	if (existing) return existing.dataset.resolver!;
	const meta = doc.createElement('meta');
	meta.httpEquiv = 'Content-Security-Policy';
	meta.content = connectPolicy(origin);
	meta.dataset.resolver = origin;
	doc.head.prepend(meta);
	return origin;
}
