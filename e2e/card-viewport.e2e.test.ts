// Every card stays inside the viewport (issue 16: "every card's box lies inside the viewport at
// 760×560 and 1280×800"): the hover card beside a code near the top, the middle and the bottom of
// the window, the context-menu card beside a selection there, and the popup's card. A card that
// cannot show all of itself scrolls its body with a "More below" cue, its action row in view.
// Chromium with the built extension (npm run build first).
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Locator, Page} from 'playwright-core';
import {openPopup, type Launched} from './harness';
import {clickMenu, MENU_CARD} from './fixtures/menu';
import {grantedCopy, launchFrom} from './fixtures/opt-in';
import {fixture, GMAIL_URL, waitForMarks} from './fixtures/webmail';

const SIZES: Size[] = [{width: 760, height: 560}, {width: 1280, height: 800}];
interface Size {width: number; height: number}
const PLACES = ['start', 'center', 'end'] as const;

// A support thread quoting a whole bounce, with room above and below so a selection can sit anywhere.
const BOUNCE = `Delivery to the following recipients failed permanently:

     nobody@example.com
     full@example.net

Technical details of permanent failure:
<nobody@example.com>: host mx.example.com[192.0.2.153] said: 550 5.1.1 <nobody@example.com>... User Unknown (in reply to RCPT TO command)
<full@example.net>: host mx2.example.net[198.51.100.7] said: 552 5.2.2 Mailbox full: the recipient's quota of 2 GB is exceeded and the message of 14 MB cannot be stored; ask the recipient to delete old messages or to raise the quota (in reply to RCPT TO command)`;
const THREAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support thread</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:720px;margin:0 auto;padding:0 16px}pre{white-space:pre-wrap}.room{height:1600px}</style></head>
<body><div class="room"></div><pre id="bounce">${BOUNCE.replace(/</g, '&lt;')}</pre><div class="room"></div></body></html>`;
const THREAD_URL = 'https://mail.google.com/support/thread';

let ext: Launched;

beforeAll(async () => {
	ext = await launchFrom(grantedCopy(['https://mail.google.com/*']));
	await ext.context.route('https://mail.google.com/**', route => {
		if (route.request().resourceType() !== 'document') return route.fulfill({status: 404, body: ''});
		const body = new URL(route.request().url()).pathname.startsWith('/mail/') ? fixture('gmail-2026-11-22-thread.html') : THREAD;
		return route.fulfill({body, contentType: 'text/html; charset=utf-8'});
	});
});

afterAll(async () => {
	await ext?.close();
});

interface Fit {
	card: {left: number; top: number; right: number; bottom: number};
	/** The card's action row ("Open full explanation"). */
	actions: {top: number; bottom: number};
	/** Whether the body runs on past the action row, and whether the card then shows its cue. */
	overflows: boolean;
	cue: boolean;
}

/** The card's box, its action row's, and its scroll cue, read inside the host's shadow root. */
function fitOf(host: Locator): Promise<Fit> {
	return host.evaluate(el => {
		// In a host's shadow root (hover and menu cards), or the card element itself (the popup's).
		const find = (selector: string): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? (el.matches(selector) ? el as HTMLElement : el.querySelector<HTMLElement>(selector));
		const box = (selector: string) => find(selector)!.getBoundingClientRect();
		const body = find('.bd-body')!;
		const cue = find('.bd-more-cue');
		const card = find('.bd-card')!;
		const {left, top, right, bottom} = box('.bd-card');
		return {
			card: {left, top, right, bottom},
			actions: {top: box('.bd-actions').top, bottom: box('.bd-actions').bottom},
			overflows: body.scrollHeight - body.scrollTop - body.clientHeight > 2,
			cue: Boolean(cue && !cue.hidden && cue.getClientRects().length > 0 && card.dataset.more === 'below'),
		};
	});
}

function expectInside(fit: Fit, size: Size, what: string): void {
	const at = `${what} at ${size.width}×${size.height}`;
	expect(fit.card.left, at).toBeGreaterThanOrEqual(0);
	expect(fit.card.top, at).toBeGreaterThanOrEqual(0);
	expect(fit.card.right, at).toBeLessThanOrEqual(size.width);
	expect(fit.card.bottom, at).toBeLessThanOrEqual(size.height);
	expect(fit.actions.bottom, at).toBeLessThanOrEqual(size.height);
	expect(fit.actions.top, at).toBeGreaterThanOrEqual(0);
	// Never clipped in silence.
	expect(fit.cue, at).toBe(fit.overflows);
}

/** Scrolls the mark `text` in `within` to the window's start, centre or end, and returns its centre. */
function markAt(page: Page, text: string, within: string, place: (typeof PLACES)[number]): Promise<{x: number; y: number}> {
	return page.evaluate(({text, within, place}) => {
		const scope = document.querySelector(within);
		for (const [name, highlight] of CSS.highlights) {
			if (!name.startsWith('bounce-decoder')) continue;
			for (const range of highlight as unknown as Iterable<Range>) {
				if (range.toString() !== text || !scope?.contains(range.startContainer)) continue;
				range.startContainer.parentElement?.scrollIntoView({block: place});
				const rect = range.getBoundingClientRect();
				return {x: rect.left + rect.width / 2, y: rect.top + rect.height / 2};
			}
		}
		throw new Error(`no mark "${text}" in ${within}`);
	}, {text, within, place});
}

describe.each(SIZES)('at $width×$height', size => {
	test('the hover card, beside a code at the top, middle and bottom of the window', async () => {
		const page = await ext.context.newPage();
		await page.setViewportSize(size);
		await page.goto(GMAIL_URL);
		await waitForMarks(page, m => (m['msg-postfix-bounce']?.length ?? 0) >= 4 && (m['msg-reply']?.length ?? 0) >= 3);
		// The reader closed the fixture's compose window, which would cover the codes at the bottom of a small window.
		await page.evaluate(() => document.querySelector<HTMLElement>('[role="dialog"][aria-label="New Message"]')?.style.setProperty('display', 'none'));
		const host = page.locator('[data-bounce-decoder="card"]');
		let seen = 0;
		for (const [code, within] of [['550', '#msg-gmail-bounce'], ['552', '#msg-postfix-bounce'], ['TSS04', '#msg-reply']] as const) {
			for (const place of PLACES) {
				let at = await markAt(page, code, within, place);
				await page.mouse.move(at.x, at.y, {steps: 2});
				let movedAt = Date.now();
				// Read without waiting on the host (a locator would wait for it to exist).
				const shown = () => page.evaluate(() => {
					const el = document.querySelector<HTMLElement>('[data-bounce-decoder="card"]');
					return Boolean(el && el.style.visibility === 'visible' && el.style.display !== 'none' && el.shadowRoot?.querySelector('.bd-verdict'));
				});
				// A reader whose code moved from under the pointer (the page re-laid above it: a CI run
				// hovered the top code's old place and no card came) points at it again, as a person would.
				const pointedShown = async () => {
					if (await shown()) return true;
					const now = await markAt(page, code, within, place);
					if (Math.abs(now.x - at.x) > 1 || Math.abs(now.y - at.y) > 1 || Date.now() - movedAt > 2_000) {
						at = now;
						await page.mouse.move(1, 1);
						await page.mouse.move(at.x, at.y, {steps: 2});
						movedAt = Date.now();
					}
					return false;
				};
				await expect.poll(pointedShown, {timeout: 10_000, message: `a card for ${code} at the ${place} (${at.x}, ${at.y})`}).toBe(true);
				const fit = await fitOf(host);
				expectInside(fit, size, `the ${code} card at the ${place}`);
				seen += fit.overflows ? 1 : 0;
				await page.keyboard.press('Escape');
				await page.mouse.move(1, 1);
			}
		}
		console.log(`hover cards at ${size.width}×${size.height}: ${seen} of 9 scrolled their body with the cue`);
		await page.close();
	});

	test('the context-menu card, beside a selected bounce at the top, middle and bottom of the window', async () => {
		const page = await ext.context.newPage();
		await page.setViewportSize(size);
		await page.goto(THREAD_URL);
		for (const place of PLACES) {
			await page.evaluate(place => {
				const pre = document.getElementById('bounce')!;
				pre.scrollIntoView({block: place});
				getSelection()!.selectAllChildren(pre);
			}, place);
			await clickMenu(ext.worker, 'https://mail.google.com/support/*', BOUNCE.replace(/\s+/g, ' '));
			const host = page.locator(MENU_CARD);
			await host.waitFor({state: 'attached', timeout: 10_000});
			await expect.poll(() => host.evaluate(el => el.style.visibility)).toBe('');
			expectInside(await fitOf(host), size, `the menu card at the ${place}`);
			await page.keyboard.press('Escape');
			await expect.poll(() => page.locator(MENU_CARD).count()).toBe(0);
		}
		await page.close();
	});

});

// The popup is a window of its own (360 × 600, as the toolbar opens it), whatever the browser window's size.
test('the popup’s card, for a code and for a reply opened from a pasted bounce, stays inside the popup', async () => {
	const page = await openPopup(ext);
	const size = page.viewportSize()!;
	await page.locator('#q').fill('552');
	await page.locator('.bd-card .bd-verdict').waitFor();
	expectInside(await fitOf(page.locator('.bd-card')), size, 'the popup’s 552 card');
	await page.locator('#q').fill(BOUNCE);
	await page.locator('#codes-list .result').nth(1).click();
	await page.locator('.detail .bd-card .bd-reply-text').waitFor();
	await page.locator('.detail .bd-reply .bd-link').click();
	// The cue follows the card's layout once it is laid out again (a CI run read it a frame early).
	const card = page.locator('.detail .bd-card');
	await expect.poll(async () => {
		const fit = await fitOf(card);
		return fit.overflows && fit.cue;
	}, {timeout: 5_000, message: 'the expanded card overflows, with its cue'}).toBe(true);
	expectInside(await fitOf(card), size, 'the popup’s card of a reply, expanded');
	await page.close();
});
