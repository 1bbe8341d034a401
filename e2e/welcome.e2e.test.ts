// The welcome page: opened once by a fresh install, it shows a sample bounce marked as a webmail shows
// one (the same CSS highlights), each mark's card on hover, click or keyboard focus, the colours'
// meanings, the keyboard commands as bound, and the settings.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {launch, type Launched} from './harness';
import {removeScratch, screenshotPath} from './screenshots';

let ext: Launched;
let page: Page;

beforeAll(async () => {
	ext = await launch(undefined, {keepWelcome: true});
	page = ext.welcome!;
	await page.setViewportSize({width: 1280, height: 800});
	await page.locator('.sample-mark').first().waitFor();
}, 60_000);

afterAll(removeScratch);
afterAll(async () => {
	await ext?.close();
});

const cardCode = (p: Page) => p.locator('.sample-card .bd-code').textContent();

describe('welcome page', () => {
	test('a fresh install opens it in a tab of its own, with no request made', async () => {
		expect(page.url()).toBe(`chrome-extension://${ext.extensionId}/src/welcome/welcome.html`);
		expect(ext.requests.filter(url => !url.startsWith('chrome-extension://'))).toEqual([]);
	});

	test('the sample bounce\'s codes are painted with the webmail marks\' highlights, in their reply\'s colour', async () => {
		const painted = () => page.evaluate(() => Object.fromEntries(
			['permanent', 'transient', 'success', 'information'].map(tone => {
				const highlight = CSS.highlights.get(`bounce-decoder-${tone}`);
				return [tone, highlight ? [...highlight].map(range => range.toString()) : []];
			}),
		));
		// The sample's six codes, then the legend's one code per colour.
		await expect.poll(painted, {timeout: 10_000}).toEqual({
			permanent: ['550', '5.1.1', '550', '5.7.26', '550'],
			transient: ['452', '4.2.2', '451'],
			success: ['250'],
			information: ['354'],
		});
	});

	test('hovering, clicking or tabbing to a mark shows that reply\'s card', async () => {
		await page.locator('.sample-mark', {hasText: '4.2.2'}).hover();
		await expect.poll(() => cardCode(page)).toBe('452 4.2.2');
		await page.locator('.sample-mark', {hasText: '5.7.26'}).click();
		await expect.poll(() => cardCode(page)).toBe('550 5.7.26');
		await expect.poll(() => page.locator('.sample-card').textContent()).toMatch(/Gmail|Google/);
		await page.screenshot({path: screenshotPath('welcome.png')});
		await page.locator('.sample-mark').first().focus();
		await expect.poll(() => cardCode(page)).toBe('550 5.1.1');
		await page.keyboard.press('Tab');
		await expect.poll(() => cardCode(page)).toBe('550 5.1.1');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect.poll(() => cardCode(page)).toBe('452 4.2.2');
	});

	test('the keyboard commands are listed as this browser binds them', async () => {
		// Headless Chromium leaves an unpacked extension's suggested keys unbound, so the truth is what
		// the commands API says here, and the page must say the same.
		const bound = await ext.worker.evaluate(() => chrome.commands.getAll().then(all => all.map(c => ({name: c.name, shortcut: c.shortcut}))));
		const rows = await page.locator('.shortcuts tr').allTextContents();
		expect(rows).toHaveLength(3);
		expect(bound.map(c => c.name).sort()).toEqual(['_execute_action', 'next-mark', 'previous-mark']);
		const what: Record<string, RegExp> = {'_execute_action': /Open the Bounce Decoder popup/, 'next-mark': /next marked code/, 'previous-mark': /previous marked code/};
		for (const command of bound) {
			const row = rows.find(r => what[command.name!]!.test(r));
			expect(row, command.name).toBeDefined();
			expect(row!.startsWith(command.shortcut || 'not set'), `${command.name}: ${row}`).toBe(true);
		}
	});

	test('the settings are there and work', async () => {
		const banner = page.getByLabel('Show a one-line verdict above a bounce');
		await expect.poll(() => banner.isChecked()).toBe(true);
		await banner.uncheck();
		await expect.poll(() => ext.worker.evaluate(() => chrome.storage.sync.get('banner').then(v => v.banner))).toBe(false);
		await banner.check();
	});

	test('nothing on it is wider than the window', async () => {
		for (const width of [760, 1280]) {
			await page.setViewportSize({width, height: 560});
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
		}
	});
});
