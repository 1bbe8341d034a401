import {describe, expect, it} from 'vitest';
import {inNetwork, parseDomain, parseIp, parseIPv4, parseIPv6, parseSelector, reverseName} from '../../../src/core/dns/names';

describe('strict parsers: only whole domain and IP tokens are ever queried', () => {
	it('reads dotted quads without leading zeros', () => {
		expect(parseIPv4('203.0.113.7')?.text).toBe('203.0.113.7');
		for (const bad of ['203.0.113', '203.0.113.7.1', '256.1.1.1', '010.0.0.1', '1.2.3.4 ', '1.2.3.-4', '١.2.3.4', '1.2.3.4\n']) expect(parseIPv4(bad)).toBeUndefined();
	});

	it('reads IPv6 forms into their RFC 5952 text', () => {
		expect(parseIPv6('2001:DB8:0:0:0:0:0:1')?.text).toBe('2001:db8::1');
		expect(parseIPv6('2001:db8::')?.text).toBe('2001:db8::');
		expect(parseIPv6('::ffff:192.0.2.1')?.text).toBe('::ffff:c000:201');
		expect(parseIPv6('2001:db8:0:1:0:0:1:1')?.text).toBe('2001:db8:0:1::1:1');
		for (const bad of ['2001:db8::1::1', '2001:db8:1:2:3:4:5:6:7', '12345::1', 'g::1', ':', '2001:db8::1%eth0']) expect(parseIPv6(bad)).toBeUndefined();
		expect(parseIp('[2001:db8::7]')?.text).toBe('2001:db8::7');
		expect(parseIp('IPv6:2001:db8::7')?.text).toBe('2001:db8::7');
	});

	it('reads host names: letters, digits, hyphens, two labels or more, no numeric TLD', () => {
		expect(parseDomain('Mail.Example.COM.')).toBe('mail.example.com');
		expect(parseDomain('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
		for (const bad of ['example', '203.0.113.7', 'exa mple.com', '-a.example', 'a-.example', 'bücher.example', 'a..example', 'a.example/x', `${'a'.repeat(64)}.example`, `${'a.'.repeat(127)}example`, 'x@example.com', '_dmarc.example.com'])
			expect(parseDomain(bad), bad).toBeUndefined();
		expect(parseSelector('s1.2024_a')).toBe('s1.2024_a');
		expect(parseSelector('s1/../x')).toBeUndefined();
	});

	it('names the reverse zones and matches networks', () => {
		expect(reverseName(parseIp('203.0.113.7')!)).toBe('7.113.0.203.in-addr.arpa');
		expect(reverseName(parseIp('2001:db8::1')!)).toBe(`1.${'0.'.repeat(23)}8.b.d.0.1.0.0.2.ip6.arpa`);
		expect(inNetwork(parseIp('203.0.113.7')!, parseIp('203.0.113.0')!, 24)).toBe(true);
		expect(inNetwork(parseIp('203.0.113.7')!, parseIp('203.0.113.128')!, 25)).toBe(false);
		expect(inNetwork(parseIp('2001:db8:1:ff::5')!, parseIp('2001:db8:1::')!, 48)).toBe(true);
		expect(inNetwork(parseIp('2001:db8:2::5')!, parseIp('2001:db8:1::')!, 48)).toBe(false);
		expect(inNetwork(parseIp('192.0.2.1')!, parseIp('0.0.0.0')!, 0)).toBe(true);
	});
});
