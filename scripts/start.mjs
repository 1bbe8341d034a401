// npm start: builds the extension, then opens Chromium with it loaded on a demo of sample Gmail and
// Outlook bounces. The webmail pages are the dated test fixtures, served at the real addresses
// (context.route, as in the E2E tests), so the content script runs exactly as on the real sites.
//
//   npm start                      build into a private folder, open the demo window
//   npm start -- --dist DIR        use an existing build instead of building
//   npm start -- --check           headless smoke run: open the demo, count the marks, exit
//
// Without a browser or a display it says what to do and exits with code 1, without a stack trace.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {execFileSync} from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures/webmail');
const DEMO = join(ROOT, 'demo');

export const WELCOME_URL = 'https://demo.bounce-decoder.invalid/';
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgHnRtKxLwJpVdSqWcBmTxZkD';
export const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjQ3LTc0NzMtMDACLTAwCgAQAK7Vz';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * What stops the demo from opening a window, as a message for the user, or undefined when nothing does.
 * Pure apart from the `exists` probe, so tests can drive it.
 */
export function preflight({env = process.env, platform = process.platform, headless = false, exists = existsSync} = {}) {
	const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
	const chromium = candidates.find(path => exists(path));
	if (!chromium) {
		return {
			message: [
				`npm start needs Chromium to show the demo, and none was found (looked at ${candidates.join(', ')}).`,
				'Install it, then run npm start again:',
				'  Debian/Ubuntu:  sudo apt-get install -y chromium',
				'  elsewhere:      set CHROMIUM_PATH to a Chromium or Chrome binary',
				'Or load the extension by hand: npm run build, then "Load unpacked" on dist/ (README, "Load the extension").',
			].join('\n'),
		};
	}
	if (!headless && platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
		return {
			message: [
				'npm start opens a browser window, but there is no display ($DISPLAY is not set).',
				'Run it from a desktop session, or under a virtual display:',
				'  sudo apt-get install -y xvfb && xvfb-run -a npm start',
				'To check that the demo works without any display: npm start -- --check',
			].join('\n'),
		};
	}
	return {chromium};
}

function fail(message) {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

async function buildInto(dir) {
	const {build} = await import('vite');
	await build({root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: {outDir: dir, emptyOutDir: true}});
	execFileSync(process.execPath, [join(ROOT, 'scripts/patch-manifest.mjs'), dir], {stdio: 'ignore'});
}

/** Counts our highlight ranges in a page (CSS.highlights is shared with the content script's world). */
const countMarks = page => page.evaluate(() => {
	let n = 0;
	for (const [name, highlight] of CSS.highlights) if (name.startsWith('bounce-decoder')) n += highlight.size;
	return n;
});

async function waitForMarks(page, timeout = 15_000) {
	const end = Date.now() + timeout;
	for (;;) {
		const n = await countMarks(page);
		if (n > 0 || Date.now() > end) return n;
		await page.waitForTimeout(100);
	}
}

async function main() {
	const {values: options} = parseArgs({options: {dist: {type: 'string'}, check: {type: 'boolean', default: false}}});
	const headless = options.check;
	const ready = preflight({headless});
	if (ready.message) fail(ready.message);

	const temp = mkdtempSync(join(tmpdir(), 'bounce-decoder-demo-'));
	const dist = options.dist ? resolve(options.dist) : join(temp, 'dist');
	const cleanup = () => rmSync(temp, {recursive: true, force: true});
	process.on('exit', cleanup);

	if (!options.dist) {
		console.log('Building the extension…');
		try {
			await buildInto(dist);
		} catch (error) {
			fail(`The build failed: ${error?.message ?? error}`);
		}
	}
	if (!existsSync(join(dist, 'manifest.json'))) fail(`${dist} has no manifest.json: build it first (npm run build).`);

	const {chromium} = await import('playwright-core');
	let context;
	try {
		context = await chromium.launchPersistentContext(join(temp, 'profile'), {
			executablePath: ready.chromium,
			headless,
			viewport: headless ? {width: 1280, height: 900} : null,
			args: [
				`--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
				'--no-first-run', '--no-default-browser-check', '--disable-background-networking',
				'--disable-component-update', '--disable-sync',
				...(headless ? [] : ['--start-maximized']),
			],
		});
	} catch (error) {
		const first = String(error?.message ?? error).split('\n').find(line => line.trim()) ?? 'unknown error';
		fail(`Chromium (${ready.chromium}) did not start: ${first}\nWithout a desktop session, try: xvfb-run -a npm start`);
	}

	// The demo pages: our welcome page, and the webmail fixtures at the real addresses.
	const pages = {
		'demo.bounce-decoder.invalid': () => readFileSync(join(DEMO, 'index.html')),
		'mail.google.com': () => readFileSync(join(FIXTURES, 'gmail-2026-11-22-thread.html')),
		'outlook.office.com': () => readFileSync(join(FIXTURES, 'outlook-2026-11-22-reading-pane.html')),
	};
	for (const host of Object.keys(pages)) {
		await context.route(`https://${host}/**`, route => route.request().resourceType() === 'document'
			? route.fulfill({body: pages[host](), contentType: 'text/html; charset=utf-8'})
			: route.fulfill({status: 404, body: ''}));
	}

	const open = async url => {
		const page = context.pages().find(p => p.url() === 'about:blank') ?? await context.newPage();
		await page.goto(url);
		return page;
	};
	await open(WELCOME_URL);
	const outlook = await open(OUTLOOK_URL);
	const gmail = await open(GMAIL_URL);

	if (options.check) {
		const counts = {gmail: await waitForMarks(gmail), outlook: await waitForMarks(outlook)};
		await context.close();
		console.log(`Demo check: ${counts.gmail} codes marked in the Gmail demo, ${counts.outlook} in the Outlook demo.`);
		process.exit(counts.gmail > 0 && counts.outlook > 0 ? 0 : 1);
	}

	await gmail.bringToFront();
	console.log([
		'',
		'Bounce Decoder demo is open in Chromium:',
		`  Gmail:   ${GMAIL_URL}`,
		`  Outlook: ${OUTLOOK_URL}`,
		'Point at a marked code for its card. The welcome tab says what else to try.',
		'Close the window or press Ctrl+C here to end.',
	].join('\n'));
	const closed = new Promise(done => context.on('close', done));
	process.once('SIGINT', () => void context.close());
	process.once('SIGTERM', () => void context.close());
	await closed;
	process.exit(0);
}

// Run only as a script, not when a test imports preflight().
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
