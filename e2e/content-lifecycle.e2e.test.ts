// An orphaned content script (the extension reloaded under a running page) stops without errors: its
// port to the worker closes, and its marks, banners and listeners go away; a newer copy of the script
// in the frame retires the running one. None of this goes through the page: the page dispatching the
// event names older builds used changes nothing. Needs `npm run build` first.
// (After chrome.runtime.reload() in this Playwright launch the unpacked extension does not come back,
// so a fresh copy cannot be checked after the reload here; the announcement is tested on its own.)
import {afterAll, beforeAll, expect, test} from 'vitest';
import {launch, type Launched} from './harness';
import {banners, card, fixture, GMAIL_URL, markCenter, marks, serveWebmail, waitForMarks} from './fixtures/webmail';
import {grantedCopy, launchFrom} from './fixtures/opt-in';

let ext: Launched;

beforeAll(async () => {
	ext = await launch();
	await serveWebmail(ext.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
});

afterAll(async () => {
	await ext?.close();
});

test('an orphaned script tears down without errors when the extension reloads', async () => {
	const page = await ext.context.newPage();
	const errors: string[] = [];
	page.on('pageerror', error => errors.push(error.message));
	page.on('console', message => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(GMAIL_URL);
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	await expect.poll(() => banners(page).then(b => Object.keys(b).length)).toBe(2);

	// The worker goes away with the reload (its new copy starts lazily, on the next event). The life
	// port closes with it: the orphan tears down before anything happens in the page.
	await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
	await expect.poll(() => marks(page).then(m => m.length), {timeout: 8_000}).toBe(0);
	expect(await banners(page)).toEqual({});

	// The next page change (another thread opens) and pointer moves reach the orphan: it stops.
	await page.evaluate(() => (window as unknown as {__openThread: (id: string) => void}).__openThread('thread-2'));
	await page.mouse.move(300, 300);
	await expect.poll(() => marks(page).then(m => m.length)).toBe(0);
	expect(await page.evaluate(() => [...CSS.highlights.keys()].filter(name => name.startsWith('bounce-decoder')))).toEqual([]);
	expect(await banners(page)).toEqual({});
	expect(await page.evaluate(() => document.querySelectorAll('[data-bounce-decoder]').length)).toBe(0);
	expect((await card(page)).visible).toBe(false);
	expect(errors).toEqual([]);

});

test('the page dispatching our old event names does not stop marking of a message opened afterwards', async () => {
	const fresh = await launch();
	await serveWebmail(fresh.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
	const page = await fresh.context.newPage();
	await page.goto(GMAIL_URL);
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	await expect.poll(() => banners(page).then(b => Object.keys(b).length)).toBe(2);
	// What older builds announced themselves with, and what a page might guess next.
	await page.evaluate(() => {
		for (const name of ['bounce-decoder:started', 'bounce-decoder:stop', 'bounce-decoder:retire']) {
			document.dispatchEvent(new CustomEvent(name));
			window.dispatchEvent(new CustomEvent(name));
		}
	});
	await page.evaluate(() => (window as unknown as {__openThread: (id: string) => void}).__openThread('thread-2'));
	const byMessage = await waitForMarks(page, m => Object.keys(m).length === 1 && m['msg-thread-2']?.length === 2);
	expect(byMessage).toEqual({'msg-thread-2': ['554', '5.7.1']});
	await expect.poll(() => banners(page).then(b => Object.keys(b))).toEqual(['msg-thread-2']);
	await fresh.close();
});

test('a newer copy of the script retires the running one, through the extension, not the page', async () => {
	// The test injects the newer copy itself (scripting.executeScript), which needs access to the tab
	// the extension does not ask for (no host_permissions): a copy of the build holds it as granted.
	const fresh = await launchFrom(grantedCopy(['https://mail.google.com/*']));
	await serveWebmail(fresh.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
	const page = await fresh.context.newPage();
	await page.goto(GMAIL_URL);
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	// The banners go in above the messages and move the codes down: hover once they are in.
	await expect.poll(() => banners(page).then(b => Object.keys(b).length)).toBe(2);
	const at = await markCenter(page, '550', '#msg-gmail-bounce');
	await page.mouse.move(at.x, at.y);
	await expect.poll(() => card(page).then(c => c.visible)).toBe(true);
	// The same file injected again into the tab: the old copy's card, style and banners go, the new
	// copy marks the same codes once (one style element, not two).
	await fresh.worker.evaluate(async () => {
		const [tab] = await chrome.tabs.query({url: 'https://mail.google.com/*'});
		await chrome.scripting.executeScript({target: {tabId: tab!.id!}, files: ['content.js']});
	});
	await expect.poll(() => card(page).then(c => c.visible)).toBe(false);
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2 && m['msg-postfix-bounce'] !== undefined);
	await expect.poll(() => banners(page).then(b => Object.keys(b).length)).toBe(2);
	expect(await page.evaluate(() => document.querySelectorAll('style[data-bounce-decoder]').length)).toBe(1);
	expect(await page.evaluate(() => document.querySelectorAll('[data-bounce-decoder="banner"]').length)).toBe(2);
	await fresh.close();
});

test('turning marking or the banner off in the settings tears down at once, and on again re-marks', async () => {
	const fresh = await launch();
	await serveWebmail(fresh.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
	const page = await fresh.context.newPage();
	await page.goto(GMAIL_URL);
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	const set = (value: object) => fresh.worker.evaluate(v => chrome.storage.sync.set(v), value);
	await set({banner: false});
	await expect.poll(() => banners(page)).toEqual({});
	expect((await marks(page)).length).toBeGreaterThan(0);
	await set({marking: {gmail: false, outlook: true}});
	await expect.poll(() => marks(page).then(m => m.length)).toBe(0);
	await set({marking: {gmail: true, outlook: true}, banner: true});
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	await expect.poll(() => banners(page).then(b => Object.keys(b).length)).toBe(2);
	await fresh.close();
});
