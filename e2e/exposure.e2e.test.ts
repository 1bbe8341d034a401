// Nothing of the extension is web-accessible (README, Privacy): a page on an unrelated site, on a
// webmail where the content script runs, and on an opt-in site the user enabled asks for every file of
// the build by its chrome-extension:// URL, with fetch and as a <script>, and gets nothing — while
// marking still works on the webmail and the opt-in site. Needs `npm run build` first.
import {readdirSync, statSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {DIST, type Launched} from './harness';
import {fixture, GMAIL_URL, serveWebmail, waitForMarks} from './fixtures/webmail';
import {enableSites, grantedCopy, launchFrom, servePages, waitForMarkTexts} from './fixtures/opt-in';

const UNRELATED = 'https://news.example.com/article/42';
const OPT_IN = {origin: 'https://intranet.example.org', url: 'https://intranet.example.org/helpdesk/ticket/4711', fixture: 'generic-2026-11-22-message.html'};

function files(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [relative(DIST, path).split(sep).join('/')];
	});
}

let ext: Launched;

beforeAll(async () => {
	ext = await launchFrom(grantedCopy([`${OPT_IN.origin}/*`]));
	await serveWebmail(ext.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
	await servePages(ext.context, ['https://news.example.com', OPT_IN.origin], url => (url.origin === OPT_IN.origin ? fixture(OPT_IN.fixture) : '<!doctype html><title>News</title><p>An article.</p>'));
	await enableSites(ext.worker, [`${OPT_IN.origin}/*`]);
});

afterAll(async () => {
	await ext?.close();
});

/** What the page obtains for each URL: the bytes' length by fetch, and whether a <script> loaded. */
function probe(page: Page, urls: string[]): Promise<{url: string; fetched: number | string; script: 'loaded' | 'error' | 'skipped'}[]> {
	return page.evaluate(urls => Promise.all(urls.map(async url => {
		const fetched = await fetch(url).then(r => r.arrayBuffer()).then(b => b.byteLength, (e: Error) => e.name);
		const script = url.endsWith('.js') ? await new Promise<'loaded' | 'error'>(done => {
			const el = document.createElement('script');
			el.src = url;
			el.onload = () => done('loaded');
			el.onerror = () => done('error');
			document.head.append(el);
		}) : 'skipped' as const;
		return {url, fetched, script};
	})), urls);
}

test('the built manifest lists no web-accessible resource, and the content script is one self-contained file', async () => {
	const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
	expect(manifest.web_accessible_resources).toBeUndefined();
	expect(manifest.content_scripts?.map(c => c.js)).toEqual([['content.js']]);
});

test.each([
	['an unrelated site', UNRELATED],
	['a webmail the content script runs on', GMAIL_URL],
	['an opt-in site the user enabled', OPT_IN.url],
])('a page on %s fetches no file of the build', async (_, url) => {
	const page = await ext.context.newPage();
	await page.goto(url);
	if (url === GMAIL_URL) await waitForMarks(page, m => m['msg-gmail-bounce']?.length === 2);
	if (url === OPT_IN.url) await waitForMarkTexts(page, ['550', '5.1.1']);
	const all = files(DIST);
	expect(all).toContain('content.js');
	expect(all).toContain('manifest.json');
	const results = await probe(page, all.map(file => `chrome-extension://${ext.extensionId}/${file}`));
	expect(results.filter(r => typeof r.fetched === 'number' || r.script === 'loaded')).toEqual([]);
	expect(results).toHaveLength(all.length);
	await page.close();
});
