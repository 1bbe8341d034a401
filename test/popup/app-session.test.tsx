// @vitest-environment happy-dom
// The popup reopens where it was left: its last input and view, kept in storage.session.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {fakeBrowser} from '@webext-core/fake-browser';
import {App} from '../../src/popup/app';
import {SESSION_MAX_CHARS} from '../../src/popup/session';
import {fixtureBounce, optionCodes, search, settle, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const type = (text: string) => fireEvent.input(search(), {target: {value: text}});
const key = (k: string) => fireEvent.keyDown(search(), {key: k});
const stored = async () => (await fakeBrowser.storage.session.get('popup')).popup as {query: string; panel: string; detail?: {code: string}} | undefined;
/** Closes the popup as the browser does: hidden first, then gone. */
const close = () => {
	Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
	document.dispatchEvent(new Event('visibilitychange'));
	Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});
	cleanup();
};

beforeEach(() => stubBrowser());
afterEach(cleanup);

describe('the popup remembers its last input and view', () => {
	it('brings back a search and its results when reopened', async () => {
		render(<App />);
		await settle();
		type('mailbox full');
		close();
		await waitFor(async () => expect((await stored())?.query).toBe('mailbox full'));
		render(<App />);
		await waitFor(() => expect(search().value).toBe('mailbox full'));
		expect(optionCodes()[0]).toBe('X.2.2');
	});

	it('brings back a pasted bounce and the card that was open', async () => {
		render(<App />);
		await settle();
		type('mailbox full');
		key('Enter');
		await waitFor(() => expect(screen.getByRole('region', {name: 'Explanation of 5.2.2'})).toBeTruthy());
		close();
		await waitFor(async () => expect((await stored())?.detail?.code).toBe('5.2.2'));
		render(<App />);
		await waitFor(() => expect(screen.getByRole('region', {name: 'Explanation of 5.2.2'})).toBeTruthy());
		cleanup();

		const bounce = fixtureBounce('gmail-user-unknown.eml');
		render(<App />);
		await settle();
		type(bounce);
		close();
		await waitFor(async () => expect((await stored())?.query).toBe(bounce));
	});

	it('lets typing before the stored state arrives win', async () => {
		await fakeBrowser.storage.session.set({popup: {query: 'spf', panel: 'none'}});
		render(<App />);
		type('550');
		await settle();
		expect(search().value).toBe('550');
	});

	it('keeps nothing too big, and nothing malformed is restored', async () => {
		render(<App />);
		await settle();
		type('x'.repeat(SESSION_MAX_CHARS + 1));
		close();
		await waitFor(async () => expect((await stored())?.query).toBe(''));
		await fakeBrowser.storage.session.set({popup: {query: 42, panel: 'nowhere'}});
		render(<App />);
		await settle();
		expect(search().value).toBe('');
	});

	it('forgets it all with Clear under recent lookups', async () => {
		await fakeBrowser.storage.local.set({recent: [{query: '550', title: 'x', at: 1}]});
		await fakeBrowser.storage.session.set({popup: {query: '', panel: 'none'}});
		render(<App />);
		await waitFor(() => expect(screen.getByRole('button', {name: 'Clear'})).toBeTruthy());
		fireEvent.click(screen.getByRole('button', {name: 'Clear'}));
		await waitFor(async () => expect(await stored()).toBeUndefined());
	});
});
