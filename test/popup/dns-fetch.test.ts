import {afterEach, describe, expect, it, vi} from 'vitest';
import {checkDns} from '../../src/popup/dns-fetch';
import type {DohResolver} from '../../src/shared/resolvers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const resolver: DohResolver = {id: 'custom', name: 'Test', url: 'https://dns.test/dns-query', pattern: 'https://dns.test/*'};

describe('checkDns', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('says the resolver could not be reached when no query got an answer, rather than a finding per record', async () => {
		vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
		await expect(checkDns({domain: 'sender.example', checks: ['mx', 'spf', 'dmarc']}, resolver)).rejects.toThrow('The resolver https://dns.test/dns-query could not be reached (Failed to fetch): no DNS check was made.');
	});

	it('sends no cookies, no referrer and skips the cache, and gives the findings when the resolver answers', async () => {
		const inits: RequestInit[] = [];
		vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
			inits.push(init);
			return Promise.resolve(new Response('{"Status":3}', {headers: {'content-type': 'application/dns-json'}}));
		});
		const {report, findings} = await checkDns({domain: 'sender.example', checks: ['mx']}, resolver);
		expect(report.mx?.status).toBe('nxdomain');
		expect(findings.map((f) => f.check)).toEqual(['mx']);
		expect(inits.length).toBeGreaterThan(0);
		for (const init of inits) expect(init).toMatchObject({credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store'});
	});
});
