// Launches Debian's Firefox ESR with the built extension installed as a temporary add-on, through
// puppeteer-core over WebDriver BiDi (TOOLCHAIN.md §5). Playwright's Firefox needs a patched build
// that cannot be downloaded here, so Firefox is driven by puppeteer-core 24 instead.
// Extension pages (the popup, explain.html) open as tabs at moz-extension://<EXTENSION_UUID>/…: the
// add-on's internal UUID is fixed at launch through the pref Firefox keeps it in.
import puppeteer, {type Browser, type HTTPRequest, type Page} from 'puppeteer-core';
import type {Page as PlaywrightPage} from 'playwright-core';
import {existsSync, readFileSync} from 'node:fs';
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

/**
 * Whether a Firefox suite skips: only locally, and only when Firefox is missing (it warns why). In CI
 * (CI=true) it never skips, so launchFirefox fails the suite with firefoxMissing()'s message.
 */
export function skipFirefox(): boolean {
	const missing = firefoxMissing();
	if (!missing || process.env.CI) return false;
	console.warn(`Skipping the Firefox E2E: ${missing}`);
	return true;
}

/** The internal UUID the add-on gets in every launch: its pages live at moz-extension://EXTENSION_UUID/. */
export const EXTENSION_UUID = '6b1d3c0e-5f2a-4e8b-9c71-0d4a2e6f8b35';

interface BuiltManifest {
	action: {default_popup: string};
	browser_specific_settings: {gecko: {id: string}};
}

/** The built manifest (dist/, or BD_DIST): the popup's path and the gecko id come from it, never from a guess. */
export function builtManifest(): BuiltManifest {
	const file = join(DIST, 'manifest.json');
	if (!existsSync(file)) throw new Error(`${DIST} has no manifest.json: run \`npm run build\` first.`);
	return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

export interface FirefoxLaunched {
	browser: Browser;
	/** The add-on id Firefox reports for the installed extension (the manifest's gecko id). */
	addonId: string;
	/** Every request a page made that no fixture served. */
	requests: string[];
	/** A new tab whose requests to the webmail hosts are answered from `pages[host]` (others get a 404). */
	newPage(pages: Record<string, () => string>): Promise<Page>;
	/** `moz-extension://<EXTENSION_UUID>/<path>`. */
	extensionUrl(path: string): string;
	/**
	 * A new tab (its requests watched as newPage's) showing the extension's page at `path`, e.g. the
	 * manifest's `action.default_popup`; resolves once the page is loaded and runs as the add-on.
	 */
	openExtensionPage(path: string): Promise<Page>;
	close(): Promise<void>;
}

const HOSTS = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];

/**
 * Loads `url` (an extension page) in `page` and waits until it has loaded. puppeteer's goto never
 * resolves there: Firefox sends no BiDi load events for extension contexts (bug 1755014), so this
 * asks the tab's BiDi browsing context to navigate and to wait for the document itself.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
	type Readiness = 'none' | 'interactive' | 'complete';
	const context = (page.mainFrame() as unknown as {browsingContext?: {navigate?(url: string, wait: Readiness): Promise<void>}}).browsingContext;
	if (typeof context?.navigate !== 'function') throw new Error('puppeteer-core no longer exposes BidiFrame.browsingContext.navigate: update gotoExtensionPage in e2e/firefox-harness.ts.');
	await context.navigate(url, 'complete');
}

/** Loads the page's document again, and proves it did (a new document has a new time origin). */
export async function reloadExtensionPage(page: Page): Promise<void> {
	const [url, before] = await page.evaluate(() => [location.href, performance.timeOrigin] as const);
	await gotoExtensionPage(page, url);
	if (await page.evaluate(() => performance.timeOrigin) === before) throw new Error(`${url} did not reload.`);
}

export interface FirefoxOptions {
	/**
	 * Requests let through to the network (and recorded in `requests`) instead of aborted: a test's own
	 * local servers. Everything else outside the webmail fixtures is still aborted.
	 */
	passThrough?: (url: URL) => boolean;
	/** Accepts the self-signed certificate of a test's local https server (fixtures/tls.ts). */
	acceptInsecureCerts?: boolean;
	/**
	 * Grants optional permissions without a prompt (extensions.webextOptionalPermissionPrompts false):
	 * permissions.request still has to come from a user's input, and answers true.
	 */
	grantOptionalPermissions?: boolean;
}

export async function launchFirefox({passThrough, acceptInsecureCerts = false, grantOptionalPermissions = false}: FirefoxOptions = {}): Promise<FirefoxLaunched> {
	const {browser_specific_settings: {gecko}} = builtManifest();
	const executablePath = firefoxPath();
	if (!executablePath) throw new Error(firefoxMissing());
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		acceptInsecureCerts,
		defaultViewport: {width: 1280, height: 900},
		// WebDriver BiDi refuses to navigate a tab to moz-extension:// URLs without system access.
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			// A closed network: no update checks, telemetry or remote settings noise.
			'app.update.enabled': false,
			'browser.shell.checkDefaultBrowser': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'toolkit.telemetry.enabled': false,
			// Firefox maps add-on ids to internal UUIDs here; a known one gives the pages a known address.
			'extensions.webextensions.uuids': JSON.stringify({[gecko.id]: EXTENSION_UUID}),
			...(grantOptionalPermissions ? {'extensions.webextOptionalPermissionPrompts': false} : {}),
		},
	});
	let addonId: string;
	try {
		addonId = await browser.installExtension(DIST);
	} catch (error) {
		await browser.close();
		throw error;
	}
	if (addonId !== gecko.id) {
		await browser.close();
		throw new Error(`Firefox installed the add-on as ${addonId}, not as the manifest's gecko id ${gecko.id}.`);
	}
	const requests: string[] = [];
	const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
	const launched: FirefoxLaunched = {
		browser, addonId, requests, extensionUrl,
		async newPage(pages) {
			const page = await browser.newPage();
			await page.setRequestInterception(true);
			page.on('request', (request: HTTPRequest) => {
				const url = new URL(request.url());
				if (passThrough?.(url)) {
					requests.push(request.url());
					void request.continue();
					return;
				}
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
		async openExtensionPage(path) {
			const url = extensionUrl(path);
			// Firefox would show a blank page for a file the build lacks.
			if (!existsSync(join(DIST, decodeURIComponent(new URL(url).pathname)))) throw new Error(`${DIST} has no ${path}.`);
			const page = await launched.newPage({});
			// A UUID Firefox does not know fails the navigation (NS_ERROR_NOT_AVAILABLE).
			const runningAs = await gotoExtensionPage(page, url).then(
				() => page.evaluate(() => (globalThis as unknown as {browser?: {runtime?: {id?: string}}}).browser?.runtime?.id),
				(error: unknown) => `none, ${String(error).split('\n')[0]}`,
			);
			if (runningAs !== addonId) throw new Error(`${url} is not the add-on's page (runtime.id: ${runningAs}): did Firefox ignore extensions.webextensions.uuids?`);
			return page;
		},
		async close() {
			await browser.close();
		},
	};
	return launched;
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
