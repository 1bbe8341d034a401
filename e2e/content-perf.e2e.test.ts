// Content-script budgets (DESIGN.md): content JS ≤ 80 KB gzipped; a typical bounce marked ≤ 50 ms after
// its body appears; a 5 MB message with 10,000 codes fully marked with no long task over 50 ms.
// Prints the measured figures. Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {CONTENT_BUDGET, contentScriptSize, describeContentScriptSize} from '../bench/content-size';
import {DIST, launch, type Launched} from './harness';
import {fixture, GMAIL_URL, serveWebmail, waitForMarks} from './fixtures/webmail';

const KB = 1024;

test('content-script JS size (gzipped): one self-contained file, nothing loaded on demand', () => {
	const size = contentScriptSize(DIST);
	console.log(describeContentScriptSize(size));
	for (const c of size.chunks) console.log(`  ${c.load} ${(c.gzip / KB).toFixed(1)} KB ${c.file}`);
	// One classic script (vite.config.ts): no import, so nothing of ours has to be web-accessible.
	expect(size.chunks.map(c => [c.file, c.load])).toEqual([['content.js', 'eager']]);
	expect(readFileSync(join(DIST, 'content.js'), 'utf8')).not.toMatch(/\bimport\s*\(|\bimport\s*["'{*]|getURL\(/);
	// The budget is for the whole closure: explanations come from the worker (explain-batch), MIME stays out.
	expect(size.total).toBeLessThanOrEqual(CONTENT_BUDGET);
	for (const c of size.chunks) expect(readFileSync(join(DIST, c.file), 'utf8')).not.toMatch(/forceRfc822Attachments|PostalMime/);
});

describe('timing in Chromium', () => {
	let ext: Launched;
	let page: Page;
	beforeAll(async () => {
		ext = await launch();
		await serveWebmail(ext.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
		page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	});
	afterAll(async () => {
		await ext?.close();
	});

	test('a typical bounce is marked within 50 ms of its body appearing', async () => {
		const times: {marked: number; painted: number}[] = [];
		for (let run = 0; run < 7; run++) {
			times.push(await page.evaluate(run => new Promise<{marked: number; painted: number}>((resolve, reject) => {
				const source = document.querySelector('#msg-gmail-bounce')!.closest('[role="listitem"]')!;
				const copy = source.cloneNode(true) as Element;
				copy.querySelector('.adn')!.id = `msg-timing-${run}`;
				copy.querySelector('[data-bounce-decoder]')?.remove();
				const list = source.parentElement!;
				const t0 = performance.now();
				list.append(copy);
				const body = copy.querySelector('.a3s')!;
				const poll = () => {
					for (const [name, highlight] of CSS.highlights) {
						if (!name.startsWith('bounce-decoder')) continue;
						for (const range of highlight as unknown as Iterable<Range>) {
							if (!body.contains(range.startContainer)) continue;
							const marked = performance.now() - t0;
							requestAnimationFrame(() => setTimeout(() => resolve({marked, painted: performance.now() - t0})));
							return;
						}
					}
					if (performance.now() - t0 > 2000) reject(new Error('not marked in 2 s'));
					else setTimeout(poll, 0);
				};
				poll();
			}), run));
		}
		const marked = times.map(t => t.marked).sort((a, b) => a - b);
		const painted = times.map(t => t.painted).sort((a, b) => a - b);
		console.log(`typical bounce: marked after ${marked.map(t => t.toFixed(1)).join(', ')} ms (median ${marked[3]!.toFixed(1)}); `
			+ `next frame painted after median ${painted[3]!.toFixed(1)} ms, max ${painted.at(-1)!.toFixed(1)} ms`);
		// The median, not the max: on a shared 2-core machine the OS can pause the renderer mid-task.
		expect(marked[3]!).toBeLessThanOrEqual(50);
	});

	// Long tasks are wall-clock time: when other processes load the CPU, the OS can stretch any task past
	// 50 ms, so a failed run is retried (a real regression fails every time).
	test('a 5 MB message with 10,000 codes is fully marked with no long task over 50 ms', {timeout: 120_000, retry: 2}, async () => {
		const result = await bigMessage(page);
		console.log(`5 MB message, 10,000 reply lines (20,000 code tokens): marked to its last line after ${result.fullyMarked.toFixed(0)} ms; `
			+ `tokens in view highlighted at top/middle/bottom: ${JSON.stringify(result.checks)}; ranges registered at the end: ${result.registered}; `
			+ `long tasks ${JSON.stringify(result.longTasks)} (the page's own insertion + layout task: ${result.insertTask.toFixed(0)} ms)`);
		for (const check of result.checks) {
			expect(check.expected).toBeGreaterThan(10);
			expect(check.highlighted).toBe(check.expected);
		}
		// The page's own insertion task (appending and laying out a 5 MB subtree is the webmail's cost) is
		// excluded; every task after it, while marking and while scrolling through, counts.
		expect(result.longTasks.filter(t => t.start >= result.insertEnd).map(t => t.duration)).toEqual([]);
	});
});

interface BigResult {
	fullyMarked: number;
	insertTask: number;
	insertEnd: number;
	registered: number;
	checks: {at: string; expected: number; highlighted: number}[];
	longTasks: {start: number; duration: number}[];
}

/**
 * Builds a 5 MB body with 10,000 reply lines (20,000 code tokens), inserts it, scrolls to its end until
 * the last line is marked, then checks at the top, middle and bottom that every token in view is
 * highlighted, watching long tasks throughout.
 */
async function bigMessage(page: Page): Promise<BigResult> {
	const lines: string[] = [];
	const filler = 'The quick brown fox jumps over the lazy dog while the relay at mail.example.com retries delivery. ';
	for (let i = 0; i < 10_000; i++) {
		const code = i % 3 === 0 ? '550 5.1.1' : i % 3 === 1 ? '452 4.2.2' : '250 2.0.0';
		lines.push(`&lt;user${i}@example.org&gt;: host mx${i % 50}.example.org said: ${code} recipient ${i} ok or not. ${filler.repeat(4)}`);
	}
	const html = lines.join('<br>');
	return page.evaluate(async html => {
		const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
		const item = document.createElement('div');
		item.setAttribute('role', 'listitem');
		const message = document.createElement('div');
		message.className = 'adn ads h7';
		message.id = 'msg-big';
		message.setAttribute('data-message-id', '#msg-f:1816532249999009999');
		const wrapper = document.createElement('div');
		wrapper.className = 'ii gt';
		const body = document.createElement('div');
		body.className = 'a3s aiL';
		const template = document.createElement('template');
		template.innerHTML = html; // test page code: the webmail renders the message
		body.append(template.content);
		wrapper.append(body);
		message.append(wrapper);
		item.append(message);
		const registeredIn = (node: Node | null) => {
			let n = 0;
			for (const [name, highlight] of CSS.highlights) {
				if (!name.startsWith('bounce-decoder')) continue;
				for (const range of highlight as unknown as Iterable<Range>) if (node ? range.startContainer === node : body.contains(range.startContainer)) n++;
			}
			return n;
		};
		const texts = [...body.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE);
		/** Tokens whose box is in the viewport, and how many of those are highlighted. */
		const check = (at: string) => {
			const marked = new Set<string>();
			for (const [name, highlight] of CSS.highlights) {
				if (!name.startsWith('bounce-decoder')) continue;
				for (const range of highlight as unknown as Iterable<Range>) marked.add(`${range.toString()}@${range.startOffset}@${(range.startContainer as Text).data.slice(0, 30)}`);
			}
			let expected = 0;
			let highlighted = 0;
			// Only the lines near the viewport (binary search by position): checking all 10,000 would be a long task of its own.
			const rectOf = (node: Node) => {
				const range = document.createRange();
				range.selectNodeContents(node);
				return range.getBoundingClientRect();
			};
			let lo = 0;
			let hi = texts.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (rectOf(texts[mid]!).bottom < 0) lo = mid + 1;
				else hi = mid;
			}
			for (let k = lo; k < texts.length && rectOf(texts[k]!).top <= innerHeight; k++) {
				const node = texts[k]!;
				const data = node.data;
				const i = data.search(/said: \d{3} \d\.\d\.\d/);
				if (i < 0) continue;
				for (const [start, end] of [[i + 6, i + 9], [i + 10, i + 15]] as const) {
					const range = document.createRange();
					range.setStart(node, start);
					range.setEnd(node, end);
					const rect = range.getBoundingClientRect();
					if (rect.bottom < 0 || rect.top > innerHeight) continue;
					expected++;
					if (marked.has(`${range.toString()}@${start}@${data.slice(0, 30)}`)) highlighted++;
				}
			}
			return {at, expected, highlighted};
		};
		const longTasks: {start: number; duration: number}[] = [];
		const observer = new PerformanceObserver(list => {
			for (const entry of list.getEntries()) longTasks.push({start: Math.round(entry.startTime), duration: Math.round(entry.duration)});
		});
		await sleep(500);
		observer.observe({type: 'longtask'});
		const t0 = performance.now();
		document.querySelector('#msg-gmail-bounce')!.closest('[role="list"]')!.append(item);
		void body.offsetHeight; // the page lays out what it inserted
		const insertEnd = performance.now();
		const last = texts.at(-1)!;
		let fullyMarked = -1;
		while (performance.now() - t0 < 60_000) {
			await sleep(100);
			last.parentElement!.ownerDocument.scrollingElement!.scrollTop = 1e9;
			await new Promise(requestAnimationFrame);
			await sleep(50);
			if (registeredIn(last) > 0) {
				fullyMarked = performance.now() - t0;
				break;
			}
		}
		const checks = [];
		const scroller = document.scrollingElement!;
		const top = body.getBoundingClientRect().top + scroller.scrollTop;
		for (const [at, y] of [['bottom', 1e9], ['middle', top + body.scrollHeight / 2], ['top', top]] as const) {
			scroller.scrollTop = y;
			await new Promise(requestAnimationFrame);
			await sleep(100);
			checks.push(check(at));
		}
		await sleep(500);
		observer.disconnect();
		return {fullyMarked, insertTask: insertEnd - t0, insertEnd: Math.round(insertEnd), registered: registeredIn(null), checks, longTasks};
	}, html);
}
