// A card's "Check DNS" opens the DNS page with only the names the reply gives, each parsed whole.
import {beforeEach, expect, test, vi} from 'vitest';

const created: string[] = [];
vi.mock('../../src/shared/browser', () => ({
	default: {
		runtime: {getURL: (path: string) => `chrome-extension://id/${path}`},
		tabs: {create: async ({url}: {url: string}) => void created.push(url)},
	},
}));

const {openDnsPage} = await import('../../src/background/dns-page');

beforeEach(() => void (created.length = 0));

test('the reply\'s IP and domain, the reading\'s provider and code', async () => {
	await openDnsPage({reason: 'authfailure', provider: 'google', status: '5.7.26', diagnostic: '550-5.7.26 … SPF [sender.example] with ip: [203.0.113.7] = did not pass'});
	const url = new URL(created[0]!);
	expect(url.pathname).toBe('/src/popup/dns.html');
	expect(Object.fromEntries(url.searchParams)).toEqual({domain: 'sender.example', ip: '203.0.113.7', reason: 'authfailure', provider: 'google', status: '5.7.26'});
});

test('junk from a page never becomes a parameter', async () => {
	await openDnsPage({reason: 'authfailure', provider: '<b>', status: 'x'.repeat(100), diagnostic: 'from evil"><script>.example [999.1.1.1]'});
	expect(Object.fromEntries(new URL(created[0]!).searchParams)).toEqual({reason: 'authfailure'});
	await openDnsPage('not an object');
	expect(new URL(created[1]!).search).toBe('');
});
