// @vitest-environment happy-dom
// Typing, ranking and the keyboard in the popup.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {explain, isInvalid} from '../../src/core/explain';
import {optionCodes, options, search, settle, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const type = (text: string) => fireEvent.input(search(), {target: {value: text}});
const key = (k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(search(), {key: k, ...init});

beforeEach(() => stubBrowser());
afterEach(cleanup);

describe('popup search', () => {
	it('focuses the one input on open', () => {
		render(<App />);
		expect(document.activeElement).toBe(search());
		expect(screen.getByLabelText('Code, words, or bounce text')).toBe(search());
	});

	it('shows a code’s explanation as you type it', () => {
		render(<App />);
		type('5.7.26');
		const expected = explain('5.7.26');
		if (isInvalid(expected)) throw new Error('5.7.26 must be known');
		expect(screen.getByRole('heading', {level: 2}).textContent).toBe(expected.title);
		expect(document.querySelector('.bd-code')?.textContent).toBe('5.7.26');
	});

	it('ranks words: mailbox full puts X.2.2 first', () => {
		render(<App />);
		type('mailbox full');
		expect(optionCodes()[0]).toBe('X.2.2');
		type('spf');
		expect(optionCodes().slice(0, 4)).toEqual(expect.arrayContaining(['X.7.23', 'X.7.24']));
	});

	it('moves with the arrows, opens with Enter, goes back and clears with Escape', () => {
		render(<App />);
		type('mailbox full');
		const total = options().length;
		expect(search().getAttribute('aria-activedescendant')).toBeNull();
		key('ArrowDown');
		key('ArrowDown');
		expect(search().getAttribute('aria-activedescendant')).toBe('result-1');
		expect(options()[1]?.getAttribute('aria-selected')).toBe('true');
		key('ArrowUp');
		key('ArrowUp');
		expect(search().getAttribute('aria-activedescendant')).toBe(`result-${total - 1}`);
		key('ArrowDown');
		key('Enter');
		const detail = screen.getByRole('region', {name: /^Explanation of 5\.2\.2/});
		expect(detail.querySelector('h2')?.textContent).toBe('Mailbox full');
		key('Escape');
		expect(options().length).toBe(total);
		key('Escape');
		expect(search().value).toBe('');
		expect(options().length).toBe(0);
	});

	it('Enter without a selection opens the best match; Shift+Enter is left to the textarea', () => {
		render(<App />);
		type('spf');
		key('Enter', {shiftKey: true});
		expect(options().length).toBeGreaterThan(0);
		key('Enter');
		expect(screen.getByRole('region', {name: /^Explanation of/})).toBeTruthy();
	});

	it('opens a result on click', async () => {
		render(<App />);
		type('55');
		fireEvent.click(options().find(o => o.textContent?.startsWith('552'))!);
		await settle();
		expect(screen.getByRole('region', {name: 'Explanation of 552'})).toBeTruthy();
	});

	it('offers the full-page view from the popup, and not from the full page', () => {
		const {browser} = stubBrowser();
		render(<App />);
		type('550');
		fireEvent.click(screen.getByRole('button', {name: 'Open full explanation'}));
		expect(browser.tabs.create).toHaveBeenCalledWith({url: 'chrome-extension://test-extension-id/src/popup/explain.html?q=550'});
		cleanup();
		render(<App layout="page" initialQuery="550" />);
		expect(screen.queryByRole('button', {name: 'Open full explanation'})).toBeNull();
		expect(document.querySelector('.bd-code')?.textContent).toBe('550');
	});
});
