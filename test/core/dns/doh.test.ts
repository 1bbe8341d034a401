import {describe, expect, it} from 'vitest';
import {createResolver, parseResolverUrl, readAnswer, txtText, unreachable} from '../../../src/core/dns/doh';
import {startDohServer} from '../../helpers/doh-server';
import {localDoh} from './helpers';

describe('DoH JSON client', () => {
	const doh = localDoh();

	it('reads answers of the asked type only, names without the trailing dot, TXT strings joined', () => {
		const body = JSON.stringify({Status: 0, Answer: [
			{name: 'www.example.', type: 5, TTL: 1, data: 'host.example.'},
			{name: 'host.example.', type: 1, TTL: 1, data: '192.0.2.1'},
		]});
		expect(readAnswer(body, 'A')).toEqual({status: 'ok', records: ['192.0.2.1']});
		expect(readAnswer(body, 'CNAME')).toEqual({status: 'ok', records: ['host.example']});
		expect(txtText('"v=spf1 " "-all"')).toBe('v=spf1 -all');
		expect(txtText('"a\\"b" "\\099"')).toBe('a"bc');
		expect(txtText('v=spf1 -all')).toBe('v=spf1 -all');
		expect(readAnswer('{"Status":3}', 'A').status).toBe('nxdomain');
		expect(readAnswer('{"Status":2}', 'A').status).toBe('servfail');
		expect(readAnswer('<html>', 'A').status).toBe('error');
		expect(readAnswer('{"Answer":[]}', 'A').status).toBe('error');
	});

	it('accepts https resolvers, and http only on this machine', () => {
		expect(parseResolverUrl('https://dns.google/resolve')).toBe('https://dns.google/resolve');
		expect(parseResolverUrl('http://127.0.0.1:8053/dns-query')).toBe('http://127.0.0.1:8053/dns-query');
		for (const bad of ['http://dns.google/resolve', 'https://u:p@dns.example/q', 'https://dns.example/q?x=1', 'ftp://dns.example/', 'javascript' + ':alert(1)', 'dns.google']) expect(parseResolverUrl(bad), bad).toBeUndefined();
	});

	it('asks the local server, caches each question, and stops at the query budget', async () => {
		const resolver = doh.resolver({maxQueries: 2});
		expect(await resolver.query('mx0.sender.example', 'A')).toEqual({status: 'ok', records: ['192.0.2.25']});
		await resolver.query('mx0.sender.example', 'A');
		expect((await resolver.query('nothing.example', 'A')).status).toBe('nxdomain');
		expect((await resolver.query('broken.example', 'MX')).status).toBe('budget');
		expect(resolver.queries).toBe(2);
		expect([resolver.unanswered, resolver.unansweredWhy]).toEqual([0, undefined]);
		expect(unreachable(resolver)).toBeUndefined();
		expect(unreachable(doh.resolver())).toBeUndefined(); // nothing asked yet
	});

	it('counts the queries a resolver that cannot be reached leaves unanswered, and says why', async () => {
		const resolver = createResolver({url: 'http://127.0.0.1:1/dns-query', fetch});
		const answer = await resolver.query('a.example', 'A');
		expect(answer.status).toBe('error');
		expect([resolver.queries, resolver.unanswered]).toEqual([1, 1]);
		expect(answer.detail).toBe(`the resolver could not be reached (${resolver.unansweredWhy})`);
		expect(unreachable(resolver)).toBe(`The resolver http://127.0.0.1:1/dns-query could not be reached (${resolver.unansweredWhy}): no DNS check was made.`);
	});

	it('is not unreachable when one query of several got an answer', async () => {
		let calls = 0;
		const flaky: typeof fetch = (url, init) => (calls++ === 0 ? fetch(url, init) : Promise.reject(new TypeError('fetch failed')));
		const resolver = createResolver({url: doh.server().url, fetch: flaky});
		expect((await resolver.query('mx0.sender.example', 'A')).status).toBe('ok');
		expect((await resolver.query('nothing.example', 'A')).status).toBe('error');
		expect([resolver.queries, resolver.unanswered]).toEqual([2, 1]);
		expect(unreachable(resolver)).toBeUndefined();
	});

	it('times out a resolver that does not answer', async () => {
		const slow = await startDohServer({'a.example': {A: ['192.0.2.1']}}, {delayMs: 2000});
		try {
			const resolver = createResolver({url: slow.url, fetch, timeoutMs: 100});
			const started = Date.now();
			expect((await resolver.query('a.example', 'A')).status).toBe('timeout');
			expect(Date.now() - started).toBeLessThan(1500);
			expect([resolver.queries, resolver.unanswered, resolver.unansweredWhy]).toEqual([1, 1, 'no answer within 0.1 s']);
		} finally {
			await slow.close();
		}
	});
});
