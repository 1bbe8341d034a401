import {describe, expect, it} from 'vitest';
import {findHostTokens, isPublicIp, parseDomain, parseIPv4, parseIPv6, parseIp} from '../../src/core/net-tokens';

describe('parseIPv4', () => {
	it.each(['192.0.2.1', '0.0.0.0', '255.255.255.255', '10.5.1.1'])('accepts %s', ip => {
		expect(parseIPv4(ip)).toBe(ip);
	});

	it.each(['999.1.1.1', '256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04', '1..2.3', '1.2.3.4 ', '+1.2.3.4', '1.2.3.x', '１.2.3.4', ''])('refuses %j', token => {
		expect(parseIPv4(token)).toBeUndefined();
	});
});

describe('parseIPv6', () => {
	it.each([
		['2001:db8::1', '2001:db8::1'],
		['2001:DB8:0:0:0:0:0:1', '2001:db8:0:0:0:0:0:1'],
		['::1', '::1'],
		['::', '::'],
		['fe80::', 'fe80::'],
		['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
		['2001:db8:1:2:3:4:5:6', '2001:db8:1:2:3:4:5:6'],
	])('accepts %s', (token, want) => {
		expect(parseIPv6(token)).toBe(want);
	});

	// eslint-disable-next-line no-script-url -- hostile input under test
	it.each(['2001:db8:::1', '2001:db8::1::2', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::1', 'g::1', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '::192.0.2.1:1', '2001:db8::999.1.1.1', '1::2:3:4:5:6:7:8', ':', 'javascript:alert'])('refuses %j', token => {
		expect(parseIPv6(token)).toBeUndefined();
	});

	it('parseIp picks the family by the colon', () => {
		expect(parseIp('192.0.2.1')).toBe('192.0.2.1');
		expect(parseIp('2001:db8::1')).toBe('2001:db8::1');
		expect(parseIp('example.com')).toBeUndefined();
	});
});

describe('parseDomain', () => {
	it.each([['mail.Example.COM', 'mail.example.com'], ['bad.example.', 'bad.example'], ['xn--ggle-55da.com', 'xn--ggle-55da.com'], ['a-b.c0.org', 'a-b.c0.org']])('accepts %s', (token, want) => {
		expect(parseDomain(token)).toBe(want);
	});

	// eslint-disable-next-line no-script-url -- hostile input under test
	it.each(['example', '-bad.example', 'bad-.example', 'a..b', '1.2.3.4', '999.1.1.1', 'gооgle.com', 'bad_name.example', 'a.b/c', `${'a'.repeat(64)}.com`, `${'a.'.repeat(127)}com`, 'javascript:alert(1)', 'ex ample.com'])('refuses %j', token => {
		expect(parseDomain(token)).toBeUndefined();
	});
});

describe('findHostTokens', () => {
	it('finds the address literal and the bare IP of a reply', () => {
		const text = '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1';
		expect(findHostTokens(text, {bracketed: true})).toEqual([{kind: 'ip', value: '192.0.2.1'}]);
		expect(findHostTokens(text)).toEqual([{kind: 'ip', value: '192.0.2.1'}, {kind: 'domain', value: 'zen.spamhaus.org'}]);
	});

	it('reads the domain of a bracketed address and an IPv6 literal', () => {
		expect(findHostTokens('Sender address [spam@Bad.Example] blocked using dbl.spamhaus.org', {bracketed: true})).toEqual([{kind: 'domain', value: 'bad.example'}]);
		expect(findHostTokens('client [2001:db8::25] refused', {bracketed: true})).toEqual([{kind: 'ip', value: '2001:db8::25'}]);
	});

	it('takes an IP from a query (?ip=) and a sentence ending with a dot', () => {
		expect(findHostTokens('see https://ipcheck.proofpoint.com/?ip=198.51.100.7')).toEqual([{kind: 'domain', value: 'ipcheck.proofpoint.com'}, {kind: 'ip', value: '198.51.100.7'}].slice(1));
		expect(findHostTokens('messages from 203.0.113.9.')).toEqual([{kind: 'ip', value: '203.0.113.9'}]);
	});

	it('refuses junk, versions, look-alikes and tokens glued to other letters', () => {
		expect(findHostTokens('[999.1.1.1] id 15.20.7452.28 v1.2.3.4 1.2.3.4.5 [gооgle.com] [a_b.example] [１.2.3.4]')).toEqual([]);
		// Script-like text yields no token but what parses as a name (here `document.domain`): nothing of it is markup or a scheme.
		const tokens = findHostTokens('"javascript:alert(1)" [javascript:alert(document.domain)] <x onmouseover=1>');
		expect(tokens).toEqual([{kind: 'domain', value: 'document.domain'}]);
	});

	it('is linear on long hostile input', () => {
		const hostile = '1.'.repeat(200_000) + ':'.repeat(100_000) + '[a.'.repeat(50_000);
		const started = performance.now();
		findHostTokens(hostile);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('isPublicIp', () => {
	it.each(['10.1.2.3', '127.0.0.2', '192.168.1.1', '172.16.0.1', '172.31.255.1', '169.254.1.1', '100.64.0.1', '0.1.2.3', '::1', 'fe80::1', 'fd00::1'])('%s is not looked up', ip => {
		expect(isPublicIp(ip)).toBe(false);
	});

	it.each(['192.0.2.1', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:db8::1'])('%s is', ip => {
		expect(isPublicIp(ip)).toBe(true);
	});
});
