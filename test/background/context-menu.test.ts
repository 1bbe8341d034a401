// The explain-selection menu: created idempotently; its handler shows the card in the page, or
// opens the full-page view where the page cannot be scripted.
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {fakeBrowser} from '@webext-core/fake-browser';
import {ensureMenus, handleMenuClick, MENU_ID} from '../../src/background/context-menu';
import {explainUrl} from '../../src/shared/explain-url';
import {pageThemeAt} from '../../src/ui/page-theme';
import {showCard} from '../../src/background/show-card';
import {cardForSelection} from '../../src/background/selection-card';
import {handleMessage, isOwnSender} from '../../src/background/messages';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

type Fn = ReturnType<typeof vi.fn>;
const api = (name: string) => (fakeBrowser as unknown as Record<string, Record<string, Fn>>)[name]!;

beforeEach(() => {
	fakeBrowser.reset();
	api('contextMenus').update = vi.fn(async () => undefined);
	api('contextMenus').create = vi.fn((_props: unknown, done?: () => void) => {
		done?.();
		return MENU_ID;
	});
	api('scripting').executeScript = vi.fn(async () => [{frameId: 0, result: true}]);
	api('tabs').create = vi.fn(async (props: object) => ({id: 7, ...props}));
});

describe('ensureMenus', () => {
	it('updates a menu that survived a restart', async () => {
		await ensureMenus();
		expect(fakeBrowser.contextMenus.update).toHaveBeenCalledWith(MENU_ID, {title: 'Explain this error', contexts: ['selection']});
		expect(fakeBrowser.contextMenus.create).not.toHaveBeenCalled();
	});
	it('creates it when it does not exist yet', async () => {
		api('contextMenus').update!.mockRejectedValueOnce(new Error('Cannot find menu item with id explain-selection'));
		await ensureMenus();
		expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({id: MENU_ID, title: 'Explain this error', contexts: ['selection']}, expect.any(Function));
	});
});

describe('handleMenuClick', () => {
	const tab = {id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false};

	it('shows the card in the page, with a plain serialisable payload', async () => {
		await handleMenuClick({menuItemId: MENU_ID, selectionText: '550 5.7.26', frameId: 0}, tab);
		const calls = vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.map(c => c[0] as unknown as {target: unknown; func: unknown; args: [Awaited<ReturnType<typeof cardForSelection>>, string]});
		const call = calls.find(c => c.func === showCard)!;
		expect(call.target).toEqual({tabId: 3, frameIds: [0]});
		expect(call.args[0].cards[0]).toMatchObject({code: '550 5.7.26', severity: 'permanent', severityLabel: 'Permanent failure'});
		expect(JSON.parse(JSON.stringify(call.args[0]))).toEqual(call.args[0]);
		expect(call.args[1]).toContain('--bd-sev-permanent-fg');
		// The page's scheme at the selection, read by pageThemeAt just before (the mock answers true: not 'dark').
		expect(calls.some(c => c.func === pageThemeAt)).toBe(true);
		expect((call.args as unknown[])[2]).toBe('light');
		expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
	});

	it('opens the full-page view where the page cannot be scripted', async () => {
		api('scripting').executeScript!.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
		await handleMenuClick({menuItemId: MENU_ID, selectionText: '550 5.1.1'}, tab);
		expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({url: explainUrl('550 5.1.1'), openerTabId: 3, index: 1});
		expect(explainUrl('550 5.1.1')).toBe('chrome-extension://test-extension-id/src/popup/explain.html?q=550%205.1.1');
	});

	it('decodes the selection as the page holds it, line breaks included', async () => {
		const text = 'Delivery to the following recipient failed permanently:\n\n     nobody@example.com\n\n550 5.1.1 The email account that you tried to reach does not exist.';
		api('scripting').executeScript!.mockResolvedValueOnce([{frameId: 0, result: text}]);
		await handleMenuClick({menuItemId: MENU_ID, selectionText: text.replace(/\s+/g, ' '), frameId: 0}, tab);
		const call = vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.map(c => c[0] as unknown as {func: unknown; args: [Awaited<ReturnType<typeof cardForSelection>>]}).find(c => c.func === showCard)!;
		expect(call.args[0].query).toBe(text);
		expect(call.args[0].summary).toMatch(/^Not delivered to nobody@example\.com: /);
	});

	it('opens the full-page view when the card could not be placed, or without a tab', async () => {
		// The selection, the page's scheme, then the card, which could not be placed.
		api('scripting').executeScript!.mockResolvedValueOnce([{frameId: 0, result: ''}]).mockResolvedValueOnce([{frameId: 0, result: 'light'}]).mockResolvedValueOnce([{frameId: 0, result: false}]);
		await handleMenuClick({menuItemId: MENU_ID, selectionText: 'TSS04'}, tab);
		await handleMenuClick({menuItemId: MENU_ID, selectionText: 'TSS04'});
		expect(fakeBrowser.tabs.create).toHaveBeenCalledTimes(2);
	});

	it('ignores other menus and empty selections', async () => {
		await handleMenuClick({menuItemId: 'other', selectionText: '550'}, tab);
		await handleMenuClick({menuItemId: MENU_ID, selectionText: '  '}, tab);
		expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
		expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
	});
});

describe('cardForSelection', () => {
	it('decodes a selected bounce: recipients and codes', async () => {
		const payload = await cardForSelection('Delivery to the following recipient failed permanently:\n\n     nobody@example.com\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.');
		expect(payload).toMatchObject({summary: 'Not delivered to nobody@example.com: the address does not exist (550 5.1.1).', tone: 'permanent', recipients: []});
		expect(payload.advice).toMatch(/^The address is wrong or gone — /);
		expect(payload.cards.map(c => c.code)).toEqual(['550 5.1.1']);
	});
	it('says so when the selection holds no code', async () => {
		const payload = await cardForSelection('hello there');
		expect(payload.cards).toEqual([]);
		expect(payload.summary).toMatch(/No SMTP reply code/);
	});
});

describe('messages', () => {
	const tab = {id: 4, index: 2, highlighted: true, active: true, pinned: false, incognito: false};
	const contentScript = () => ({id: fakeBrowser.runtime.id, tab, frameId: 0, url: 'https://mail.google.com/mail/u/0/'});
	const ownPage = () => ({id: fakeBrowser.runtime.id, url: 'chrome-extension://ext-origin/src/popup/index.html'});
	beforeEach(() => {
		(fakeBrowser.runtime as unknown as {getURL: (path: string) => string}).getURL = path => `chrome-extension://ext-origin${path}`;
	});

	it('opens the full-page view for the in-page card’s button, and ignores strangers', async () => {
		await handleMessage({type: 'open-explanation', query: '5.7.1'}, contentScript());
		expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({url: explainUrl('5.7.1'), openerTabId: 4, index: 3});
		expect(handleMessage({type: 'nope'}, contentScript())).toBeUndefined();
		expect(handleMessage('junk', contentScript())).toBeUndefined();
		await expect(handleMessage({type: 'ping'}, ownPage())).resolves.toEqual({type: 'pong'});
	});

	it('answers only this extension\'s own pages and its content scripts in a tab', async () => {
		expect(isOwnSender(contentScript())).toBe(true);
		expect(isOwnSender(ownPage())).toBe(true);
		// Another extension, even from a tab or with our page's address.
		expect(isOwnSender({...contentScript(), id: 'another-extension'})).toBe(false);
		expect(isOwnSender({...ownPage(), id: 'another-extension'})).toBe(false);
		// Our id but neither a tab nor one of our pages.
		expect(isOwnSender({id: fakeBrowser.runtime.id})).toBe(false);
		expect(isOwnSender({id: fakeBrowser.runtime.id, url: 'https://evil.example/'})).toBe(false);
		expect(isOwnSender({})).toBe(false);
		expect(handleMessage({type: 'ping'}, {...ownPage(), id: 'another-extension'})).toBeUndefined();
		expect(handleMessage({type: 'text-verdict', text: '550 5.1.1'}, {id: fakeBrowser.runtime.id})).toBeUndefined();
	});
});
