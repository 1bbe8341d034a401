// Launches Debian's Chromium with the built extension (dist/) loaded, for end-to-end tests.
// Flags and pitfalls: ../shared/TOOLCHAIN.md §4 (Playwright adds --disable-extensions, so
// --disable-extensions-except is required; background networking is off on this closed network).
import {chromium, type BrowserContext, type Page, type Worker} from 'playwright-core';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

// BD_DIST points the tests at another build (e.g. a private one while others rebuild dist/).
export const DIST = resolve(process.env.BD_DIST ?? resolve(import.meta.dirname, '../dist'));

export function chromiumPath(): string {
	for (const candidate of [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	throw new Error('Chromium not found: install it with `apt-get install -y chromium` (the .ci/run script does).');
}

export interface Launched {
	context: BrowserContext;
	worker: Worker;
	extensionId: string;
	/** Every request the pages and the extension made that was not to a routed fixture or the extension. */
	requests: string[];
	close(): Promise<void>;
}

/** Launches Chromium with the extension built at `dir` (dist/ unless BD_DIST says otherwise). */
export async function launch(dir = DIST): Promise<Launched> {
	if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} holds no build: run \`npm run build\` first.`);
	const userDataDir = mkdtempSync(join(tmpdir(), 'bounce-decoder-e2e-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath(),
		headless: true,
		viewport: {width: 1280, height: 900},
		args: [
			`--disable-extensions-except=${dir}`,
			`--load-extension=${dir}`,
			'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync',
		],
	});
	const requests: string[] = [];
	context.on('request', request => requests.push(request.url()));
	const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
	const extensionId = new URL(worker.url()).host;
	return {
		context, worker, extensionId, requests,
		async close() {
			await context.close();
			rmSync(userDataDir, {recursive: true, force: true});
		},
	};
}

/** Opens the popup as a page the toolbar's size (360 × 600) and waits for its search box. */
/**
 * Opens the popup page as a tab. `fresh` (the default) first forgets what an earlier popup of the run
 * kept in storage.session (src/popup/session.ts), so each test starts from an empty popup.
 */
export async function openPopup(ext: Launched, {fresh = true}: {fresh?: boolean} = {}): Promise<Page> {
	if (fresh) await ext.worker.evaluate(() => chrome.storage.session.clear());
	const page = await ext.context.newPage();
	await page.setViewportSize({width: 360, height: 600});
	await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
	await page.locator('#q').waitFor();
	return page;
}
