// @vitest-environment happy-dom
// Settings, DNS checks: the person's own resolver is refused unless it is an https URL with a host and no
// credentials, and once taken it is the chosen resolver (storage.sync) and offered in the list. Nothing
// is asked of the browser here: the host is asked for by the DNS page's click.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {loadSettings} from '../../src/shared/settings';
import {settle, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

let fake: ReturnType<typeof stubBrowser>;
beforeEach(() => {
	fake = stubBrowser();
});
afterEach(cleanup);

const field = () => document.getElementById('resolver-url') as HTMLInputElement;
const use = () => fireEvent.click(screen.getByRole('button', {name: 'Use'}));
const select = () => document.getElementById('dns-resolver') as HTMLSelectElement;

describe('your own resolver', () => {
	it('refuses what is not an https URL with a host, then takes one that is', async () => {
		render(<App />);
		fireEvent.click(screen.getByRole('button', {name: 'Settings'}));
		await settle();
		expect([...select().options].map(o => o.value)).toEqual(['google', 'cloudflare']);
		for (const [typed, said] of [
			['http://doh.example/dns-query', /^Only an https:\/\//],
			['https://me:pw@doh.example/dns-query', /^No user name or password/],
			['doh.example', /^Type the resolver's full address/],
			['https://doh.example/dns-query?ct=x', /^No \? or # part/],
		] as const) {
			fireEvent.input(field(), {target: {value: typed}});
			use();
			await settle();
			expect(document.querySelector('.resolver-error')?.textContent).toMatch(said);
			expect((await loadSettings()).resolver).toBe('google');
		}
		fireEvent.input(field(), {target: {value: ' https://DOH.example:8443/dns-query '}});
		use();
		await settle();
		expect(document.querySelector('.resolver-error')).toBeNull();
		expect(await loadSettings()).toMatchObject({resolver: 'custom', customResolver: 'https://doh.example:8443/dns-query'});
		expect(select().value).toBe('custom');
		expect([...select().options].map(o => o.textContent)).toContain('https://doh.example:8443/dns-query');
		expect(fake.browser.permissions.request).not.toHaveBeenCalled();
		// Back to a preset: the own resolver stays offered.
		fireEvent.change(select(), {target: {value: 'cloudflare'}});
		await settle();
		expect(await loadSettings()).toMatchObject({resolver: 'cloudflare', customResolver: 'https://doh.example:8443/dns-query'});
	});
});
