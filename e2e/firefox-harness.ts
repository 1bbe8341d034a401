// Launches Debian's Firefox ESR with the built extension installed as a temporary add-on, through
// puppeteer-core over WebDriver BiDi (TOOLCHAIN.md §5). Playwright's Firefox needs a patched build
// that cannot be downloaded here, so Firefox is driven by puppeteer-core 24 instead.
import puppeteer, {type Browser, type HTTPRequest, type Page} from 'puppeteer-core';
import type {Page as PlaywrightPage} from 'playwright-core';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {DIST} from './harness';

export {DIST};

/** Firefox ESR's binary, or undefined. FIREFOX_PATH, when set, is the only place looked at. */
export function firefoxPath(): string | undefined {
	const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];
	return candidates.find(candidate => existsSync(candidate));
}

/**
 * Why the Firefox E2E cannot run here, or undefined when it can. Locally a missing Firefox skips the
 * suite with this message; in CI (CI=true) the suite fails with it instead.
 */
export function firefoxMissing(): string | undefined {
	if (firefoxPath()) return undefined;
	return 'Firefox ESR not found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr): install it with `apt-get install -y firefox-esr` (the .ci/run script does).';
}

export interface FirefoxLaunched {
	browser: Browser;
	/** The add-on id Firefox reports for the installed extension (the manifest's gecko id). */
	addonId: string;
	/** Every request a page made that no fixture served. */
	requests: string[];
	/** A new tab whose requests to the webmail hosts are answered from `pages[host]` (others get a 404). */
	newPage(pages: Record<string, () => string>): Promise<Page>;
	close(): Promise<void>;
}

const HOSTS = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];

export async function launchFirefox(): Promise<FirefoxLaunched> {
	if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST} has no manifest.json: run \`npm run build\` first.`);
	const executablePath = firefoxPath();
	if (!executablePath) throw new Error(firefoxMissing());
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		defaultViewport: {width: 1280, height: 900},
		extraPrefsFirefox: {
			// A closed network: no update checks, telemetry or remote settings noise.
			'app.update.enabled': false,
			'browser.shell.checkDefaultBrowser': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'toolkit.telemetry.enabled': false,
		},
	});
	let addonId: string;
	try {
		addonId = await browser.installExtension(DIST);
	} catch (error) {
		await browser.close();
		throw error;
	}
	const requests: string[] = [];
	return {
		browser, addonId, requests,
		async newPage(pages) {
			const page = await browser.newPage();
			await page.setRequestInterception(true);
			page.on('request', (request: HTTPRequest) => {
				const url = new URL(request.url());
				if (!HOSTS.includes(url.hostname)) {
					if (!url.protocol.startsWith('moz-extension') && url.protocol !== 'data:' && url.protocol !== 'about:') requests.push(request.url());
					void request.abort();
					return;
				}
				const body = pages[url.hostname]?.();
				// resourceType() is not implemented over BiDi; a navigation is the document request.
				if (body && request.isNavigationRequest()) void request.respond({status: 200, contentType: 'text/html; charset=utf-8', body});
				else void request.respond({status: 404, body: ''});
			});
			return page;
		},
		async close() {
			await browser.close();
		},
	};
}

/**
 * The helpers in fixtures/webmail.ts read the page only through `evaluate(fn, arg)` and
 * `waitForTimeout`, which mean the same in puppeteer; this adapter lets the Firefox suite reuse them.
 */
export function asPlaywrightPage(page: Page): PlaywrightPage {
	const adapter = {
		evaluate: (fn: never, arg?: unknown) => page.evaluate(fn, arg),
		waitForTimeout: (ms: number) => new Promise(resolve => setTimeout(resolve, ms)),
	};
	return adapter as unknown as PlaywrightPage;
}
