// The popup under heavy input, in real Chromium with the built extension: typing after a 100 KB line
// (with no code, and full of codes) keeps each keystroke within a frame, and a dropped 10 MB mbox is
// decoded in the worker while the popup keeps painting, with progress, then its verdicts.
// Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {launch, openPopup as openHarnessPopup, type Launched} from './harness';
import {bounceMbox} from '../test/helpers/mbox';

const BOUNCE = readFileSync(new URL('../test/fixtures/bounces/postfix-two-recipients.eml', import.meta.url), 'utf8');

let ext: Launched;

beforeAll(async () => {
	ext = await launch();
});

afterAll(async () => {
	await ext?.close();
});

async function openPopup(): Promise<Page> {
	const page = await openHarnessPopup(ext);
	// Long animation frames (over 50 ms), recorded from here on and printed beside the figures.
	await page.evaluate(() => {
		const w = window as unknown as {longFrames: number[]};
		w.longFrames = [];
		new PerformanceObserver(list => {
			for (const entry of list.getEntries()) w.longFrames.push(Math.round(entry.duration));
		}).observe({type: 'long-animation-frame', buffered: false});
	});
	return page;
}

const longFrames = (page: Page) => page.evaluate(() => (window as unknown as {longFrames: number[]}).longFrames);

/**
 * In the page: puts `line` in the box (as a paste would) and lets the popup settle; then records, for
 * each keystroke that follows, the time from the key event (its timeStamp: before the browser edits
 * the text) until the popup has rendered and laid out its answer (the task after Preact's render,
 * then a forced layout).
 */
async function pasteLine(line: string): Promise<void> {
	const box = document.getElementById('q') as HTMLTextAreaElement;
	const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
	const frame = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
	box.focus();
	setValue.call(box, line);
	box.setSelectionRange(line.length, line.length);
	box.dispatchEvent(new Event('input', {bubbles: true}));
	for (let i = 0; i < 10; i++) await frame();
	const w = window as unknown as {keystrokes: number[]};
	w.keystrokes = [];
	// Added after the popup's own listener, so it runs after it; Preact renders in a microtask and a
	// message-channel task runs right after that.
	box.addEventListener('input', event => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			void document.body.offsetHeight;
			w.keystrokes.push(performance.now() - event.timeStamp);
		};
		channel.port2.postMessage(0);
	});
}

/** Types real keystrokes (the browser's own input events), a person's pace apart; returns each one's time. */
async function typeSlowly(page: Page, text: string): Promise<number[]> {
	for (const char of text) {
		await page.keyboard.type(char);
		await page.waitForTimeout(40);
	}
	return page.evaluate(() => (window as unknown as {keystrokes: number[]}).keystrokes);
}

function percentile(times: number[], p: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 100) / 100;
}

/** A line of about 100 KB: prose (with typos, no code), or prose with a reply every ~100 characters. */
function line(withCodes: boolean): string {
	const words = ['the', 'mesage', 'could', 'not', 'be', 'deliverd', 'lorem', 'ipsum', 'dolor', 'recipent', 'hello', 'wrld'];
	let text = '';
	for (let i = 0; text.length < 100_000; i++) {
		text += `${words[(i * 7) % words.length]} `;
		if (withCodes && i % 15 === 14) text += `host mx${i}.example.net said: 550 5.1.1 <u${i}@example.net> user unknown; `;
	}
	return text;
}

const TYPED = ' mailbox full quota exceeded, try again';

describe('popup with a 100 KB line', () => {
	for (const withCodes of [false, true]) {
		test(`keeps each keystroke within a frame after a 100 KB line ${withCodes ? 'full of codes' : 'with no code'}`, async () => {
			// Each keystroke timed in three fresh popups, the best of three counting (this machine is shared).
			const runs: number[][] = [];
			let frames: number[] = [];
			for (let run = 0; run < 3; run++) {
				const page = await openPopup();
				await page.evaluate(pasteLine, line(withCodes));
				runs.push(await typeSlowly(page, TYPED));
				expect(await page.locator('#q').inputValue()).toBe(line(withCodes) + TYPED);
				if (withCodes) {
					// The codes arrive from the worker: the line's replies, explained.
					await expect.poll(async () => (await page.locator('#codes-list .result-code').allTextContents())[0]).toBe('550 5.1.1');
				} else {
					// No code: the words are searched (the first few of the line).
					await expect.poll(() => page.locator('#search-results [role="option"]').count()).toBeGreaterThan(0);
				}
				frames = frames.concat(await longFrames(page));
				await page.close();
			}
			const best = runs[0]!.map((_, i) => Math.min(...runs.map(times => times[i]!)));
			const stats = {keystrokes: best.length, p50: percentile(best, 0.5), p95: percentile(best, 0.95), max: percentile(best, 1), longFrames: frames};
			console.log(`popup keystroke after a 100 KB line ${withCodes ? 'full of codes' : 'with no code'}, key event → rendered and laid out (ms):`, JSON.stringify(stats));
			expect(stats.p95).toBeLessThanOrEqual(16);
		});
	}
});

/** In the page: records the gaps between animation frames until `window.stop` is set. */
function recordFrames(): void {
	const w = window as unknown as {gaps: number[]; stop: boolean};
	w.gaps = [];
	w.stop = false;
	let last = performance.now();
	const loop = (now: number) => {
		w.gaps.push(now - last);
		last = now;
		if (!w.stop) requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
}

const frameStats = (gaps: number[]) => ({count: gaps.length, p95: percentile(gaps, 0.95), max: percentile(gaps, 1)});

describe('popup with a dropped 10 MB mbox', () => {
	test('decodes it in the worker with progress while the popup keeps painting, then shows its verdicts', async () => {
		const mbox = bounceMbox(BOUNCE, Math.ceil(10 * 1024 * 1024 / BOUNCE.length));
		const total = mbox.match(/^From MAILER-DAEMON-/gm)!.length;
		const page = await openPopup();
		await page.evaluate(text => {
			(window as unknown as {mbox: File}).mbox = new File([text], 'bounces.mbox', {type: 'application/mbox'});
		}, mbox);
		// A control: the same popup with nothing to do, its frames timed for a few seconds just before
		// (a tab in the background paints once a second, so the control cannot run beside it). This
		// machine is shared: a late frame in both is the machine's; only the difference is ours.
		await page.evaluate(recordFrames);
		await page.waitForTimeout(4_000);
		const controlGaps = await page.evaluate(() => {
			const w = window as unknown as {gaps: number[]; stop: boolean};
			w.stop = true;
			return w.gaps;
		});
		await page.evaluate(recordFrames);
		// The drop, as the browser delivers it: a File in a DataTransfer. Progress is read on every frame
		// until the verdicts are on screen.
		await page.evaluate(() => {
			const w = window as unknown as {progress: string[]; done: boolean; mbox: File; stop: boolean};
			w.progress = [];
			w.done = false;
			const watch = () => {
				const shown = document.querySelector('.decode-progress span')?.textContent;
				if (shown && shown !== w.progress.at(-1)) w.progress.push(shown);
				if (document.querySelector('.recipient')) w.stop = w.done = true;
				else requestAnimationFrame(watch);
			};
			requestAnimationFrame(watch);
			const data = new DataTransfer();
			data.items.add(w.mbox);
			document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
		});
		await page.waitForFunction(() => (window as unknown as {done: boolean}).done, undefined, {timeout: 120_000, polling: 250});
		const {gaps, progress} = await page.evaluate(() => {
			const w = window as unknown as {gaps: number[]; progress: string[]};
			return {gaps: w.gaps, progress: w.progress};
		});
		const frames = frameStats(gaps);
		const idle = frameStats(controlGaps);
		console.log(`10 MB mbox (${total} messages): frame gaps during the decode (ms)`, JSON.stringify(frames), 'in the idle popup just before', JSON.stringify(idle),
			'progress shown', progress.length, progress.slice(0, 2), progress.at(-1));
		// Progress counted messages of the whole mbox, on the way up.
		expect(progress.length).toBeGreaterThan(2);
		expect(progress.every(text => new RegExp(`^Decoding(?: message [\\d,]+ of ${total.toLocaleString('en-US')})?…$`).test(text))).toBe(true);
		const counts = progress.slice(1).map(text => Number(text.split(' ')[2]!.replace(/,/g, '')));
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
		// The popup kept painting: before the worker, a 2 MB mbox held one frame for 9 s here. On two
		// shared cores the worker itself takes CPU from the page, so frames come later than in the idle
		// popup: they are bounded here, and the figures printed side by side.
		expect(frames.p95).toBeLessThan(Math.max(idle.p95, 17) * 4);
		expect(frames.max).toBeLessThan(500);
		// Then the verdicts, listed up to the cap, the summary counting every recipient.
		expect(await page.locator('.recipient').count()).toBe(200);
		expect(await page.locator('.bounce-summary').textContent()).toContain(`and ${2 * total - 1} more`);
		expect(await page.locator('.decode-note').allTextContents()).toEqual([`Listing the first 200 of ${(2 * total).toLocaleString('en-US')} recipients; the summary counts them all.`]);
		expect(await page.locator('#codes-list .result-code').allTextContents()).toEqual(['550 5.2.1', '550 5.1.1']);
		await page.close();
	});
});

test('makes no network request', () => {
	expect(ext.requests.filter(url => /^https?:/.test(url))).toEqual([]);
});
