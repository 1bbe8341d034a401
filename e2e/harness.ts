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
	/**
	 * The tab the extension opened on install (background/welcome.ts), when launch() was asked to keep
	 * it; otherwise launch() closed it, so that every test starts with the same tabs.
	 */
	welcome?: Page;
	/** Every request the pages and the extension made that was not to a routed fixture or the extension. */
	requests: string[];
	close(): Promise<void>;
}

/** The tab a fresh install opens (its address is known only once the tab navigated, hence the polling). */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
	const prefix = `chrome-extension://${extensionId}/src/welcome/`;
	for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
		const page = context.pages().find(p => p.url().startsWith(prefix));
		if (page) return page;
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	throw new Error('The install opened no welcome tab within 15 s (background/welcome.ts).');
}

/**
 * Launches Chromium with the extension built at `dir` (dist/ unless BD_DIST says otherwise), waits
 * for the welcome tab a fresh install opens and closes it unless `keepWelcome`. `lang` sets the
 * browser's UI language (`--lang`), which picks the extension's `_locales` catalogue; headless
 * Chromium ignores LANGUAGE and LANG for it, and getUILanguage() stays en-US either way.
 * `ignoreHTTPSErrors` accepts the self-signed certificate of a test's local https server.
 */
export async function launch(dir = DIST, {keepWelcome = false, lang, ignoreHTTPSErrors = false}: {keepWelcome?: boolean; lang?: string; ignoreHTTPSErrors?: boolean} = {}): Promise<Launched> {
	if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} holds no build: run \`npm run build\` first.`);
	const userDataDir = mkdtempSync(join(tmpdir(), 'bounce-decoder-e2e-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath(),
		headless: true,
		viewport: {width: 1280, height: 900},
		// A local https server's self-signed certificate (fixtures/tls.ts), when a test starts one.
		ignoreHTTPSErrors,
		args: [
			`--disable-extensions-except=${dir}`,
			`--load-extension=${dir}`,
			'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync',
			...(lang ? [`--lang=${lang}`] : []),
		],
	});
	const requests: string[] = [];
	context.on('request', request => requests.push(request.url()));
	const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
	const extensionId = new URL(worker.url()).host;
	const welcome = await welcomeTab(context, extensionId);
	if (!keepWelcome) await welcome.close();
	return {
		context, worker, extensionId, requests,
		...(keepWelcome ? {welcome} : {}),
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
