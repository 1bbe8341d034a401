// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/preact';
import {ACTION_LINK_HOSTS, type Explanation} from '../../src/core';
import {ActionLinks} from '../../src/ui/action-links';
import {CodeCard} from '../../src/ui/code-card';
import {gmailAuth, mailboxFull} from './fixtures';
import {explanationAsText} from '../../src/ui/copy';
import {englishOnly, keysStarting, speak} from '../shared/in-language';

afterEach(cleanup);

const spamhausZen: Explanation = {
	...gmailAuth,
	code: '554 5.7.1',
	title: 'Listed on Spamhaus ZEN',
	provider: {id: 'spamhaus', name: 'Spamhaus', kind: 'list'},
	reason: 'blocked',
	sources: ['https://www.spamhaus.org/zen/'],
};
const REPLY = '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org';

describe('ActionLinks', () => {
	it("names the bounce's IP and opens the list's lookup for it in a new tab, without opener or referrer", () => {
		render(<ActionLinks explanation={spamhausZen} reply={REPLY} />);
		const link = screen.getByRole('link', {name: 'Look up 192.0.2.1 at Spamhaus'});
		expect(link.getAttribute('href')).toBe('https://check.spamhaus.org/results/?query=192.0.2.1');
		expect(link.getAttribute('target')).toBe('_blank');
		expect(link.getAttribute('rel')).toBe('noopener noreferrer');
		expect(screen.getByRole('link', {name: 'Spamhaus’s page for this code'}).getAttribute('href')).toBe('https://www.spamhaus.org/zen/');
		expect(screen.getByRole('list', {name: 'Links for this reply'})).toBeTruthy();
	});

	it('hostile reply text becomes no link of its own: every href is on a known https host', () => {
		const {container} = render(<ActionLinks explanation={spamhausZen} reply={'[javascript:alert(1)] "><a href="https://evil.example">x</a> [999.1.1.1] blocked using zen.spamhaus.org'} />);
		const hrefs = [...container.querySelectorAll('a')].map(a => a.getAttribute('href')!);
		expect(hrefs).toEqual(['https://check.spamhaus.org/', 'https://www.spamhaus.org/zen/']);
		for (const href of hrefs.slice(0, 1)) expect(ACTION_LINK_HOSTS.has(new URL(href).hostname)).toBe(true);
		expect(container.textContent).not.toMatch(/evil|javascript/);
	});

	it('renders nothing when nothing links onward', () => {
		const {container} = render(<ActionLinks explanation={mailboxFull} />);
		expect(container.innerHTML).toBe('');
	});

	it("sits in the card's actions row (the hover card's is the same card)", () => {
		const {container} = render(<CodeCard explanation={spamhausZen} reply={REPLY} />);
		const actions = container.querySelector('.bd-actions') as HTMLElement;
		expect(within(actions).getByRole('link', {name: 'Look up 192.0.2.1 at Spamhaus'})).toBeTruthy();
	});

	it("Gmail's sender refusals link Postmaster Tools and the sender guidelines", () => {
		render(<ActionLinks explanation={gmailAuth} />);
		expect(screen.getAllByRole('link').map(a => a.textContent)).toEqual(['Google Postmaster Tools', 'Gmail sender guidelines']);
	});
});

describe('in German', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('names the links, whose reading it is and the copied text’s headings in German', () => {
		const {say} = speak('de');
		const {container} = render(<CodeCard explanation={spamhausZen} reply={REPLY} />);
		expect(screen.getByRole('list', {name: say('links_label')})).toBeTruthy();
		expect([...container.querySelectorAll('.bd-action-link')].map(a => a.textContent)).toEqual(expect.arrayContaining([
			say('link_spamhaus_lookup', '192.0.2.1'), say('link_provider_page', 'Spamhaus'),
		]));
		expect(container.querySelector('.bd-provider-note')?.textContent).toBe(say('reading_list_short', 'Spamhaus'));
		const links = [...container.querySelectorAll('.bd-actions')].map(a => a.textContent).join(' ');
		for (const words of englishOnly('de', [...keysStarting('link_', 'reading_'), 'card_open_full', 'card_copy_explanation', 'card_copy_reply'])) {
			expect(links, words).not.toContain(words);
			expect(container.querySelector('.bd-provider-note')?.textContent, words).not.toContain(words);
		}
		const text = explanationAsText(spamhausZen, REPLY);
		for (const key of ['card_reply', 'card_who_acts', 'card_retry', 'card_steps', 'card_sources']) expect(text, key).toContain(`${say(key)}:`);
		expect(text).not.toMatch(/^(?:Server’s reply|Who acts|Retry|What to do|Likely causes|Notes|Sources):/m);
	});
});
