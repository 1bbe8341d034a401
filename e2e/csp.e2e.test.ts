// The extension pages' content security policy (README, Privacy): the built manifest admits scripts of
// the extension only and connections to https origins only (the DNS checks' resolver is whatever the
// person sets); each page narrows that with its own meta policy — the popup's is connect-src 'none', so
// a fetch from it is refused by the policy (a securitypolicyviolation for connect-src), even to a host
// that would answer, and the popup still runs. The DNS page's lock to its resolver is proven by
// e2e/dns-csp.e2e.test.ts. The service worker has no document to carry a meta policy: it gets the
// manifest's (no http at all), and no file but src/popup/dns-fetch.ts may call fetch (eslint.config.js).
// Needs `npm run build` first.
import {afterAll, beforeAll, expect, test} from 'vitest';
import {launch, type Launched} from './harness';

const CSP = "script-src 'self'; object-src 'none'; connect-src https:";
// Answered by the test (context.route) so that a refusal can only come from the policy.
const TARGET = 'https://api.example.com/ping';

let ext: Launched;
let answered = 0;

beforeAll(async () => {
	ext = await launch();
	await ext.context.route('http*://api.example.com/**', route => {
		answered++;
		return route.fulfill({body: 'pong', contentType: 'text/plain', headers: {'access-control-allow-origin': '*'}});
	});
});

afterAll(async () => {
	await ext?.close();
});

test('the built manifest carries the strict policy for extension pages', async () => {
	const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest()) as {content_security_policy?: {extension_pages?: string}};
	expect(manifest.content_security_policy).toEqual({extension_pages: CSP});
});

test('a fetch from the popup is refused by the policy, and the popup still works', async () => {
	const page = await ext.context.newPage();
	await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
	await page.waitForSelector('#q');
	const result = await page.evaluate(async url => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', event => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
		const fetched = await fetch(url).then(r => r.text(), (e: Error) => `refused: ${e.name}`);
		await new Promise(done => setTimeout(done, 100));
		return {fetched, violations};
	}, TARGET);
	expect(result).toEqual({fetched: 'refused: TypeError', violations: [`connect-src ${TARGET}`]});
	// Nothing reached the network, and the popup's own code ran under the policy.
	expect(answered).toBe(0);
	await page.keyboard.type('550 5.1.1');
	await expect.poll(() => page.evaluate(() => document.querySelectorAll('.bd-card').length)).toBeGreaterThan(0);
	await page.close();
});

test('a fetch from the service worker to an http address is refused', async () => {
	const fetched = await ext.worker.evaluate(url => fetch(url).then(r => r.text(), (e: Error) => `refused: ${e.name}`), TARGET.replace('https:', 'http:'));
	expect(fetched).toBe('refused: TypeError');
	expect(answered).toBe(0);
});
