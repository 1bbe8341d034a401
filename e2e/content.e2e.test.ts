// Inline marking in Gmail and Outlook on the web, in real Chromium with the built extension:
// highlights for every code and none for look-alikes or editors, the hover card, the verdict banner,
// byte-identical bodies, no network request, single-page navigation. Needs `npm run build` first.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {explainText} from '../src/core/explain-text';
import {launch, type Launched} from './harness';
import {removeScratch, screenshotPath} from './screenshots';
import {
	banners, bodiesHtml, card, fixture, GMAIL_URL, markCenter, marks, OUTLOOK_URL, serveWebmail, sourceBodiesHtml, waitForMarks,
} from './fixtures/webmail';

const GMAIL = 'gmail-2026-11-22-thread.html';
const OUTLOOK = 'outlook-2026-11-22-reading-pane.html';

const GMAIL_MARKS = {
	'msg-gmail-bounce': ['550', '5.1.1'],
	'msg-postfix-bounce': ['550', '5.1.1', '552', '5.2.2'],
	'msg-reply': ['421', '4.7.0', 'TSS04'],
};
const OUTLOOK_MARKS = {'item-ndr-new': ['550', '5.1.10', '550', '5.1.10']};

let ext: Launched;
let served: Set<string>;
const pages = {gmail: () => fixture(GMAIL), outlook: () => fixture(OUTLOOK)};

beforeAll(async () => {
	ext = await launch();
	served = await serveWebmail(ext.context, {
		'mail.google.com': pages.gmail,
		'outlook.live.com': pages.outlook,
		'outlook.office.com': pages.outlook,
		'outlook.office365.com': pages.outlook,
		'outlook.cloud.microsoft': pages.outlook,
	});
});

afterAll(removeScratch);
afterAll(async () => {
	await ext?.close();
});

async function open(url: string): Promise<Page> {
	const page = await ext.context.newPage();
	await page.goto(url);
	return page;
}

/** The title the card must show: the core's reading of the whole reply (explainText), as the card computes it. */
function expectedTitle(line: string): string {
	const [reply] = explainText(line);
	if (!reply) throw new Error(`no reply in ${line}`);
	return reply.explanation.title;
}

describe('Gmail thread view', () => {
	let page: Page;
	beforeAll(async () => {
		page = await open(GMAIL_URL);
	});

	test('marks every code, and nothing in look-alikes, editors or the compose window', async () => {
		const byMessage = await waitForMarks(page, m => Object.keys(GMAIL_MARKS).every(id => m[id]?.length === GMAIL_MARKS[id as keyof typeof GMAIL_MARKS].length));
		expect(byMessage).toEqual(GMAIL_MARKS);
		const all = await marks(page);
		expect(all.filter(m => m.inEditor)).toEqual([]);
		expect(all.every(m => m.name.startsWith('bounce-decoder-'))).toBe(true);
		// Severity decides the highlight: 5xx permanent, 4xx transient.
		expect(all.filter(m => m.message === 'msg-gmail-bounce').map(m => m.name)).toEqual(['bounce-decoder-permanent', 'bounce-decoder-permanent']);
		expect(all.filter(m => m.message === 'msg-reply').map(m => m.name)).toEqual(Array(3).fill('bounce-decoder-transient'));
	});

	test('leaves every message body byte-identical', async () => {
		const selector = 'div.a3s';
		expect(await bodiesHtml(page, selector)).toEqual(await sourceBodiesHtml(page, fixture(GMAIL), selector));
	});

	test('puts a verdict banner above each bounce, outside its body', async () => {
		await expect.poll(() => banners(page).then(b => Object.keys(b).sort())).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce']);
		const lines = await banners(page);
		expect(lines['msg-gmail-bounce']).toEqual(['Not delivered to nobody@example.org: the address does not exist (550 5.1.1). The address is wrong or gone — check it for a typo, or remove it from your list.']);
		expect(lines['msg-postfix-bounce']).toHaveLength(2);
		expect(lines['msg-postfix-bounce']![0]).toBe('Not delivered to rcpt@example.co.jp: the address does not exist (550 5.1.1). The address is wrong or gone — check it for a typo, or remove it from your list.');
		expect(lines['msg-postfix-bounce']![1]).toBe('Not delivered to full@example.net: the mailbox is full (552 5.2.2). The address is fine; the recipient must make room — resend later, or reach the person another way.');
		expect(await page.evaluate(() => [...document.querySelectorAll('[data-bounce-decoder="banner"]')].every(h => !h.closest('.a3s') && h.nextElementSibling?.matches('.ii.gt')))).toBe(true);
	});

	test('hovering a code shows its card within one frame, beside the code; Escape closes it', async () => {
		const line = '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4ea1c2b0f1asi1234567qt.12 - gsmtp';
		const at = await markCenter(page, '550', '#msg-gmail-bounce');
		// Count animation frames between the pointer move and the card becoming visible.
		await page.evaluate(() => {
			const w = window as unknown as {__frames: number; __shownAt: number};
			w.__frames = 0;
			w.__shownAt = -1;
			const tick = () => {
				w.__frames++;
				const host = document.querySelector<HTMLElement>('[data-bounce-decoder="card"]');
				if (host && host.style.display !== 'none' && host.style.visibility === 'visible') w.__shownAt = w.__frames;
				else requestAnimationFrame(tick);
			};
			document.addEventListener('pointermove', () => requestAnimationFrame(tick), {once: true});
		});
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => card(page).then(c => c.visible)).toBe(true);
		const shown = await card(page);
		expect(shown.title).toBe(expectedTitle(line));
		expect(shown.code).toBe('550 5.1.1');
		expect(shown.text).toContain('Open full explanation');
		// Visible at the start of the 2nd frame after the pointer moved, i.e. painted in the frame our rAF handler ran in.
		const frames = await page.evaluate(() => (window as unknown as {__shownAt: number}).__shownAt);
		console.log(`card visible at animation frame ${frames} after the pointer move`);
		expect(frames).toBeGreaterThan(0);
		expect(frames).toBeLessThanOrEqual(2);
		// Never over the code.
		const r = shown.rect!;
		const overlaps = r.left < at.rect.right && r.right > at.rect.left && r.top < at.rect.bottom && r.bottom > at.rect.top;
		expect(overlaps).toBe(false);
		await page.screenshot({path: screenshotPath('gmail-card.png')});
		// The card stays while the pointer travels into it.
		await page.mouse.move(r.left + r.width / 2, r.top + Math.min(40, r.height / 2), {steps: 4});
		await page.waitForTimeout(500);
		expect((await card(page)).visible).toBe(true);
		await page.keyboard.press('Escape');
		expect((await card(page)).visible).toBe(false);
	});

	test('"Open full explanation" opens the extension\'s explanation page for that reply', async () => {
		const at = await markCenter(page, '5.1.1', '#msg-postfix-bounce');
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => card(page).then(c => c.code)).toBe('550 5.1.1');
		// A click the page's script makes does nothing (our controls act on trusted events only).
		const pagesBefore = ext.context.pages().length;
		await page.evaluate(() => document.querySelector('[data-bounce-decoder="card"]')?.shadowRoot?.querySelector<HTMLButtonElement>('.bd-open-full')?.click());
		await page.waitForTimeout(300);
		expect(ext.context.pages()).toHaveLength(pagesBefore);
		const opened = ext.context.waitForEvent('page');
		await page.locator('[data-bounce-decoder="card"] .bd-open-full').click();
		const tab = await opened;
		// The tab the background opened, as the tabs API reports it (independent of how the page renders).
		const urls = await ext.worker.evaluate(() => chrome.tabs.query({}).then(tabs => tabs.map(t => t.pendingUrl || t.url || '')));
		const url = new URL(urls.find(u => u.includes('/explain.html')) ?? 'about:blank');
		expect(url.href).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/src/popup/explain\\.html\\?q=`));
		expect(url.searchParams.get('q')).toMatch(/550 5\.1\.1/);
		await tab.close();
		await page.bringToFront();
		await page.keyboard.press('Escape');
	});

	test('leaving the code closes the card', async () => {
		const at = await markCenter(page, '5.2.2', '#msg-postfix-bounce');
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => card(page).then(c => c.code)).toBe('552 5.2.2');
		await page.mouse.move(5, 5);
		await expect.poll(() => card(page).then(c => c.visible)).toBe(false);
	});

	test('expanding a collapsed message marks its body', async () => {
		await page.click('#msg-collapsed .ajz');
		const byMessage = await waitForMarks(page, m => (m['msg-collapsed']?.length ?? 0) > 0);
		expect(byMessage['msg-collapsed']).toEqual(['450', '4.2.1']);
	});

	test('opening another thread re-marks it and drops the old marks and banners', async () => {
		await page.evaluate(() => (window as unknown as {__openThread: (id: string) => void}).__openThread('thread-2'));
		const byMessage = await waitForMarks(page, m => Object.keys(m).length === 1 && m['msg-thread-2']?.length === 2);
		expect(byMessage).toEqual({'msg-thread-2': ['554', '5.7.1']});
		await expect.poll(() => banners(page).then(b => Object.keys(b))).toEqual(['msg-thread-2']);
	});

	test('the keyboard commands step through the codes, the card takes the focus, Escape gives it back', async () => {
		const keys = await ext.context.newPage();
		await keys.goto(GMAIL_URL);
		await waitForMarks(keys, m => (m['msg-gmail-bounce']?.length ?? 0) > 0);
		await keys.bringToFront();
		await keys.evaluate(() => document.querySelector<HTMLElement>('a, button, [tabindex]')?.focus());
		const before = await keys.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
		// What the browser does on the next-mark shortcut: the background sends the tab a step.
		const step = (direction: 1 | -1) => ext.worker.evaluate(async d => {
			const [tab] = await chrome.tabs.query({active: true, currentWindow: true});
			await chrome.tabs.sendMessage(tab!.id!, {type: 'step-marks', direction: d});
		}, direction);
		const shown = () => keys.evaluate(() => {
			const host = document.querySelector<HTMLElement>('[data-bounce-decoder="card"]');
			// Which reply the card is for: its evidence (the reply's words) and where it stands.
			const reply = `${host?.shadowRoot?.querySelector('.bd-reply-text')?.textContent ?? ''} @${Math.round(host?.getBoundingClientRect().top ?? 0)}`;
			return {visible: host?.style.display === 'block', code: host?.shadowRoot?.querySelector('.bd-code')?.textContent, reply, focused: document.activeElement === host};
		});
		const first = (await marks(keys))[0]!;
		await step(1);
		await expect.poll(shown).toMatchObject({visible: true, focused: true});
		const firstCard = await shown();
		expect(firstCard.code).toContain(first.text);
		await step(1);
		await expect.poll(() => shown().then(s => s.reply)).not.toBe(firstCard.reply);
		await step(-1);
		await expect.poll(() => shown().then(s => s.reply)).toBe(firstCard.reply);
		await keys.keyboard.press('Escape');
		await expect.poll(() => shown().then(s => s.visible)).toBe(false);
		expect(await keys.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(before);
		await keys.close();
	});

	test('the banner and the card take the page’s scheme, not the system’s', async () => {
		const themed = await ext.context.newPage();
		await themed.emulateMedia({colorScheme: 'dark'});
		await themed.goto(GMAIL_URL);
		await expect.poll(() => banners(themed).then(b => Object.keys(b).sort())).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce']);
		const bannerLook = () => themed.evaluate(() => {
			const host = document.querySelector<HTMLElement>('#msg-postfix-bounce [data-bounce-decoder="banner"]')!;
			return {theme: host.dataset.theme, background: getComputedStyle(host.shadowRoot!.querySelector('.bd-banner')!).backgroundColor};
		});
		// A light Gmail on a dark system: light banner.
		expect(await bannerLook()).toEqual({theme: 'light', background: 'rgb(245, 247, 249)'});
		// The same page painted dark: the card shown next follows it.
		await themed.addStyleTag({content: 'html, body, body * { background-color: rgb(32, 33, 36) !important; color: #e8eaed !important; }'});
		const at = await markCenter(themed, '550', '#msg-gmail-bounce');
		await themed.mouse.move(at.x, at.y);
		await expect.poll(() => card(themed).then(c => c.visible)).toBe(true);
		expect(await themed.evaluate(() => {
			const host = document.querySelector<HTMLElement>('[data-bounce-decoder="card"]')!;
			return {theme: host.dataset.theme, background: getComputedStyle(host.shadowRoot!.querySelector('.bd-card')!).backgroundColor};
		})).toEqual({theme: 'dark', background: 'rgb(30, 34, 38)'});
		await themed.close();
	});

	test('a dismissed banner stays dismissed for that message', async () => {
		const second = await open(GMAIL_URL);
		await expect.poll(() => banners(second).then(b => Object.keys(b).sort())).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce']);
		// A click the page's script makes does nothing; the user's click dismisses.
		await second.evaluate(() => {
			const host = document.querySelector('#msg-gmail-bounce [data-bounce-decoder="banner"]');
			host?.shadowRoot?.querySelector<HTMLButtonElement>('.bd-dismiss')?.click();
		});
		await second.waitForTimeout(300);
		expect(Object.keys(await banners(second)).sort()).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce']);
		await second.locator('#msg-gmail-bounce [data-bounce-decoder="banner"] .bd-dismiss').click();
		await expect.poll(() => banners(second).then(b => Object.keys(b))).toEqual(['msg-postfix-bounce']);
		await second.reload();
		await waitForMarks(second, m => m['msg-gmail-bounce']?.length === 2);
		await expect.poll(() => banners(second).then(b => Object.keys(b))).toEqual(['msg-postfix-bounce']);
		await second.close();
	});
});

describe('Outlook reading pane', () => {
	let page: Page;
	beforeAll(async () => {
		page = await open(OUTLOOK_URL);
	});

	test('marks the NDR, not the reply editor, and leaves the body byte-identical', async () => {
		const byMessage = await waitForMarks(page, m => m['item-ndr-new']?.length === 4);
		expect(byMessage).toEqual(OUTLOOK_MARKS);
		expect((await marks(page)).filter(m => m.inEditor)).toEqual([]);
		const selector = '[id^="UniqueMessageBody"]';
		expect(await bodiesHtml(page, selector)).toEqual(await sourceBodiesHtml(page, fixture(OUTLOOK), selector));
		await expect.poll(() => banners(page)).toEqual({
			'item-ndr-new': ['Not delivered to nobody@example.org: the address does not exist (550 5.1.10). The address is wrong or gone — check it for a typo, or remove it from your list.'],
		});
	});

	test('expanding the classic NDR marks `#550 5.1.1 ##`', async () => {
		await page.click('#item-ndr-classic .preview');
		const byMessage = await waitForMarks(page, m => m['item-ndr-classic']?.length === 2);
		expect(byMessage['item-ndr-classic']).toEqual(['550', '5.1.1']);
	});

	test('a reading-pane switch re-marks the new message', async () => {
		await page.evaluate(() => (window as unknown as {__openItem: (id: string) => void}).__openItem('item-2'));
		const byMessage = await waitForMarks(page, m => Object.keys(m).length === 1 && m['item-2']?.length === 4);
		expect(byMessage).toEqual({'item-2': ['550', '5.7.509', '550', '5.7.509']});
	});

	test('runs on every Outlook host', async () => {
		for (const host of ['outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
			const other = await open(`https://${host}/mail/0/inbox/id/AAQk`);
			await waitForMarks(other, m => m['item-ndr-new']?.length === 4);
			await other.close();
		}
	});
});

test('cards are explained by the worker, also after the browser stopped it (MV3)', async () => {
	const page = await open(GMAIL_URL);
	await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	// Stop the service worker, as the browser does when it idles; the next explain-batch message must wake it.
	const cdp = await ext.context.newCDPSession(page);
	type Targets = {targetInfos: {type: string; url: string; targetId: string}[]};
	const workers = async () => ((await cdp.send('Target.getTargets')) as Targets).targetInfos
		.filter(t => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
	const [worker] = await workers();
	expect(worker).toBeDefined();
	await cdp.send('Target.closeTarget', {targetId: worker!.targetId});
	await expect.poll(() => workers().then(w => w.length)).toBe(0);
	await page.evaluate(() => (window as unknown as {__openThread: (id: string) => void}).__openThread('thread-2'));
	await waitForMarks(page, m => m['msg-thread-2']?.length === 2);
	// Its banner goes in above the message and moves the code down: hover once it is in.
	await expect.poll(() => banners(page).then(b => Object.keys(b))).toEqual(['msg-thread-2']);
	const at = await markCenter(page, '554', '#msg-thread-2');
	await page.mouse.move(at.x, at.y);
	await expect.poll(() => card(page).then(c => c.code)).toBe('554 5.7.1');
	await expect.poll(() => card(page).then(c => c.title)).toBe(expectedTitle('554 5.7.1 <gone@example.org>: Recipient address rejected: Access denied (in reply to RCPT TO command)'));
	expect((await workers()).length).toBe(1);
	await cdp.detach();
	await page.close();
});

test('the extension makes no network request', () => {
	const outside = ext.requests.filter(url => !served.has(url) && !url.startsWith('chrome-extension://'));
	expect(outside).toEqual([]);
});
