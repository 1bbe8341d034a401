// What the extension asks the browser for (README: Privacy and permissions), read from manifest.json:
// nothing beyond what the code uses. Marking on the webmails needs only the content script's matches;
// the context menu's card works through activeTab; other sites are optional host permissions.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {RESOLVERS} from '../src/shared/resolvers';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
	permissions: string[];
	content_scripts: Array<{matches: string[]}>;
	optional_host_permissions: string[];
	content_security_policy: {extension_pages: string};
	action: {default_title: string};
	commands: Record<string, {description: string}>;
};

const WEBMAILS = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];

describe('manifest', () => {
	test('asks for four API permissions and no host permission of its own', () => {
		expect(manifest.permissions).toEqual(['contextMenus', 'storage', 'activeTab', 'scripting']);
		// The webmails' host access comes from the content script's matches; nothing reads their tabs'
		// URLs or scripts them outside a user's click (activeTab).
		expect(manifest.host_permissions).toBeUndefined();
		expect(manifest.content_scripts.flatMap(c => c.matches)).toEqual(WEBMAILS);
	});

	test('other webmails and sites only when the user enables them', () => {
		expect(manifest.optional_host_permissions).toEqual(['https://mail.yahoo.com/*', 'https://mail.proton.me/*', 'https://app.fastmail.com/*', 'https://www.icloud.com/*', 'https://dns.google/*', 'https://cloudflare-dns.com/*', 'https://*/*', 'http://*/*']);
		// The DNS checks' resolvers (issue 17), each asked for on the first check that uses it.
		for (const resolver of RESOLVERS) expect(manifest.optional_host_permissions).toContain(resolver.pattern);
	});

	test('exposes no file to pages and lets its own pages run only its own scripts and reach https origins only', () => {
		expect(manifest.web_accessible_resources).toBeUndefined();
		expect(manifest.externally_connectable).toBeUndefined();
		// Any https origin, because the resolver is whatever the person sets; each page narrows it with its
		// own meta policy (connect-src 'none', or the chosen resolver's origin on the DNS page: below).
		expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'; connect-src https:");
	});

	test.each(['src/popup/index.html', 'src/popup/explain.html', 'src/welcome/welcome.html'])('%s sends nothing: its own policy is connect-src \'none\', ahead of its script', page => {
		const html = readFileSync(new URL(`../${page}`, import.meta.url), 'utf8');
		const meta = html.indexOf(`<meta http-equiv="Content-Security-Policy" content="connect-src 'none'">`);
		expect(meta).toBeGreaterThan(0);
		expect(meta).toBeLessThan(html.indexOf('<script'));
	});

	test('every extension page is one of those or the DNS page, which locks itself to the resolver', () => {
		const pages = [...new Set(readdirSync(new URL('../src', import.meta.url), {recursive: true, encoding: 'utf8'}).filter(file => file.endsWith('.html')))].sort();
		expect(pages).toEqual(['popup/dns.html', 'popup/explain.html', 'popup/index.html', 'welcome/welcome.html']);
		expect(readFileSync(new URL('../src/popup/dns-main.tsx', import.meta.url), 'utf8')).toMatch(/lockConnectSrc\(resolverOrigin\(resolver\)\);\nrender\(/);
	});

	test('speaks the reader’s language: English by default, every word it shows from _locales', () => {
		expect(manifest.default_locale).toBe('en');
		expect(manifest.name).toBe('__MSG_ext_name__');
		expect(manifest.description).toBe('__MSG_ext_description__');
		expect(manifest.action.default_title).toBe('__MSG_ext_name__');
		expect(Object.fromEntries(Object.entries(manifest.commands).map(([name, c]) => [name, c.description]))).toEqual({
			'_execute_action': '__MSG_command_open__',
			'next-mark': '__MSG_command_next__',
			'previous-mark': '__MSG_command_previous__',
		});
	});
});
