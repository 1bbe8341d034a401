// The worker registers every listener at top level, so a restarted worker handles the next event.
import {beforeAll, describe, expect, it, vi} from 'vitest';
import {fakeBrowser} from '@webext-core/fake-browser';
import {LIFE_PORT} from '../../src/shared/messages';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

type Listener = (...args: unknown[]) => unknown;
const listeners = new Map<string, Listener[]>();
/** An event that records its listeners, for APIs the fake leaves unimplemented. */
const event = (name: string) => ({
	addListener: (fn: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), fn]),
	removeListener: vi.fn(),
	hasListener: vi.fn(),
});

beforeAll(async () => {
	fakeBrowser.reset();
	const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
	fake.contextMenus!.onClicked = event('contextMenus.onClicked');
	fake.contextMenus!.update = vi.fn(async () => undefined);
	fake.permissions!.onAdded = event('permissions.onAdded');
	fake.permissions!.onRemoved = event('permissions.onRemoved');
	fake.permissions!.getAll = vi.fn(async () => ({origins: []}));
	fake.runtime!.getManifest = vi.fn(() => ({content_scripts: []}));
	fake.scripting!.getRegisteredContentScripts = vi.fn(async () => []);
	fake.runtime!.onConnect = event('runtime.onConnect');
	fake.commands = {onCommand: event('commands.onCommand')};
	await import('../../src/background/index');
});

describe('service worker entry', () => {
	it('listens at top level: menu clicks, messages, content-script ports, permissions, keyboard commands, install and startup', () => {
		expect(listeners.get('contextMenus.onClicked')).toHaveLength(1);
		expect(listeners.get('permissions.onAdded')).toHaveLength(1);
		expect(listeners.get('permissions.onRemoved')).toHaveLength(1);
		expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
		expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
		expect(listeners.get('runtime.onConnect')).toHaveLength(1);
		expect(listeners.get('commands.onCommand')).toHaveLength(1);
		// No test hook: the E2E tests fire the browser's own onClicked event.
		expect((globalThis as {__handleMenuClick?: unknown}).__handleMenuClick).toBeUndefined();
	});

	it('keeps only our content scripts\' life ports open', () => {
		const [listener] = listeners.get('runtime.onConnect')!;
		const port = (name: string, sender: object) => ({name, sender, disconnect: vi.fn()});
		const tab = {id: 3};
		const ours = port(LIFE_PORT, {id: fakeBrowser.runtime.id, tab});
		const otherName = port('other', {id: fakeBrowser.runtime.id, tab});
		const otherExtension = port(LIFE_PORT, {id: 'another-extension', tab});
		const noTab = port(LIFE_PORT, {id: fakeBrowser.runtime.id});
		(fakeBrowser.runtime as unknown as {getURL: (path: string) => string}).getURL = path => `chrome-extension://ext-origin${path}`;
		for (const p of [ours, otherName, otherExtension, noTab]) listener!(p);
		expect(ours.disconnect).not.toHaveBeenCalled();
		for (const p of [otherName, otherExtension, noTab]) expect(p.disconnect).toHaveBeenCalledOnce();
	});

	it('creates the menu on install', async () => {
		await fakeBrowser.runtime.onInstalled.trigger({reason: 'install'});
		expect(fakeBrowser.contextMenus.update).toHaveBeenCalledWith('explain-selection', expect.objectContaining({contexts: ['selection']}));
	});

	it('answers a ping from another part of the extension', async () => {
		// The listener answers with a promise (the polyfill's way); the fake's sendMessage only knows callbacks.
		(fakeBrowser.runtime as unknown as {getURL: (path: string) => string}).getURL = path => `chrome-extension://ext-origin${path}`;
		const sender = {id: fakeBrowser.runtime.id, url: 'chrome-extension://ext-origin/src/popup/index.html'};
		const [answer] = await fakeBrowser.runtime.onMessage.trigger({type: 'ping'}, sender, () => undefined);
		expect(answer).toEqual({type: 'pong'});
	});
});
