import {beforeEach, describe, expect, it, vi} from 'vitest';
import {fakeBrowser} from '@webext-core/fake-browser';
import {WELCOME_PATH, welcomeOnInstall} from '../../src/background/welcome';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

describe('welcome page on install', () => {
	let opened: string[];
	beforeEach(() => {
		fakeBrowser.reset();
		opened = [];
		(fakeBrowser.tabs as unknown as Record<string, unknown>).create = vi.fn(async ({url}: {url: string}) => void opened.push(url));
	});

	it('opens the welcome page in a new tab on a fresh install', async () => {
		await welcomeOnInstall({reason: 'install'});
		expect(opened).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
		expect(opened[0]).toMatch(/\/src\/welcome\/welcome\.html$/);
	});

	it('stays quiet on an update and a browser update', async () => {
		for (const reason of ['update', 'browser_update'] as const) await welcomeOnInstall({reason});
		expect(opened).toEqual([]);
	});
});
