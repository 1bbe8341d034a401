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
import type {WebmailAdapter} from '../../src/content/webmail';
import {GMAIL, loadFixture, OUTLOOK, tokensIn} from './fixtures';

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
