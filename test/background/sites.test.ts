// Other webmails: the content script is registered on granted sites only, and settings follow
// permissions granted or revoked outside the popup.
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {fakeBrowser} from '@webext-core/fake-browser';
import {onPermissionsChanged, SITES_SCRIPT_ID, syncSites} from '../../src/background/sites';
import {loadSettings, saveSettings} from '../../src/shared/settings';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

type Fn = ReturnType<typeof vi.fn>;
const api = (name: string) => (fakeBrowser as unknown as Record<string, Record<string, Fn>>)[name]!;
let granted: string[];
let registered: unknown[];

beforeEach(() => {
	fakeBrowser.reset();
	granted = [];
	registered = [];
	api('permissions').getAll = vi.fn(async () => ({origins: granted}));
	api('runtime').getManifest = vi.fn(() => ({content_scripts: [{js: ['content.js'], matches: []}]}));
	api('scripting').getRegisteredContentScripts = vi.fn(async () => registered);
	api('scripting').unregisterContentScripts = vi.fn(async () => {
		registered = [];
	});
	api('scripting').registerContentScripts = vi.fn(async (scripts: unknown[]) => {
		registered = scripts;
	});
});

describe('syncSites', () => {
	it('registers the content script on enabled sites that are granted', async () => {
		granted = ['https://mail.yahoo.com/*'];
		await saveSettings({sites: ['https://mail.yahoo.com/*', 'https://mail.proton.me/*']});
		await syncSites();
		expect(registered).toEqual([{id: SITES_SCRIPT_ID, matches: ['https://mail.yahoo.com/*'], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true, allFrames: true, matchOriginAsFallback: true}]);
	});

	it('unregisters when no site is left', async () => {
		registered = [{id: SITES_SCRIPT_ID}];
		await syncSites();
		expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ids: [SITES_SCRIPT_ID]});
		expect(registered).toEqual([]);
	});
});

describe('onPermissionsChanged', () => {
	it('adds granted origins to settings and removes revoked ones', async () => {
		granted = ['https://app.fastmail.com/*'];
		await onPermissionsChanged({origins: ['https://app.fastmail.com/*']}, true);
		expect((await loadSettings()).sites).toEqual(['https://app.fastmail.com/*']);
		granted = [];
		await onPermissionsChanged({origins: ['https://app.fastmail.com/*']}, false);
		expect((await loadSettings()).sites).toEqual([]);
	});
});
