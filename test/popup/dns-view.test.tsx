// @vitest-environment happy-dom
// The DNS page and the settings' DNS section in the reader's language: with the German catalogue the
// page's heading, fields, resolver, the note on what is sent, the button and its error states, and the
// settings' resolver section speak German, and none of their English words is left. The findings'
// sentences (core/dns) stay English (README, Languages).
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {DnsView, initialFromParams} from '../../src/popup/dns-view';
import {ResolverSetting} from '../../src/popup/resolver-setting';
import {RESOLVERS, customResolver} from '../../src/shared/resolvers';
import {DEFAULT_SETTINGS} from '../../src/shared/settings';
import type {SettingsState} from '../../src/popup/use-settings';
import {settle, stubBrowser} from './helpers';
import {englishOnly, keysStarting, speak} from '../shared/in-language';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

let fake: ReturnType<typeof stubBrowser>;
beforeEach(() => {
	fake = stubBrowser();
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const google = RESOLVERS.find(r => r.id === 'google')!;

describe('the DNS page in German', () => {
	it('labels its fields, resolver, note and button in German, and says why the topic matters', () => {
		const {say} = speak('de');
		const initial = initialFromParams(new URLSearchParams('ip=203.0.113.7&reason=blocked&provider=spamhaus'));
		const {container} = render(<DnsView initial={initial} resolver={google} />);
		expect(container.querySelector('h1')?.textContent).toBe(say('dns_title'));
		expect([...container.querySelectorAll('.dns-field > span')].map(s => s.textContent)).toEqual([
			say('dns_domain'), say('dns_ip'), say('dns_recipient_domain'), say('dns_selector'), say('dns_resolver'),
		]);
		expect(container.querySelector('input[name="selector"]')?.getAttribute('placeholder')).toBe(say('dns_selector_hint'));
		expect(container.querySelector('.dns-context')?.textContent).toContain(say('dns_topic_block_list'));
		expect(container.querySelector('.dns-form .muted')?.textContent).toBe(say('dns_nothing_sent', say('card_check_dns'), google.name, 'dns.google'));
		expect(container.querySelector('.dns-form .muted b')?.textContent).toBe(say('card_check_dns'));
		expect(container.querySelector('.dns-run')?.textContent).toBe(say('card_check_dns'));
		const text = container.textContent!;
		for (const words of englishOnly('de', [...keysStarting('dns_'), 'card_check_dns'])) expect(text, words).not.toContain(words);
	});

	it('names your own resolver in German in the note on what is sent', () => {
		const {say} = speak('de');
		const own = customResolver('https://doh.example/dns-query')!;
		const {container} = render(<DnsView initial={initialFromParams(new URLSearchParams('ip=203.0.113.7'))} resolver={own} />);
		expect(container.querySelector('.dns-form .muted')?.textContent).toBe(say('dns_nothing_sent', say('card_check_dns'), say('resolver_own_name'), 'doh.example'));
		expect(container.querySelector('.dns-form .muted')?.textContent).not.toContain(own.name);
	});

	it('says in German that the browser refused the resolver', async () => {
		const {say} = speak('de');
		(fake.browser.permissions as unknown as Record<string, unknown>).request = vi.fn(async () => false);
		render(<DnsView initial={initialFromParams(new URLSearchParams('ip=203.0.113.7'))} resolver={google} />);
		fireEvent.click(screen.getByRole('button', {name: say('card_check_dns')}));
		await settle();
		expect(screen.getByRole('alert').textContent).toBe(say('dns_not_granted', 'dns.google'));
	});
});

describe('the settings’ DNS section in German', () => {
	it('labels the resolver, your own and its note in German, and refuses a bad address in German', async () => {
		const {say} = speak('de');
		const update = vi.fn(async () => undefined);
		const state = {settings: DEFAULT_SETTINGS, update} as unknown as SettingsState;
		const {container} = render(<ResolverSetting state={state} />);
		expect(container.querySelector('legend')?.textContent).toBe(say('dns_title'));
		expect(container.querySelector('label[for="resolver-url"]')?.textContent).toBe(say('resolver_own'));
		expect(container.querySelector('.muted')?.textContent).toBe(say('resolver_note', say('card_check_dns'), 'dns.google'));
		fireEvent.input(container.querySelector('#resolver-url')!, {target: {value: 'http://doh.example/dns-query'}});
		fireEvent.click(screen.getByRole('button', {name: say('resolver_use')}));
		await settle();
		expect(container.querySelector('.resolver-error')?.textContent).toBe(say('resolver_bad_https'));
		expect(update).not.toHaveBeenCalled();
		const text = container.textContent!;
		for (const words of englishOnly('de', [...keysStarting('resolver_', 'dns_title', 'dns_resolver'), 'card_check_dns'])) expect(text, words).not.toContain(words);
	});
});
