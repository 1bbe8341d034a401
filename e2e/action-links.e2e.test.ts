// Action links and the banner's details in real Chromium with the built extension (issue 16 items 3
// and 4): a block list's refusal in a Gmail bounce gets a hover card whose lookup link carries the
// bounce's IP and opens the list's page in a new tab without an opener; the popup's card for the same
// pasted reply links the same; the banner's details say what the bounce is about and copy the
// addresses to suppress. The list's site is routed to a stub here, so nothing leaves the machine.
// Needs `npm run build` first.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {launch, openPopup, type Launched} from './harness';
import {fixture, GMAIL_URL, markCenter, serveWebmail, waitForMarks} from './fixtures/webmail';

const IP = '203.0.113.45';
const REFUSAL = `554 5.7.1 Service unavailable; Client host [${IP}] blocked using zen.spamhaus.org`;
const LOOKUP = `https://check.spamhaus.org/results/?query=${IP}`;

// The thread fixture with its Postfix bounce's first reply turned into a Spamhaus refusal.
const gmail = () => fixture('gmail-2026-11-22-thread.html').replace(
	'said: 550<br>&nbsp; &nbsp; 5.1.1 &lt;<a href="mailto:rcpt@example.co.jp" target="_blank">rcpt@example.co.jp</a>&gt;... User Unknown',
	`said: ${REFUSAL}`,
);

let ext: Launched;
let served: Set<string>;
/** Pages of the list's site the browser opened (answered by the stub, never by the network). */
const listPages: string[] = [];

beforeAll(async () => {
	expect(gmail()).toContain(REFUSAL);
	ext = await launch();
	served = await serveWebmail(ext.context, {'mail.google.com': gmail});
	await ext.context.route('https://check.spamhaus.org/**', route => {
		listPages.push(route.request().url());
		return route.fulfill({body: '<!doctype html><title>stub</title>', contentType: 'text/html'});
	});
});

afterAll(async () => {
	await ext?.close();
});

/** The action links of the open hover card: [text, href, target, rel]. */
const cardLinks = (page: Page) => page.evaluate(() => [...document.querySelector('[data-bounce-decoder="card"]')?.shadowRoot?.querySelectorAll('a.bd-action-link') ?? []]
	.map(a => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));

describe('a Spamhaus refusal in Gmail', () => {
	test("the hover card's block-list link carries the bounce's IP and opens in a new tab without an opener", async () => {
		const page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		await waitForMarks(page, byMessage => (byMessage['msg-postfix-bounce'] ?? []).includes('554'));
		// The banners come a moment after the marks and move the text down: point at the code once they are in.
		await page.locator('#msg-postfix-bounce [data-bounce-decoder="banner"]').waitFor();
		await page.locator('#msg-gmail-bounce [data-bounce-decoder="banner"]').waitFor();
		const at = await markCenter(page, '554', '#msg-postfix-bounce');
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => cardLinks(page).then(links => links[0]), {timeout: 10_000}).toEqual([`Look up ${IP} at Spamhaus`, LOOKUP, '_blank', 'noopener noreferrer']);
		const opened = ext.context.waitForEvent('page');
		await page.evaluate(() => (document.querySelector('[data-bounce-decoder="card"]')!.shadowRoot!.querySelector('a.bd-action-link') as HTMLAnchorElement).click());
		const tab = await opened;
		await tab.waitForLoadState();
		expect(tab.url()).toBe(LOOKUP);
		expect(await tab.evaluate(() => window.opener)).toBeNull();
		expect(listPages).toContain(LOOKUP);
		await tab.close();
		await page.close();
	});

	test("the popup's card for the pasted reply links the same lookup", async () => {
		const page = await openPopup(ext);
		await page.locator('#q').fill(REFUSAL);
		await page.locator('#codes-list #result-0').click();
		const link = page.locator('.detail a.bd-action-link').first();
		await link.waitFor();
		expect(await link.getAttribute('href')).toBe(LOOKUP);
		expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
		await page.close();
	});
});

describe("the banner's details", () => {
	test('say what the bounce is about and where it failed, and copy the address to suppress', async () => {
		await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: 'https://mail.google.com'});
		const page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		const banner = page.locator('#msg-gmail-bounce [data-bounce-decoder="banner"]');
		await banner.locator('summary').click();
		const about = banner.locator('dl.bd-about dd');
		await expect.poll(() => about.allTextContents()).toEqual(['Release notes for v5.1.1 (build 15.1.112.19)', 'Sun, 22 Nov 2026 10:15:01 +0100']);
		// Found by its class, not its name: the name becomes "Copied" on the click.
		const copy = banner.locator('.bd-copy');
		expect(await copy.textContent()).toBe('Copy the address to suppress');
		await page.evaluate(() => navigator.clipboard.writeText(''));
		// Every word the button says, recorded in the page as it changes: "Copied" shows for 1.5 s, which a
		// poll from here can miss on a loaded machine.
		await page.evaluate(() => {
			const button = document.querySelector('#msg-gmail-bounce [data-bounce-decoder="banner"]')!.shadowRoot!.querySelector('.bd-copy')!;
			const said: string[] = [];
			(window as unknown as {__copySaid: string[]}).__copySaid = said;
			new MutationObserver(() => said.push(button.textContent ?? '')).observe(button, {childList: true, characterData: true, subtree: true});
		});
		await copy.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('nobody@example.org');
		await expect.poll(() => page.evaluate(() => (window as unknown as {__copySaid: string[]}).__copySaid)).toContain('Copied');
		// Then it goes back to its label.
		await expect.poll(() => copy.textContent(), {timeout: 5_000}).toBe('Copy the address to suppress');
		expect(await page.evaluate(() => (window as unknown as {__copySaid: string[]}).__copySaid)).toEqual(['Copied', 'Copy the address to suppress']);
		await page.close();
	});
});

test('makes no network request but to the stubbed list page', () => {
	const outside = ext.requests.filter(url => !served.has(url) && !listPages.includes(url) && !url.startsWith('chrome-extension://'));
	expect(outside).toEqual([]);
});
