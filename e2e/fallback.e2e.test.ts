// Degrade, don't go silent: Gmail's thread fixture with the classes the adapter's body selectors name
// removed (a rename, as webmails do every few months), in real Chromium with the built extension. The
// main region is read instead: the codes are still marked, editors and the compose window still are
// not, and the content script tells an extension page (the popup's question) that it reads in
// fallback mode; the same fixture with its classes answers nothing. Needs `npm run build` first.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {launch, type Launched} from './harness';
import {fixture, GMAIL_URL, marks, serveWebmail, waitForMarks} from './fixtures/webmail';

const GMAIL = 'gmail-2026-11-22-thread.html';
/** The classes gmail.ts's body selectors name. */
const RENAMED = new Set(['a3s', 'aiL', 'aXjCH', 'ii', 'gt']);
const stripped = (html: string) => html.replace(/class="([^"]*)"/g, (_, names: string) => `class="${names.split(/\s+/).filter(n => !RENAMED.has(n)).join(' ')}"`);

const EXPECTED = {
	'msg-gmail-bounce': ['550', '5.1.1'],
	'msg-postfix-bounce': ['550', '5.1.1', '552', '5.2.2'],
	'msg-reply': ['421', '4.7.0', 'TSS04'],
};

let ext: Launched;
let strip = true;

beforeAll(async () => {
	ext = await launch();
	await serveWebmail(ext.context, {'mail.google.com': () => (strip ? stripped(fixture(GMAIL)) : fixture(GMAIL))});
});

afterAll(async () => {
	await ext?.close();
});

/**
 * Asks the Gmail tab, from an extension page as the popup does, how it read its page. The extension
 * holds no host permission for Gmail, so it cannot pick the tab by its URL: every tab but its own
 * pages is asked, and only a content script answers.
 */
async function askReading(): Promise<unknown> {
	const page = await ext.context.newPage();
	try {
		await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
		return await page.evaluate(async () => {
			for (const tab of await chrome.tabs.query({})) {
				if (tab.id === undefined || tab.url?.startsWith('chrome-extension://')) continue;
				try {
					const answer: unknown = await chrome.tabs.sendMessage(tab.id, {type: 'page-reading'});
					if (answer) return answer;
				} catch {
					// No content script in that tab.
				}
			}
			return 'no answer';
		});
	} finally {
		await page.close();
	}
}

describe('Gmail with its body classes renamed', () => {
	let page: Page;
	beforeAll(async () => {
		strip = true;
		page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		expect(await page.locator('.a3s').count()).toBe(0);
	});
	afterAll(async () => {
		await page?.close();
	});

	test('still marks the codes of every open message, and nothing in editors or the compose window', async () => {
		const byMessage = await waitForMarks(page, m => Object.entries(EXPECTED).every(([id, codes]) => codes.every(code => m[id]?.includes(code))));
		for (const [id, codes] of Object.entries(EXPECTED)) expect(byMessage[id]).toEqual(expect.arrayContaining(codes));
		const all = await marks(page);
		expect(all.filter(m => m.inEditor)).toEqual([]);
		expect(all.map(m => m.text)).not.toContain('554'); // the compose dialog's draft
	});

	test('tells the popup the page was read in fallback mode', async () => {
		expect(await askReading()).toEqual({mode: 'fallback'});
	});
});

describe('the same thread with its classes', () => {
	test('is read by the adapter, and the popup is told nothing', async () => {
		strip = false;
		const page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		await waitForMarks(page, m => (m['msg-postfix-bounce']?.length ?? 0) === 4);
		await page.waitForTimeout(1500); // past the fallback delay
		expect(await askReading()).toBe('no answer');
		await page.close();
	});
});
