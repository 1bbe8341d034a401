// @vitest-environment happy-dom
// Degrade, don't go silent: when a webmail renamed the hooks its adapter's body selectors use, a view
// that shows a message is read through its main region (webmail/fallback.ts, reading.ts), codes are
// still found there, and editors, textareas, inputs and compose windows are still never read.
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {currentBodies} from '../../src/content/observe';
import {answerPopup, FALLBACK_DELAY_MS, Reading} from '../../src/content/reading';
import {marksOfChunk} from '../../src/content/scan';
import {textChunks} from '../../src/content/text-map';
import {fallbackOf, selectorsStale} from '../../src/content/webmail/fallback';
import {generic} from '../../src/content/webmail/generic';
import {gmail} from '../../src/content/webmail/gmail';
import {outlook} from '../../src/content/webmail/outlook';
import {yahoo} from '../../src/content/webmail/yahoo';
import {fastmail} from '../../src/content/webmail/fastmail';
import {roundcube} from '../../src/content/webmail/roundcube';
import {proton} from '../../src/content/webmail/proton';
import {icloud} from '../../src/content/webmail/icloud';
import {EDITABLE, type WebmailAdapter} from '../../src/content/webmail/types';
import {FIXTURES, GMAIL, loadFixture, OUTLOOK, tokensIn} from './fixtures';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

const runtime = vi.hoisted(() => ({
	id: 'ext',
	listeners: [] as ((message: unknown, sender: object) => unknown)[],
	onMessage: {
		addListener(fn: (message: unknown, sender: object) => unknown) {
			runtime.listeners.push(fn);
		},
		removeListener(fn: (message: unknown, sender: object) => unknown) {
			runtime.listeners = runtime.listeners.filter(l => l !== fn);
		},
	},
}));
vi.mock('../../src/shared/browser', () => ({default: {runtime}}));

/** Gmail after a rename: the classes its body selectors name are gone, the ARIA roles stay. */
function stripGmail(): void {
	for (const el of document.querySelectorAll('.a3s, .ii, .gt, .aiL, .aXjCH')) el.classList.remove('a3s', 'ii', 'gt', 'aiL', 'aXjCH');
}

/** Outlook after a rename: the body ids and `role="document"` are gone. */
function stripOutlook(): void {
	for (const el of document.querySelectorAll('[id^="UniqueMessageBody"]')) el.id = `x${el.id.length}`;
	for (const el of document.querySelectorAll('[role="document"]')) el.removeAttribute('role');
}

/** The tokens a fallback reading keeps in `body`: the scanner's marks through Reading.keeps. */
function keptTokens(reading: Reading, body: Element): string[] {
	const out: string[] = [];
	for (const chunk of textChunks(body)) for (const mark of marksOfChunk(chunk, body).marks) if (reading.keeps(mark)) out.push(mark.range.toString());
	return out;
}

/** A reading already switched to fallback (its delay run out). */
function fallbackReading(adapter: WebmailAdapter, onSwitch = vi.fn()): Reading {
	const reading = new Reading(adapter, onSwitch, new AbortController().signal);
	reading.check();
	vi.advanceTimersByTime(FALLBACK_DELAY_MS);
	expect(reading.mode).toBe('fallback');
	return reading;
}

beforeEach(() => {
	vi.useFakeTimers();
	runtime.listeners = [];
});
afterEach(() => {
	vi.useRealTimers();
	history.replaceState(null, '', '/');
});

describe('Gmail with its classes renamed', () => {
	beforeEach(() => {
		loadFixture(GMAIL);
		history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgzQbgHnRtKxLwJpVdSqWcBmTxZkD');
	});

	test('is stale only on a thread view where no body selector matches', () => {
		expect(selectorsStale(gmail, document)).toBe(false);
		stripGmail();
		expect(currentBodies(gmail).size).toBe(0);
		expect(selectorsStale(gmail, document)).toBe(true);
		history.replaceState(null, '', '/mail/u/0/#inbox');
		expect(selectorsStale(gmail, document)).toBe(false); // a list, not a message: nothing to fall back for
		history.replaceState(null, '', '/mail/u/0/#label/Work');
		expect(selectorsStale(gmail, document)).toBe(false);
	});

	test('reads the main region and still finds the codes, never the inline reply, its textarea or the compose dialog', () => {
		stripGmail();
		const reading = fallbackReading(gmail);
		const bodies = [...currentBodies(reading.adapter)];
		expect(bodies).toEqual([document.querySelector('[role="main"]')]);
		const tokens = keptTokens(reading, bodies[0]!);
		// Gmail's own bounce, the Postfix bounce (550 + 5.1.1 across a line break, 552 5.2.2), the quoted TSS04.
		expect(tokens).toEqual(expect.arrayContaining(['550', '5.1.1', '552', '5.2.2', '421', '4.7.0', 'TSS04']));
		// The collapsed message's snippet is in the main region too: the fallback reads what the page shows.
		expect(tokens).toContain('450');
		// The inline reply's editor says "550 5.1.1 … 421 4.7.0" and its textarea "550 5.1.1": neither is read.
		const inlineReply = document.querySelector('div.M9')!;
		expect(bodies[0]!.contains(inlineReply)).toBe(true);
		expect(tokens.filter(t => t === '421')).toHaveLength(1);
		expect(tokens.filter(t => t === '550')).toHaveLength(2);
		// The compose dialog sits outside the main region; its draft (554 5.7.1) is not read.
		expect(tokens).not.toContain('554');
	});

	test('a compose window inside the main region keeps no mark, even where it is not editable', () => {
		stripGmail();
		const main = document.querySelector('[role="main"]')!;
		const popped = document.createElement('div');
		popped.setAttribute('role', 'dialog');
		popped.innerHTML = '<div>Re: 554 5.7.1 rejected</div><div contenteditable="true">and 451 4.3.0 typed</div>';
		main.append(popped);
		const reading = fallbackReading(gmail);
		const tokens = keptTokens(reading, main);
		expect(tokens).toContain('550');
		expect(tokens).not.toContain('554');
		expect(tokens).not.toContain('5.7.1');
		expect(tokens).not.toContain('451');
		// The adapter's own reading keeps everything it scans (its bodies are never in a compose window).
		expect(tokensIn(main)).toContain('554');
	});

	test('waits before falling back, and goes back to the adapter as soon as a body matches again', () => {
		const switches: string[] = [];
		const reading = new Reading(gmail, mode => switches.push(mode), new AbortController().signal);
		expect(reading.check()).toBe(false);
		expect(reading.adapter.bodySelector).toBe(gmail.bodySelector);
		stripGmail();
		expect(reading.check()).toBe(false);
		vi.advanceTimersByTime(FALLBACK_DELAY_MS - 1);
		expect(reading.mode).toBe('adapter'); // a view still rendering its message is not read as a region
		vi.advanceTimersByTime(1);
		expect(switches).toEqual(['fallback']);
		expect(reading.adapter.bodySelector).toBe(fallbackOf(gmail).bodySelector);
		expect(reading.adapter.bannerAnchor(document.querySelector('[role="main"]')!)).toBe(document.querySelector('[role="main"]'));
		// Gmail renders a body the adapter knows again (the thread re-rendered with the old classes).
		loadFixture(GMAIL);
		expect(reading.check()).toBe(true);
		expect(switches).toEqual(['fallback', 'adapter']);
		expect(reading.adapter.bodySelector).toBe(gmail.bodySelector);
	});

	test('a stale view that gets its body back within the delay never falls back', () => {
		const onSwitch = vi.fn();
		const reading = new Reading(gmail, onSwitch, new AbortController().signal);
		stripGmail();
		reading.check();
		loadFixture(GMAIL);
		reading.check();
		vi.advanceTimersByTime(FALLBACK_DELAY_MS * 2);
		expect(onSwitch).not.toHaveBeenCalled();
		expect(reading.mode).toBe('adapter');
	});

	test('an aborted run does not switch', () => {
		const controller = new AbortController();
		const onSwitch = vi.fn();
		const reading = new Reading(gmail, onSwitch, controller.signal);
		stripGmail();
		reading.check();
		controller.abort();
		vi.advanceTimersByTime(FALLBACK_DELAY_MS);
		expect(onSwitch).not.toHaveBeenCalled();
	});
});

describe('Outlook with its body hooks renamed', () => {
	beforeEach(() => {
		loadFixture(OUTLOOK);
		history.replaceState(null, '', '/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjQ3LTc0NzMtMDACLTAwCgAQAK7Vz');
	});

	test('reads the reading pane and still finds the codes, never the reply editor', () => {
		expect(selectorsStale(outlook, document)).toBe(false);
		stripOutlook();
		expect(currentBodies(outlook).size).toBe(0);
		history.replaceState(null, '', '/mail/inbox');
		expect(selectorsStale(outlook, document)).toBe(false);
		history.replaceState(null, '', '/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNjQ3LTc0NzMtMDACLTAwCgAQAK7Vz');
		const reading = fallbackReading(outlook);
		const bodies = [...currentBodies(reading.adapter)];
		expect(bodies.map(b => b.id)).toEqual(['ReadingPaneContainerId']);
		const tokens = keptTokens(reading, bodies[0]!);
		expect(tokens).toEqual(expect.arrayContaining(['550', '5.1.10']));
		// The NDR shows 550 5.1.10 twice; the reply editor's third copy is not read.
		expect(tokens.filter(t => t === '5.1.10')).toHaveLength(2);
	});
});

/**
 * A webmail after a redesign: every class and test hook gone (`class`, `data-test-id`, `data-testid`),
 * and the ids that are body selectors of their own renamed. ARIA roles, editors and other ids stay.
 */
function stripHooks(adapter: WebmailAdapter): void {
	for (const el of document.querySelectorAll('*')) {
		for (const name of ['class', 'data-test-id', 'data-testid']) el.removeAttribute(name);
		if (el.id && adapter.bodySelector.split(', ').includes(`#${el.id}`)) el.id = `renamed-${el.id}`;
	}
}

/** Codes read in fallback from every body it finds, none of them from an editor. */
function fallbackTokens(adapter: WebmailAdapter): string[] {
	const reading = fallbackReading(adapter);
	const tokens = [...currentBodies(reading.adapter)].flatMap(body => keptTokens(reading, body));
	return tokens;
}

/** The codes the adapter's own selectors find, and the codes typed in the page's editors. */
function ownTokens(adapter: WebmailAdapter): {own: string[]; editors: string[]} {
	const own = [...currentBodies(adapter)].flatMap(tokensIn);
	const editors = [...document.querySelectorAll(EDITABLE)].flatMap(el => tokensIn(el)).filter(t => !own.includes(t));
	return {own, editors};
}

describe('the opt-in webmails with their hooks stripped degrade the same way', () => {
	const CASES: Array<{adapter: WebmailAdapter; fixture: string; url: string; away: string}> = [
		{adapter: yahoo, fixture: 'yahoo-2026-11-22-message.html', url: '/d/folders/1/messages/48213', away: '/d/folders/1'},
		{adapter: fastmail, fixture: 'fastmail-2026-11-22-conversation.html', url: '/mail/Inbox/Tb2c4e6a8.M8f9e0d1c2b3a4', away: '/mail/Inbox'},
		{adapter: roundcube, fixture: 'roundcube-2026-11-22-preview.html', url: '/?_task=mail&_caps=pdf%3D1&_uid=421&_mbox=INBOX&_framed=1&_action=preview', away: '/?_task=mail&_mbox=INBOX'},
	];
	for (const {adapter, fixture, url, away} of CASES) {
		test(`${adapter.site}: a message view whose selectors find nothing is read through its main region`, () => {
			loadFixture(fixture);
			history.replaceState(null, '', url);
			const {own, editors} = ownTokens(adapter);
			expect(own.length).toBeGreaterThan(0);
			expect(selectorsStale(adapter, document)).toBe(false);
			stripHooks(adapter);
			expect(currentBodies(adapter).size).toBe(0);
			// Not a message view: nothing to fall back for.
			history.replaceState(null, '', away);
			expect(selectorsStale(adapter, document)).toBe(false);
			history.replaceState(null, '', url);
			expect(selectorsStale(adapter, document)).toBe(true);
			const tokens = fallbackTokens(adapter);
			// Every code the adapter found is still found; nothing typed in an editor is.
			for (const token of new Set(own)) expect(tokens.filter(t => t === token).length).toBeGreaterThanOrEqual(own.filter(t => t === token).length);
			for (const token of editors) expect(tokens).not.toContain(token);
		});
	}

	test('proton: the message frame with its root renamed is read whole; the composer’s frame is not a message', () => {
		const frame = /<template id="proton-message-document">([^]*?)<\/template>/.exec(readFileSync(resolve(FIXTURES, 'proton-2026-11-22-message.html'), 'utf8'))![1]!;
		document.body.innerHTML = frame;
		const own = [...currentBodies(proton)].flatMap(tokensIn);
		expect(own).toEqual(expect.arrayContaining(['550', '5.2.1', '5.1.1']));
		stripHooks(proton);
		expect(currentBodies(proton).size).toBe(0);
		// happy-dom runs at a URL of its own, not in a frame: the frame's view is given as Proton's is.
		const view = (href: string, framed: boolean) => {
			const self = {location: {href}} as {location: {href: string}; parent?: object};
			self.parent = framed ? {} : self;
			return self;
		};
		const asFrame = (href: string, framed: boolean) => ({defaultView: view(href, framed), body: document.body, querySelector: (s: string) => document.querySelector(s)}) as unknown as Document;
		expect(selectorsStale(proton, asFrame('about:blank', true))).toBe(true);
		expect(selectorsStale(proton, asFrame('https://mail.proton.me/u/0/inbox', false))).toBe(false);
		document.body.setAttribute('contenteditable', 'true');
		expect(selectorsStale(proton, asFrame('about:blank', true))).toBe(false);
		document.body.removeAttribute('contenteditable');
		const fallback = fallbackOf(proton);
		const bodies = [...currentBodies(fallback)];
		expect(bodies).toEqual([document.body]);
		expect(bodies.flatMap(tokensIn)).toEqual(own);
	});

	test('icloud: its URL does not tell a message view, so it never falls back', () => {
		expect(icloud.showsMessage).toBeUndefined();
	});
});

test('adapters that cannot tell a message view never fall back', () => {
	loadFixture(GMAIL);
	stripGmail();
	expect(generic.showsMessage).toBeUndefined();
	const reading = new Reading(generic, vi.fn(), new AbortController().signal);
	reading.check();
	vi.advanceTimersByTime(FALLBACK_DELAY_MS);
	expect(reading.mode).toBe('adapter');
});

describe('the popup question', () => {
	const ask = (message: unknown, sender: object) => runtime.listeners.map(l => l(message, sender)).find(answer => answer !== undefined);

	test('is answered only in fallback, only for this extension\'s own pages, and no more once the run stops', async () => {
		loadFixture(GMAIL);
		history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgzQbgHnRtKxLwJpVdSqWcBmTxZkD');
		const controller = new AbortController();
		const reading = new Reading(gmail, vi.fn(), controller.signal);
		answerPopup(reading, controller.signal);
		const popup = {id: 'ext', url: 'chrome-extension://ext/src/popup/index.html'};
		expect(ask({type: 'page-reading'}, popup)).toBeUndefined(); // the usual reading: no answer
		stripGmail();
		reading.check();
		vi.advanceTimersByTime(FALLBACK_DELAY_MS);
		await expect(ask({type: 'page-reading'}, popup)).resolves.toEqual({mode: 'fallback'});
		expect(ask({type: 'page-reading'}, {id: 'other-extension'})).toBeUndefined();
		expect(ask({type: 'page-reading'}, {id: 'ext', tab: {id: 3}})).toBeUndefined(); // a content script, not a page of ours
		expect(ask({type: 'ping'}, popup)).toBeUndefined();
		expect(ask(null, popup)).toBeUndefined();
		controller.abort();
		expect(runtime.listeners).toHaveLength(0);
	});
});
