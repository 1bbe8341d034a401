// @vitest-environment happy-dom
// The welcome page in the reader's language: rendered with the German catalogue, its headings, prose,
// colour legend, keyboard commands, sample's labels and card speak German, and none of its English
// sentences is left.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {fakeBrowser} from '@webext-core/fake-browser';
import {WelcomeApp} from '../../src/welcome/welcome-app';
import {stubBrowser} from '../popup/helpers';
import {englishOnly, keysStarting, speak} from '../shared/in-language';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const bound = [
	{name: '_execute_action', description: '', shortcut: 'Alt+Shift+B'},
	{name: 'next-mark', description: 'Next code', shortcut: ''},
	{name: 'previous-mark', description: 'Previous code', shortcut: 'Alt+Shift+P'},
];

async function renderWelcome(): Promise<HTMLElement> {
	const root = document.createElement('div');
	document.body.append(root);
	await act(async () => render(<WelcomeApp isFirefox={false} />, root));
	await act(async () => new Promise(resolve => setTimeout(resolve, 0)));
	return root;
}

describe('the welcome page in German', () => {
	beforeEach(() => {
		stubBrowser();
		(fakeBrowser as unknown as Record<string, unknown>).commands = {getAll: vi.fn(async () => bound)};
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		document.body.replaceChildren();
	});

	it('says its headings, prose, legend, commands and labels in German', async () => {
		const {say} = speak('de');
		const root = await renderWelcome();
		expect(root.querySelector('h1')?.textContent).toBe(say('welcome_ready'));
		expect([...root.querySelectorAll('h2')].map(h => h.textContent)).toEqual(expect.arrayContaining([
			say('welcome_sample_title'), say('welcome_legend_title'), say('welcome_where_title'), say('welcome_keys_title'), say('welcome_privacy_title'), say('settings_title'),
		]));
		expect([...root.querySelectorAll('.legend dd')].map(dd => dd.textContent)).toEqual([say('legend_permanent'), say('legend_transient'), say('legend_success'), say('legend_intermediate')]);
		expect([...root.querySelectorAll('.where li')].map(li => li.textContent)).toEqual([
			say('where_webmail', say('where_webmail_name')),
			say('where_other', say('where_other_name')),
			say('where_page', say('where_page_name'), say('menu_explain')),
			say('where_toolbar', say('where_toolbar_name'), '.eml'),
		]);
		expect(root.querySelector('.where em')?.textContent).toBe(say('menu_explain'));
		expect([...root.querySelectorAll('.shortcuts tr')].map(tr => tr.textContent)).toEqual([
			`Alt+Shift+B${say('shortcut_open')}`, `${say('shortcut_not_set')}${say('shortcut_next')}`, `Alt+Shift+P${say('shortcut_previous')}`,
		]);
		expect(root.querySelector('.sample-text')?.getAttribute('aria-label')).toBe(say('welcome_sample_label'));
		expect(root.querySelector('.sample-mark')?.getAttribute('aria-label')).toBe(say('welcome_mark_label', '550'));
		// The sample's first card leads with its reply line in German.
		const words = say('reason_userunknown_words');
		expect(root.querySelector('.sample-card .bd-verdict')?.textContent).toBe(say('reply_line', words.charAt(0).toUpperCase() + words.slice(1), say('reason_userunknown_act')));
	});

	it('leaves no English sentence of its own', async () => {
		const {say} = speak('de');
		const root = await renderWelcome();
		// The sample (a bounce's own English) and its card's explanation stay English (README, Languages):
		// the card is held to its German labels, the rest of the page to no English sentence.
		const card = root.querySelector('.sample-card')!;
		expect([...card.querySelectorAll('dt')].map(dt => dt.textContent)).toEqual([say('card_who_acts'), say('card_retry')]);
		expect([...card.querySelectorAll('button')].map(b => b.textContent)).toEqual(expect.arrayContaining([say('card_copy_reply'), say('card_copy_explanation')]));
		root.querySelector('.sample')!.remove();
		const text = root.textContent!;
		const english = englishOnly('de', [...keysStarting('welcome_', 'legend_', 'where_', 'shortcut_', 'settings_', 'resolver_', 'dns_title'), 'menu_explain']);
		expect(english.length).toBeGreaterThan(20);
		for (const words of english) expect(text, words).not.toContain(words);
	});
});
