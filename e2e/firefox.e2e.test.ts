// Inline marking in Firefox ESR with the built extension (dist/, or BD_DIST) installed as a temporary
// add-on, driven by puppeteer-core over WebDriver BiDi: the content script marks the Gmail fixture
// served at the real URL, and hovering a code opens the card. Needs `npm run build` first.
// Without Firefox the suite is skipped with a message; in CI (CI=true) it fails instead.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Page} from 'puppeteer-core';
import {explainText} from '../src/core/explain-text';
import {asPlaywrightPage, firefoxMissing, launchFirefox, type FirefoxLaunched} from './firefox-harness';
import {banners, bodiesHtml, card, fixture, GMAIL_URL, markCenter, marks, sourceBodiesHtml, waitForMarks} from './fixtures/webmail';

const GMAIL = 'gmail-2026-11-22-thread.html';
const GMAIL_MARKS = {
	'msg-gmail-bounce': ['550', '5.1.1'],
	'msg-postfix-bounce': ['550', '5.1.1', '552', '5.2.2'],
	'msg-reply': ['421', '4.7.0', 'TSS04'],
};

const missing = firefoxMissing();
if (missing && process.env.CI) {
	test('Firefox ESR is installed (required in CI)', () => {
		throw new Error(missing);
	});
} else if (missing) {
	console.warn(`Skipping the Firefox E2E: ${missing}`);
}

function expectedTitle(line: string): string {
	const [reply] = explainText(line);
	if (!reply) throw new Error(`no reply in ${line}`);
	return reply.explanation.title;
}

describe.skipIf(Boolean(missing))('Firefox ESR: Gmail thread view', () => {
	let ff: FirefoxLaunched;
	let page: Page;
	let view: ReturnType<typeof asPlaywrightPage>;

	beforeAll(async () => {
		ff = await launchFirefox();
		page = await ff.newPage({'mail.google.com': () => fixture(GMAIL)});
		view = asPlaywrightPage(page);
		await page.goto(GMAIL_URL);
	});

	afterAll(async () => {
		await ff?.close();
	});

	test('installs as the manifest\'s gecko add-on', () => {
		expect(ff.addonId).toMatch(/^bounce-decoder@/);
	});

	test('marks every code as a bounce-decoder highlight, and nothing in editors', async () => {
		const byMessage = await waitForMarks(view, m => Object.keys(GMAIL_MARKS).every(id => m[id]?.length === GMAIL_MARKS[id as keyof typeof GMAIL_MARKS].length), 20_000);
		expect(byMessage).toEqual(GMAIL_MARKS);
		const all = await marks(view);
		expect(all.filter(m => m.inEditor)).toEqual([]);
		expect(all.filter(m => m.message === 'msg-gmail-bounce').map(m => m.name)).toEqual(['bounce-decoder-permanent', 'bounce-decoder-permanent']);
		expect(all.filter(m => m.message === 'msg-reply').map(m => m.name)).toEqual(Array(3).fill('bounce-decoder-transient'));
	});

	test('leaves every message body byte-identical and puts the verdict banners outside them', async () => {
		const selector = 'div.a3s';
		expect(await bodiesHtml(view, selector)).toEqual(await sourceBodiesHtml(view, fixture(GMAIL), selector));
		await expect.poll(() => banners(view).then(b => Object.keys(b).sort())).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce']);
	});

	test('hovering a code shows the card with its title; Escape closes it', async () => {
		const line = '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4ea1c2b0f1asi1234567qt.12 - gsmtp';
		const at = await markCenter(view, '550', '#msg-gmail-bounce');
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => card(view).then(c => c.visible), {timeout: 5_000}).toBe(true);
		const shown = await card(view);
		expect(shown.code).toBe('550 5.1.1');
		expect(shown.title).toBe(expectedTitle(line));
		expect(shown.text).toContain('Open full explanation');
		await page.keyboard.press('Escape');
		await expect.poll(() => card(view).then(c => c.visible)).toBe(false);
	});

	test('the page and the extension make no request outside the served fixture', () => {
		expect(ff.requests).toEqual([]);
	});
});
