// The resolvers a DNS check may ask: the presets, and the person's own, whose URL must be https with a
// host and no credentials, query or fragment — it becomes the DNS page's only connect-src source and the
// host permission the check asks for.
import {describe, expect, test} from 'vitest';
import {chosenResolver, customResolver, parseCustomResolver, resolverOrigin} from '../../src/shared/resolvers';

describe('the person\'s own resolver', () => {
	test('an https URL with a host is taken as typed, path and port kept', () => {
		expect(parseCustomResolver(' https://doh.example/dns-query ')).toEqual({ok: true, url: 'https://doh.example/dns-query'});
		expect(parseCustomResolver('https://DoH.Example:8443/resolve')).toEqual({ok: true, url: 'https://doh.example:8443/resolve'});
		expect(parseCustomResolver('https://192.0.2.53/dns-query')).toEqual({ok: true, url: 'https://192.0.2.53/dns-query'});
		expect(parseCustomResolver('https://bücher.example/dns-query')).toEqual({ok: true, url: 'https://xn--bcher-kva.example/dns-query'});
	});

	test.each([
		['doh.example/dns-query', 'url'],
		['', 'url'],
		['http://doh.example/dns-query', 'https'],
		['ftp://doh.example/', 'https'],
		['data:text/plain,doh', 'https'],
		['https://user:secret@doh.example/dns-query', 'credentials'],
		['https://user@doh.example/dns-query', 'credentials'],
		['https://[2001:db8::53]/dns-query', 'host'],
		['https://doh_example.test/dns-query', 'host'],
		['https://doh.example/dns-query?dns=', 'query'],
		['https://doh.example/dns-query?', 'query'],
		['https://doh.example/dns-query#x', 'query'],
	])('%s is refused (%s)', (text, error) => {
		expect(parseCustomResolver(text)).toEqual({ok: false, error});
		expect(customResolver(text)).toBeUndefined();
	});

	test('its permission names the host on every port, its origin the port too', () => {
		const resolver = customResolver('https://doh.example:8443/dns-query')!;
		expect(resolver).toMatchObject({id: 'custom', url: 'https://doh.example:8443/dns-query', pattern: 'https://doh.example/*'});
		expect(resolverOrigin(resolver)).toBe('https://doh.example:8443');
	});

	test('the chosen resolver: a preset, the own one when chosen and valid, Google otherwise', () => {
		expect(chosenResolver({resolver: 'cloudflare'}).url).toBe('https://cloudflare-dns.com/dns-query');
		expect(chosenResolver({resolver: 'custom', customResolver: 'https://doh.example/q'}).url).toBe('https://doh.example/q');
		expect(chosenResolver({resolver: 'custom', customResolver: 'http://doh.example/q'}).id).toBe('google');
		expect(chosenResolver({resolver: 'google', customResolver: 'https://doh.example/q'}).id).toBe('google');
		expect(chosenResolver({resolver: 'https://evil.example/'}).id).toBe('google');
		expect(resolverOrigin(chosenResolver({resolver: 'google'}))).toBe('https://dns.google');
	});
});
