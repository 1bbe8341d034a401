// @vitest-environment happy-dom
// The DNS page's lock: one meta policy naming the resolver's origin, first in <head>, never widened.
import {expect, test} from 'vitest';
import {connectPolicy, lockConnectSrc} from '../../src/popup/connect-policy';

const metas = () => [...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map(m => m.getAttribute('content'));

test('locks connect-src to one origin, once', () => {
	document.head.innerHTML = '<meta charset="utf-8"><title>t</title>';
	expect(lockConnectSrc('https://doh.example:8443')).toBe('https://doh.example:8443');
	expect(metas()).toEqual(['connect-src https://doh.example:8443']);
	expect(document.head.firstElementChild?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
	// A second lock cannot widen or move it: it reports the origin in force.
	expect(lockConnectSrc('https://dns.google')).toBe('https://doh.example:8443');
	expect(metas()).toEqual(['connect-src https://doh.example:8443']);
	expect(connectPolicy('https://dns.google')).toBe('connect-src https://dns.google');
});
