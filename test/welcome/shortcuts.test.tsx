// @vitest-environment happy-dom
// The welcome page lists the keyboard commands as the browser binds them.
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {fakeBrowser} from '@webext-core/fake-browser';
import {Shortcuts, loadShortcuts} from '../../src/welcome/shortcuts';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const bound = [
	{name: '_execute_action', description: '', shortcut: 'Alt+Shift+B'},
	{name: 'next-mark', description: 'Next code', shortcut: ''},
	{name: 'previous-mark', description: 'Previous code', shortcut: 'Alt+Shift+P'},
];

describe('the welcome page\'s keyboard commands', () => {
	beforeEach(() => {
		fakeBrowser.reset();
		(fakeBrowser as unknown as Record<string, unknown>).commands = {getAll: vi.fn(async () => bound)};
	});

	it('says what each command does and the keys the browser has bound, not the manifest\'s', async () => {
		expect(await loadShortcuts()).toEqual([
			{name: '_execute_action', what: 'Open the Bounce Decoder popup', keys: 'Alt+Shift+B'},
			{name: 'next-mark', what: 'Go to the next marked code in the open message and show its card', keys: ''},
			{name: 'previous-mark', what: 'Go to the previous marked code and show its card', keys: 'Alt+Shift+P'},
		]);
	});

	it('shows an unbound command as not set, and where to bind it in each browser', async () => {
		for (const [isFirefox, where] of [[false, 'chrome://extensions/shortcuts'], [true, 'Manage Extension Shortcuts']] as const) {
			const root = document.createElement('div');
			await act(async () => render(<Shortcuts isFirefox={isFirefox} />, root));
			await act(async () => new Promise(resolve => setTimeout(resolve, 0)));
			const rows = [...root.querySelectorAll('tr')].map(tr => tr.textContent);
			expect(rows).toEqual([
				'Alt+Shift+BOpen the Bounce Decoder popup',
				'not setGo to the next marked code in the open message and show its card',
				'Alt+Shift+PGo to the previous marked code and show its card',
			]);
			expect(root.textContent).toContain(where);
		}
	});
});
