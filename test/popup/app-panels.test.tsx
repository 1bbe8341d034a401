// @vitest-environment happy-dom
// Browse mode, recent lookups (storage.local) and settings (storage.sync + optional host permissions).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {loadSettings} from '../../src/shared/settings';
import {optionCodes, options, search, settle, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

let fake: ReturnType<typeof stubBrowser>;
beforeEach(() => {
	fake = stubBrowser();
});
afterEach(cleanup);

const key = (k: string) => fireEvent.keyDown(search(), {key: k});

describe('browse mode', () => {
	it('lists every code by class and subject, keyboard included', () => {
		render(<App />);
		fireEvent.click(screen.getByRole('button', {name: 'Browse codes'}));
		expect(screen.getByRole('button', {name: 'Browse codes'}).getAttribute('aria-pressed')).toBe('true');
		const headings = screen.getAllByRole('heading', {level: 2}).map(h => h.textContent);
		expect(headings).toEqual(expect.arrayContaining([expect.stringMatching(/^5xx reply codes/), expect.stringMatching(/^X\.7\.x — Security or Policy Status/)]));
		expect(optionCodes()).toEqual(expect.arrayContaining(['250', '550', 'X.1.1', 'X.7.26']));
		key('ArrowDown');
		key('Enter');
		expect(screen.getByRole('region', {name: /^Explanation of 2\d\d$/})).toBeTruthy();
		key('Escape');
		key('Escape');
		expect(screen.queryByRole('region', {name: 'All codes'})).toBeNull();
	});
});

describe('recent lookups', () => {
	it('keeps opened codes in storage.local, shows them on open, and clears them', async () => {
		render(<App />);
		fireEvent.input(search(), {target: {value: 'mailbox full'}});
		key('Enter');
		await settle();
		const stored = await fake.browser.storage.local.get('recent');
		expect((stored.recent as {query: string}[])[0]?.query).toBe('5.2.2');
		cleanup();
		// A popup opened afresh (nothing kept from this session: session.ts) starts on recent lookups.
		await fake.browser.storage.session.clear();

		render(<App />);
		await waitFor(() => expect(optionCodes()).toEqual(['5.2.2']));
		expect(screen.getByRole('heading', {name: 'Recent lookups'})).toBeTruthy();
		key('ArrowDown');
		key('Enter');
		expect(screen.getByRole('region', {name: 'Explanation of 5.2.2'})).toBeTruthy();
		key('Escape');
		fireEvent.click(screen.getByRole('button', {name: 'Clear'}));
		await waitFor(() => expect(options()).toHaveLength(0));
		expect((await fake.browser.storage.local.get('recent')).recent).toBeUndefined();
	});
});

describe('settings', () => {
	it('stores marking and banner choices in storage.sync', async () => {
		render(<App />);
		fireEvent.click(screen.getByRole('button', {name: 'Settings'}));
		await settle();
		const gmail = screen.getByRole('checkbox', {name: 'Gmail'}) as HTMLInputElement;
		expect(gmail.checked).toBe(true);
		fireEvent.click(gmail);
		fireEvent.click(screen.getByRole('checkbox', {name: /verdict above a bounce/}));
		await settle();
		expect(await loadSettings()).toMatchObject({marking: {gmail: false, outlook: true}, banner: false});
	});

	it('asks for a site’s host permission on the click, and stores the site', async () => {
		render(<App />);
		fireEvent.click(screen.getByRole('button', {name: 'Settings'}));
		await settle();
		fireEvent.click(screen.getByRole('checkbox', {name: 'Yahoo Mail'}));
		expect(fake.browser.permissions.request).toHaveBeenCalledWith({origins: ['https://mail.yahoo.com/*']});
		await waitFor(async () => expect((await loadSettings()).sites).toEqual(['https://mail.yahoo.com/*']));
		await waitFor(() => expect((screen.getByRole('checkbox', {name: 'Yahoo Mail'}) as HTMLInputElement).checked).toBe(true));

		fireEvent.input(screen.getByLabelText('Any site'), {target: {value: 'roundcube.example.org'}});
		fireEvent.click(screen.getByRole('button', {name: 'Enable'}));
		expect(fake.browser.permissions.request).toHaveBeenLastCalledWith({origins: ['https://roundcube.example.org/*']});
		await waitFor(() => expect(screen.getByText('https://roundcube.example.org')).toBeTruthy());

		fireEvent.click(screen.getByRole('checkbox', {name: 'Yahoo Mail'}));
		await waitFor(async () => expect((await loadSettings()).sites).toEqual(['https://roundcube.example.org/*']));
		await waitFor(() => expect(fake.browser.permissions.remove).toHaveBeenCalledWith({origins: ['https://mail.yahoo.com/*']}));
	});

	it('says so when storage.sync refuses the site list, and keeps it on this browser', async () => {
		vi.spyOn(fake.browser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
		render(<App />);
		fireEvent.click(screen.getByRole('button', {name: 'Settings'}));
		await settle();
		expect(screen.queryByText(/kept on this browser only/)).toBeNull();
		fireEvent.click(screen.getByRole('checkbox', {name: 'Fastmail'}));
		await waitFor(() => expect(screen.getByText(/sync storage refused these settings .* kept on this browser only/)).toBeTruthy());
		expect((await loadSettings()).sites).toEqual(['https://app.fastmail.com/*']);
		expect(await fake.browser.storage.local.get('sites')).toEqual({sites: ['https://app.fastmail.com/*']});
	});

	it('changes nothing when the permission is refused', async () => {
		(fake.browser.permissions.request as unknown as ReturnType<typeof vi.fn>).mockResolvedValueOnce(false);
		render(<App />);
		fireEvent.click(screen.getByRole('button', {name: 'Settings'}));
		fireEvent.click(screen.getByRole('checkbox', {name: 'Proton Mail'}));
		await waitFor(() => expect(screen.getByText(/Permission not granted/)).toBeTruthy());
		expect((await loadSettings()).sites).toEqual([]);
	});
});
