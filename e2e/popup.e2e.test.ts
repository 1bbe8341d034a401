// The popup in real Chromium with the built extension: it renders at 360×600, explains a typed code,
// decodes a pasted corpus bounce, keeps each keystroke under a frame, and shows the settings.
// Screenshots for the README: docs/screenshots/popup.png and settings.png. Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {explain, isInvalid} from '../src/core/explain';
import {launch, openPopup as openHarnessPopup, type Launched} from './harness';
import {starting} from '../test/helpers/binary';
import {removeScratch, screenshotPath} from './screenshots';

// A Postfix bounce with two recipients, from the shared corpus (expected: both 5.x.x, failed).
const BOUNCE = readFileSync(new URL('../../shared/corpus/emails/lhost-postfix-02.eml', import.meta.url), 'utf8');

let ext: Launched;

beforeAll(async () => {
	ext = await launch();
});

afterAll(removeScratch);
afterAll(async () => {
	await ext?.close();
});

const openPopup = (): Promise<Page> => openHarnessPopup(ext);

/** In the page: types every prefix of every query; returns each keystroke's time from input event to rendered result. */
async function typeEach(list: string[]): Promise<number[]> {
	// The popup warms its indexes when idle after opening; a person needs longer than that to start typing.
	await new Promise(resolve => requestIdleCallback(resolve));
	const box = document.getElementById('q') as HTMLTextAreaElement;
	const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
	// Preact renders in a microtask; a message-channel task runs right after it.
	const tick = () => new Promise<void>(resolve => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(0);
	});
	const times: number[] = [];
	for (const query of list) {
		for (let i = 1; i <= query.length; i++) {
			const start = performance.now();
			setValue.call(box, query.slice(0, i));
			box.dispatchEvent(new Event('input', {bubbles: true}));
			await tick();
			times.push(performance.now() - start);
		}
	}
	return times;
}

function title(code: string): string {
	const result = explain(code);
	if (isInvalid(result)) throw new Error(result.error);
	return result.title;
}

describe('popup', () => {
	test('renders, focused, and explains 5.7.26 as it is typed', async () => {
		const page = await openPopup();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
		await page.keyboard.type('5.7.26');
		await expect.poll(() => page.locator('.bd-card .bd-title').textContent()).toBe(title('5.7.26'));
		expect(await page.locator('.bd-card .bd-badge').textContent()).toBe('Permanent failure');
		await page.close();
	});

	test('keeps each keystroke under 16 ms over all the data', async () => {
		// Each keystroke is a new query for the page (nothing remembered yet). This machine is shared, so
		// each keystroke is timed in three fresh popups and the best of three counts (the usual guard
		// against another process taking the CPU); p95 over all keystrokes must stay within a frame.
		const queries = ['mailbox full', '550 5.7.26', 'TSS04', 'spf', 'blocked', 'unauthenticated', 'mailbx ful', 'too many connections', 'dmarc policy',
			'user unknown', 'relay denied', 'greylisted', 'message too big', 'reverse dns', '4.7.0', 'S3150', 'quota exceeded', 'spam content', 'tls required', 'rate limit'];
		const runs: number[][] = [];
		for (let run = 0; run < 3; run++) {
			const page = await openPopup();
			runs.push(await page.evaluate(typeEach, queries));
			await page.close();
		}
		const best = runs[0]!.map((_, i) => Math.min(...runs.map(times => times[i]!)));
		const sorted = [...best].sort((a, b) => a - b);
		const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 100) / 100;
		const stats = {keystrokes: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1)};
		console.log('popup keystroke in Chromium, input → rendered (ms):', JSON.stringify(stats));
		expect(stats.p95).toBeLessThan(16);
	});

	test('decodes a pasted corpus bounce: a verdict per recipient and its codes', async () => {
		const page = await openPopup();
		// A real copy and paste through the browser's clipboard: copy from a scratch field, paste in the box.
		await page.evaluate(text => {
			const scratch = document.createElement('textarea');
			scratch.id = 'scratch';
			scratch.value = text;
			document.body.append(scratch);
			scratch.select();
		}, BOUNCE);
		await page.keyboard.press('Control+C');
		await page.evaluate(() => {
			document.getElementById('scratch')!.remove();
			document.getElementById('q')!.focus();
		});
		await page.keyboard.press('Control+V');
		expect(await page.locator('#q').inputValue()).toBe(BOUNCE);
		const recipients = page.locator('.recipient');
		await expect.poll(() => recipients.count()).toBe(2);
		expect(await page.locator('.recipient-address').allTextContents()).toEqual(['filtered@example.co.jp', 'userunknown@example.co.jp']);
		expect(await page.locator('.recipient .bd-badge').allTextContents()).toEqual(['Not delivered', 'Not delivered']);
		expect(await page.locator('.recipient-verdict').allTextContents()).toEqual([
			expect.stringMatching(/^Not delivered to filtered@example\.co\.jp: .*\(550 5\.2\.1\)\.$/),
			'Not delivered to userunknown@example.co.jp: the address does not exist (550 5.1.1).',
		]);
		expect(await page.locator('#codes-list .result-code').allTextContents()).toEqual(['550 5.2.1', '550 5.1.1']);
		await page.close();
	});

	test('reads a picked .eml.gz as the .eml it holds (the browser inflates it), every member of a joined one, notes bytes after a member, and refuses a zip archive', async () => {
		const page = await openPopup();
		const picker = page.locator('input#eml-file');
		await picker.setInputFiles({name: 'lhost-postfix-02.eml.gz', mimeType: 'application/gzip', buffer: gzipSync(BOUNCE)});
		await expect.poll(() => page.locator('.recipient-address').allTextContents()).toEqual(['filtered@example.co.jp', 'userunknown@example.co.jp']);
		expect(await page.locator('#codes-list .result-code').allTextContents()).toEqual(['550 5.2.1', '550 5.1.1']);
		expect(await page.locator('.decode-note').count()).toBe(0);
		// The bounce in two members joined (`cat a.gz b.gz`): DecompressionStream stops after the first,
		// and the popup reads the second from where the first ended; its recipients are in the second half.
		const raw = Buffer.from(BOUNCE);
		const half = raw.length >> 1;
		await picker.setInputFiles({name: 'joined.eml.gz', mimeType: 'application/gzip', buffer: Buffer.concat([gzipSync(raw.subarray(0, half)), gzipSync(raw.subarray(half))])});
		await expect.poll(() => page.locator('.bounce-source').textContent()).toBe('Decoded from joined.eml.gz');
		await expect.poll(() => page.locator('.recipient-address').allTextContents()).toEqual(['filtered@example.co.jp', 'userunknown@example.co.jp']);
		// The codes are read after the verdicts (the list is filled again for each file).
		await expect.poll(() => page.locator('#codes-list .result-code').allTextContents()).toEqual(['550 5.2.1', '550 5.1.1']);
		expect(await page.locator('.decode-note').count()).toBe(0);
		// Bytes after the member that are no member: what it held is decoded, and the popup says so.
		await picker.setInputFiles({name: 'trailing.eml.gz', mimeType: 'application/gzip', buffer: Buffer.concat([gzipSync(BOUNCE), Buffer.from('not gzip')])});
		await expect.poll(() => page.locator('.decode-note').allTextContents()).toEqual([
			expect.stringMatching(new RegExp(`^The gzip data could not be read to its end \\(the file is cut or damaged\\): the ${raw.length.toLocaleString('en-US')} bytes before that were decoded\\.$`)),
		]);
		await expect.poll(() => page.locator('.recipient-address').allTextContents()).toEqual(['filtered@example.co.jp', 'userunknown@example.co.jp']);
		await picker.setInputFiles({name: 'bounces.zip', mimeType: 'application/zip', buffer: Buffer.from(starting('PK\x03\x04'))});
		await expect.poll(() => page.locator('.file-refused').textContent()).toBe('This is a zip archive: extract it, then drop the .eml files it holds.');
		expect(await page.locator('.bounce-source').textContent()).toBe('Not decoded: bounces.zip');
		expect(await page.locator('.recipient').count()).toBe(0);
		await page.close();
	});

	test('reopens with the last input and card, the input selected so typing replaces it', async () => {
		const page = await openPopup();
		await page.keyboard.type('mailbox full');
		await page.waitForSelector('#search-results #result-0');
		await page.keyboard.press('Enter');
		await page.locator('.detail .bd-card').waitFor();
		await page.close();
		const again = await openHarnessPopup(ext, {fresh: false});
		await again.locator('.detail .bd-card').waitFor();
		expect(await again.locator('#q').inputValue()).toBe('mailbox full');
		await expect.poll(() => again.evaluate(() => {
			const box = document.getElementById('q') as HTMLTextAreaElement;
			return [box.selectionStart, box.selectionEnd];
		})).toEqual([0, 'mailbox full'.length]);
		await again.keyboard.type('550');
		expect(await again.locator('#q').inputValue()).toBe('550');
		await expect.poll(() => again.locator('.bd-card .bd-code').textContent()).toBe('550');
		await again.close();
	});

	test('screenshots: a code, and the settings', async () => {
		const page = await openPopup();
		await page.keyboard.type('550 5.7.26');
		await page.locator('.bd-card').waitFor();
		await page.screenshot({path: screenshotPath('popup.png')});
		await page.keyboard.press('Escape');
		await page.getByRole('button', {name: 'Settings'}).click();
		await page.getByRole('checkbox', {name: 'Gmail'}).waitFor();
		await page.screenshot({path: screenshotPath('settings.png')});
		await page.close();
	});
});

describe('full-page view', () => {
	test('explain.html?q= shows the popup’s UI at full width', async () => {
		const page = await ext.context.newPage();
		await page.goto(`chrome-extension://${ext.extensionId}/src/popup/explain.html?q=${encodeURIComponent('550 5.1.1')}`);
		await expect.poll(() => page.locator('.bd-card .bd-title').textContent()).toBe(title('550 5.1.1'));
		expect(await page.getByRole('button', {name: 'Open full explanation'}).count()).toBe(0);
		expect(await page.evaluate(() => document.querySelector('.app')!.getBoundingClientRect().width)).toBeGreaterThan(360);
		await page.close();
	});
});

test('makes no network request', () => {
	expect(ext.requests.filter(url => /^https?:/.test(url))).toEqual([]);
});
