// "Explain this error" (context menu id explain-selection) in real Chromium with the built extension.
// Native menus cannot be clicked headless (TOOLCHAIN.md §4d): the menu's existence is checked with
// contextMenus.update from the worker, and the click is the browser's own onClicked event dispatched
// in the worker (Chromium's extension events have dispatch()), so it reaches the listener the worker
// registered; the build carries no test hook. A real click also grants activeTab on the page, which
// a dispatched event cannot: the extension asks no host permission for the webmails (its content
// script's matches are all it needs there), so the tests run a copy of the build that holds
// mail.google.com as granted, the access activeTab gives after the click (fixtures/opt-in.ts).
// example.com stays without it, as a page the browser will not let the extension script.
// Screenshot for the README: docs/screenshots/context-menu.png. Needs `npm run build` first.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page, Worker} from 'playwright-core';
import {explain, isInvalid} from '../src/core/explain';
import {cardForSelection} from '../src/background/selection-card';
import type {Launched} from './harness';
import {clickMenu, MENU_CARD, MENU_ID} from './fixtures/menu';
import {grantedCopy, launchFrom} from './fixtures/opt-in';
import {removeScratch, screenshotPath} from './screenshots';

// A page quoting a bounce; served at a webmail address (access granted, as a click's activeTab does)
// and at example.com (no access: the handler must fall back to the full-page view).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support thread</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:720px;margin:40px auto;padding:0 16px;color:#222}pre{background:#f4f4f4;padding:12px;white-space:pre-wrap}</style></head>
<body><h1>Why did my newsletter bounce?</h1><p>Our mail server returned this for every Gmail address:</p>
<pre id="reply">550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.</pre>
<p>Any idea what to change?</p>
<pre id="bounce">Delivery to the following recipient failed permanently:

     nobody@example.com

Technical details of permanent failure:
The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.</pre></body></html>`;

let ext: Launched;

beforeAll(async () => {
	ext = await launchFrom(grantedCopy(['https://mail.google.com/*']));
	for (const host of ['https://mail.google.com/**', 'https://example.com/**']) {
		await ext.context.route(host, route => route.fulfill({body: PAGE, contentType: 'text/html'}));
	}
});

afterAll(removeScratch);
afterAll(async () => {
	await ext?.close();
});

const LINE = '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy.';

const expectedTitle = (() => {
	const result = explain('550 5.7.26');
	if (isInvalid(result)) throw new Error(result.error);
	return result.title;
})();

/** Opens the page and selects the bounce's reply line, as a user would before right-clicking. */
async function pageWithSelection(url: string): Promise<Page> {
	const page = await ext.context.newPage();
	await page.setViewportSize({width: 900, height: 640});
	await page.goto(url);
	await page.locator('#reply').selectText();
	return page;
}

function menuExists(worker: Worker): Promise<string> {
	return worker.evaluate(id => new Promise<string>(done => {
		chrome.contextMenus.update(id, {}, () => done(chrome.runtime.lastError?.message ?? 'ok'));
	}), MENU_ID);
}


/** The in-page card's text, once it is there. */
async function cardText(page: Page): Promise<string> {
	const host = page.locator(MENU_CARD);
	await host.waitFor({state: 'attached', timeout: 10_000});
	return host.evaluate(el => el.shadowRoot?.textContent ?? '');
}

describe('context menu', () => {
	test('the explain-selection item exists', async () => {
		await expect.poll(() => menuExists(ext.worker)).toBe('ok');
		expect(await ext.worker.evaluate(() => new Promise<string>(done => {
			chrome.contextMenus.update('nope', {}, () => done(chrome.runtime.lastError?.message ?? 'ok'));
		}))).toMatch(/Cannot find menu item/);
	});

	test('its handler shows the card next to the selection, in a shadow root', async () => {
		const page = await pageWithSelection('https://mail.google.com/mail/u/0/');
		await clickMenu(ext.worker, 'https://mail.google.com/*', LINE);
		const text = await cardText(page);
		expect(text).toContain((await cardForSelection(LINE)).cards[0]!.title);
		expect(text).toContain('Permanent failure');
		// Next to the selection: the card's top is just below the selected line.
		const [card, line] = await Promise.all([
			page.locator(MENU_CARD).boundingBox(),
			page.locator('#reply').boundingBox(),
		]);
		expect(card!.y).toBeGreaterThan(line!.y);
		expect(card!.y).toBeLessThan(line!.y + line!.height + 80);
		// Outside the page's own content.
		expect(await page.locator(MENU_CARD).evaluate(el => el.parentElement === document.documentElement)).toBe(true);
		await page.screenshot({path: screenshotPath('context-menu.png')});
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator(MENU_CARD).count()).toBe(0);
		await page.close();
	});

	test('Check DNS on the card, as on the hover card, opens the DNS page with the names the reply gives', async () => {
		const page = await pageWithSelection('https://mail.google.com/mail/u/3/');
		await clickMenu(ext.worker, 'https://mail.google.com/mail/u/3/*', LINE);
		const button = page.locator(`${MENU_CARD} .bd-actions .bd-check-dns`);
		await button.waitFor({timeout: 10_000});
		expect(await button.textContent()).toBe('Check DNS');
		const before = ext.requests.length;
		const opened = ext.context.waitForEvent('page');
		await button.click();
		const dns = await opened;
		await dns.waitForSelector('.dns-run');
		expect(dns.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/src/popup/dns\\.html\\?`));
		// The sender's domain from "email from example.com", editable, and the reading's context.
		expect(await dns.inputValue('input[name="domain"]')).toBe('example.com');
		expect(await dns.textContent('.dns-context')).toMatch(/^Gmail \(5\.7\.26\): the refusal is about sender authentication/);
		// The card is gone, and nothing left the browser: the check runs only on the page's own click.
		expect(await page.locator(MENU_CARD).count()).toBe(0);
		expect(ext.requests.slice(before).filter(url => /^https?:/.test(url))).toEqual([]);
		await Promise.all([dns.close(), page.close()]);
	});

	test('a selected bounce gets its recipients’ verdicts, line breaks read from the page', async () => {
		const page = await ext.context.newPage();
		await page.goto('https://mail.google.com/mail/u/2/');
		await page.locator('#bounce').selectText();
		// Menus fold the selection's line breaks into spaces; the handler reads the page's own selection.
		const folded = (await page.locator('#bounce').textContent())!.replace(/\s+/g, ' ');
		await clickMenu(ext.worker, 'https://mail.google.com/mail/u/2/*', folded);
		const text = await cardText(page);
		// The core's verdict, as every surface words it.
		expect(text).toContain('Not delivered to nobody@example.com: the address does not exist (550 5.1.1).');
		expect(text).toContain('The address is wrong or gone — ');
		await page.close();
	});

	test('where the page cannot be scripted, it opens the full-page view', async () => {
		const page = await pageWithSelection('https://example.com/thread');
		const opened = ext.context.waitForEvent('page');
		await ext.worker.evaluate(async ({id}) => {
			const [tab] = await chrome.tabs.query({active: true, lastFocusedWindow: true});
			const onClicked = chrome.contextMenus.onClicked as unknown as {dispatch(info: object, tab?: chrome.tabs.Tab): void};
			onClicked.dispatch({menuItemId: id, selectionText: '550 5.7.26', frameId: 0, editable: false}, tab);
		}, {id: MENU_ID});
		const full = await opened;
		await full.waitForLoadState();
		expect(full.url()).toBe(`chrome-extension://${ext.extensionId}/src/popup/explain.html?q=550%205.7.26`);
		await expect.poll(() => full.locator('.bd-card .bd-title').textContent()).toBe(expectedTitle);
		await Promise.all([full.close(), page.close()]);
	});

	test('still works after the service worker was terminated', async () => {
		const page = await ext.context.newPage();
		await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
		// A mark in the worker's memory: gone once the worker was really stopped and started again.
		await ext.worker.evaluate(() => {
			(globalThis as {__alive?: boolean}).__alive = true;
		});
		const cdp = await ext.context.newCDPSession(page);
		const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter(t => t.type === 'service_worker').length;
		await cdp.send('ServiceWorker.enable');
		await cdp.send('ServiceWorker.stopAllWorkers');
		await expect.poll(workers).toBe(0);

		// Any extension event starts it again; a message from the popup is the simplest.
		expect(await page.evaluate(() => chrome.runtime.sendMessage({type: 'ping'}))).toEqual({type: 'pong'});
		await expect.poll(workers).toBe(1);
		// Playwright keeps one Worker handle per extension worker and re-attaches it to the new instance.
		const worker = ext.context.serviceWorkers().find(w => w.url().startsWith(`chrome-extension://${ext.extensionId}/`))!;
		expect(await worker.evaluate(() => (globalThis as {__alive?: boolean}).__alive ?? false)).toBe(false);
		expect(await menuExists(worker)).toBe('ok');

		const target = await pageWithSelection('https://mail.google.com/mail/u/1/');
		await clickMenu(worker, 'https://mail.google.com/mail/u/1/*', LINE);
		expect(await cardText(target)).toContain((await cardForSelection(LINE)).cards[0]!.title);
		await Promise.all([target.close(), page.close()]);
	});
});

test('makes no network request', () => {
	expect(ext.requests.filter(url => /^https?:/.test(url) && !/^https:\/\/(mail\.google\.com|example\.com)\//.test(url))).toEqual([]);
});
