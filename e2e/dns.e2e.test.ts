// The DNS checks in Chromium (issue 17): a card about a block-list refusal offers "Check DNS"; nothing
// is requested before the clicks; the DNS page opens with the sending IP from the reply, editable;
// "Check DNS" there asks for the resolver's host and sends the queries only to that resolver. The
// resolver (https://dns.google/resolve) is answered by the local DoH server on the fixture zone
// (context.route → test/helpers/doh-server.ts), so nothing leaves the machine. Chromium under automation
// cannot answer a permission prompt (e2e/fixtures/opt-in.ts), so the build's copy holds the resolver's
// host as granted — the state after the user's "Allow"; the page still calls permissions.request.
import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {ZONE} from '../test/helpers/dns-zone';
import {startDohServer, type DohServer} from '../test/helpers/doh-server';
import {grantedCopy, launchFrom} from './fixtures/opt-in';
import {card, GMAIL_URL, markCenter, serveWebmail, spamhausThread, waitForMarks} from './fixtures/webmail';
import type {Launched} from './harness';
import {removeScratch, screenshotPath} from './screenshots';

const RESOLVER = 'https://dns.google/resolve';

let ext: Launched;
let server: DohServer;
let served: Set<string>;
const routed: string[] = [];

/** Requests that left the browser: not to the extension, not a served fixture. */
const outside = () => ext.requests.filter(url => !url.startsWith('chrome-extension://') && !served.has(url));

beforeAll(async () => {
	server = await startDohServer(ZONE);
	ext = await launchFrom(grantedCopy(['https://dns.google/*']));
	await ext.context.route('https://dns.google/**', async route => {
		const url = new URL(route.request().url());
		routed.push(url.href);
		const answer = await fetch(`${server.url}${url.search}`);
		return route.fulfill({status: answer.status, body: await answer.text(), contentType: 'application/dns-json'});
	});
	served = await serveWebmail(ext.context, {'mail.google.com': spamhausThread});
});

afterAll(removeScratch);
afterAll(async () => {
	await ext?.close();
	await server?.close();
});

test('Check DNS: nothing requested before the clicks, then only the configured resolver', async () => {
	const gmail = await ext.context.newPage();
	await gmail.goto(GMAIL_URL);
	await waitForMarks(gmail, m => m['msg-postfix-bounce']?.includes('554') === true);
	// The banners go in above the messages and move the codes down: point at the code once they are in,
	// and again while the card is not up (a loaded machine can miss the first move).
	await expect.poll(() => gmail.evaluate(() => document.querySelectorAll('[data-bounce-decoder="banner"]').length), {timeout: 10_000}).toBeGreaterThan(0);
	await expect.poll(async () => {
		const at = await markCenter(gmail, '554', '#msg-postfix-bounce');
		await gmail.mouse.move(at.x, at.y);
		return card(gmail).then(c => c.visible && c.code === '554 5.7.1');
	}, {timeout: 15_000, interval: 500}).toBe(true);
	const button = gmail.locator('[data-bounce-decoder="card"] .bd-check-dns');
	await expect.poll(() => button.count(), {timeout: 10_000}).toBe(1);
	expect(outside()).toEqual([]);
	await gmail.screenshot({path: screenshotPath('dns-card.png')});

	const opened = ext.context.waitForEvent('page');
	await button.click();
	const dns: Page = await opened;
	await dns.waitForSelector('.dns-run');
	expect(dns.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/src/popup/dns\\.html\\?`));
	expect(await dns.inputValue('input[name="ip"]')).toBe('203.0.113.7');
	expect(await dns.inputValue('input[name="domain"]')).toBe('');
	expect(await dns.textContent('.dns-context')).toBe('Spamhaus (5.7.1): the refusal is about a block-list listing of the sending IP.');
	// The page is open, the names are shown: still nothing sent.
	await dns.waitForTimeout(300);
	expect(outside()).toEqual([]);
	expect(routed).toEqual([]);

	// Editable before the check runs: the person adds the sender's domain.
	await dns.fill('input[name="domain"]', 'sender.example');
	await dns.click('.dns-run');
	await dns.waitForSelector('.dns-finding', {timeout: 30_000});
	const findings = await dns.$$eval('.dns-finding', items => items.map(item => ({check: item.getAttribute('data-check'), text: item.textContent ?? ''})));
	expect(findings.find(f => /Spamhaus ZEN: Spamhaus refuses queries sent through public or open resolvers/.test(f.text))).toBeTruthy();
	expect(findings.find(f => /203\.0\.113\.7 is on the Barracuda Reputation Block List/.test(f.text))).toBeTruthy();
	expect(findings.find(f => /SPF of sender\.example: v=spf1/.test(f.text))).toBeTruthy();
	expect(findings.find(f => /has reverse DNS mail\.sender\.example, which resolves back to it/.test(f.text))).toBeTruthy();
	await dns.setViewportSize({width: 1000, height: 1100});
	await dns.screenshot({path: screenshotPath('dns-check.png')});

	// Every request that left the browser went to the configured resolver, and each is one the server answered.
	expect(routed.length).toBeGreaterThan(5);
	expect(outside().every(url => url.startsWith(`${RESOLVER}?name=`))).toBe(true);
	expect(outside().length).toBe(routed.length);
	expect(routed.map(url => new URL(url).searchParams.get('name'))).toContain('7.113.0.203.zen.spamhaus.org');
	expect(await ext.worker.evaluate(() => chrome.permissions.contains({origins: ['https://dns.google/*']}))).toBe(true);
	await dns.close();
	await gmail.close();
});

test('the DNS page refuses a name that does not parse, and sends nothing', async () => {
	const before = routed.length;
	const page = await ext.context.newPage();
	await page.goto(`chrome-extension://${ext.extensionId}/src/popup/dns.html?domain=${encodeURIComponent('sender.example"><img src=x>')}`);
	await page.waitForSelector('.dns-run');
	await page.click('.dns-run');
	await page.waitForSelector('.dns-error');
	expect(await page.textContent('.dns-error')).toMatch(/^Not a domain name: /);
	expect(await page.$$eval('img', images => images.length)).toBe(0);
	expect(routed.length).toBe(before);
	// The page's own fetch to any other host is refused by the policy.
	const other = await page.evaluate(() => fetch('https://api.example.com/ping').then(() => 'fetched', (e: Error) => `refused: ${e.name}`));
	expect(other).toBe('refused: TypeError');
	await page.close();
});
