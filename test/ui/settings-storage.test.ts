// Where settings are kept: storage.sync, and storage.local (this browser only) for what sync's quota
// refuses, such as a long site list. Chromium's sync limit is 8,192 bytes per item.
import {fakeBrowser} from '@webext-core/fake-browser';
import {beforeEach, expect, test, vi} from 'vitest';
import {isQuotaError, isSettingsArea, loadSettings, onSettingsChanged, saveSettings, settingsKeptLocally} from '../../src/shared/settings';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const PER_ITEM = 8192;

/** storage.sync refusing any item over Chromium's per-item quota, with Chromium's message. */
function syncWithQuota() {
	const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
	vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
		for (const [key, value] of Object.entries(items)) {
			if (key.length + JSON.stringify(value).length > PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
		}
		return set(items);
	});
}

const longList = Array.from({length: 300}, (_, i) => `https://webmail-${i}.example.org/*`);

beforeEach(() => {
	fakeBrowser.reset();
	vi.restoreAllMocks();
});

test('recognises quota refusals from Chromium and Firefox, and nothing else', () => {
	expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
	expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
	expect(isQuotaError(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'))).toBe(true);
	expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
	expect(isSettingsArea('sync') && isSettingsArea('local') && !isSettingsArea('session') && !isSettingsArea('managed')).toBe(true);
});

test('a site list too long for storage.sync is kept in storage.local, read back, and synced again once short', async () => {
	syncWithQuota();
	await saveSettings({sites: ['https://old.example.org/*']});
	expect(await saveSettings({banner: false})).toBe('sync');
	expect(JSON.stringify(longList).length).toBeGreaterThan(PER_ITEM);

	expect(await saveSettings({sites: longList})).toBe('local');
	expect(await fakeBrowser.storage.local.get('sites')).toEqual({sites: longList});
	// The older synced list is gone, so it cannot win over the newer local one.
	expect(await fakeBrowser.storage.sync.get('sites')).toEqual({});
	expect(await loadSettings()).toMatchObject({banner: false, sites: longList});
	expect(await settingsKeptLocally()).toBe(true);

	expect(await saveSettings({sites: longList.slice(0, 3)})).toBe('sync');
	expect(await fakeBrowser.storage.local.get('sites')).toEqual({});
	expect((await loadSettings()).sites).toEqual(longList.slice(0, 3));
	expect(await settingsKeptLocally()).toBe(false);
});

test('other storage errors are not swallowed', async () => {
	vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Extension context invalidated.'));
	await expect(saveSettings({banner: false})).rejects.toThrow('invalidated');
	expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});

test('listeners hear settings changed in either area', async () => {
	syncWithQuota();
	const heard: string[][] = [];
	onSettingsChanged(settings => heard.push(settings.sites));
	await saveSettings({sites: longList});
	await vi.waitFor(() => expect(heard.at(-1)).toEqual(longList));
});
