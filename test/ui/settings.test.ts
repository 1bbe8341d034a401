// Stored settings are read defensively: storage.sync can hold anything an older version wrote.
import {describe, expect, it, vi} from 'vitest';
import {DEFAULT_SETTINGS, normalizeSettings, sitePattern} from '../../src/shared/settings';

vi.mock('../../src/shared/browser', () => ({default: {}}));

describe('settings', () => {
	it('falls back to the defaults, key by key', () => {
		expect(normalizeSettings({})).toEqual({marking: {gmail: true, outlook: true}, banner: true, sites: [], resolver: 'google', customResolver: ''});
		expect(normalizeSettings({resolver: 'cloudflare'}).resolver).toBe('cloudflare');
		expect(normalizeSettings({resolver: 'https://evil.example/'}).resolver).toBe('google');
		// The person's own resolver counts only when its URL passes parseCustomResolver.
		expect(normalizeSettings({resolver: 'custom', customResolver: 'https://doh.example/dns-query'})).toMatchObject({resolver: 'custom', customResolver: 'https://doh.example/dns-query'});
		expect(normalizeSettings({resolver: 'custom', customResolver: 'http://doh.example/dns-query'})).toMatchObject({resolver: 'google', customResolver: ''});
		expect(normalizeSettings({resolver: 'custom'})).toMatchObject({resolver: 'google', customResolver: ''});
		expect(normalizeSettings({resolver: 'cloudflare', customResolver: 'https://doh.example/dns-query'})).toMatchObject({resolver: 'cloudflare', customResolver: 'https://doh.example/dns-query'});
		expect(normalizeSettings({marking: {gmail: false, outlook: 'yes'}, banner: 0, sites: ['https://a.example/*', 3]}))
			.toEqual({marking: {gmail: false, outlook: true}, banner: true, sites: ['https://a.example/*'], resolver: 'google', customResolver: ''});
		expect(DEFAULT_SETTINGS).toEqual({marking: {gmail: true, outlook: true}, banner: true, sites: [], resolver: 'google', customResolver: ''});
	});

	it('turns what the user typed into a host pattern', () => {
		expect(sitePattern('roundcube.example.org')).toBe('https://roundcube.example.org/*');
		expect(sitePattern('http://webmail.example.net/roundcube/?_task=mail')).toBe('http://webmail.example.net/*');
		expect(sitePattern('localhost')).toBeUndefined();
		expect(sitePattern('file:///etc/passwd')).toBeUndefined();
		expect(sitePattern('*')).toBeUndefined();
		expect(sitePattern('')).toBeUndefined();
	});
});
