// Shared set-up for popup component tests: a fake browser behind src/shared/browser (mock it in each
// file with the line below), and helpers to read what the user sees.
//   vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));
import {fakeBrowser} from '@webext-core/fake-browser';
import {vi} from 'vitest';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/** APIs the fake does not implement, stubbed per test. */
export function stubBrowser(granted: string[] = []) {
	fakeBrowser.reset();
	const origins = new Set(granted);
	const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
	permissions.getAll = vi.fn(async () => ({origins: [...origins], permissions: []}));
	permissions.request = vi.fn(async ({origins: asked}: {origins: string[]}) => {
		for (const o of asked) origins.add(o);
		return true;
	});
	permissions.remove = vi.fn(async ({origins: gone}: {origins: string[]}) => {
		for (const o of gone) origins.delete(o);
		return true;
	});
	const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
	tabs.create = vi.fn(async (props: {url: string}) => ({id: 99, ...props}));
	return {browser: fakeBrowser, origins};
}

/** A bounce of test/fixtures/bounces (written for the tests: `npm test` needs nothing outside the repository). */
export const fixtureBounce = (name: string): string =>
	readFileSync(join(import.meta.dirname, '../fixtures/bounces', name), 'utf8');

export const search = () => document.getElementById('q') as HTMLTextAreaElement;

export const options = () => [...document.querySelectorAll('[role="option"]')];

export const optionCodes = () => options().map(o => o.querySelector('.result-code')?.textContent);

/** Lets pending promises (storage, decode) settle and Preact re-render. */
export const settle = async (rounds = 5) => {
	for (let i = 0; i < rounds; i++) await new Promise(resolve => setTimeout(resolve, 0));
};
