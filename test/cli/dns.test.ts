// The CLI's --dns against the local DoH server (test/helpers/doh-server.ts): the CLI runs as a child
// process, asynchronously, so this process's server can answer it.
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseArgs} from '../../src/cli/options';
import {ZONE} from '../helpers/dns-zone';
import {startDohServer, type DohServer} from '../helpers/doh-server';
import {root} from './helpers';

function cliAsync(args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
	return new Promise(done => {
		const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/main.ts'), ...args], {cwd: root});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.stderr.on('data', chunk => (stderr += chunk));
		child.on('close', status => done({status, stdout, stderr}));
	});
}

describe('--dns DOMAIN [--ip IP] [--selector S] [--doh URL]', () => {
	let server: DohServer;
	beforeAll(async () => {
		server = await startDohServer(ZONE);
	});
	afterAll(() => server.close());

	it('parses the options, and refuses them with inputs or other modes', () => {
		expect(parseArgs(['--dns', 'sender.example', '--ip=203.0.113.7', '--doh', 'http://127.0.0.1:1/q', '--json'])).toMatchObject({ok: true, options: {format: 'json', dns: {domain: 'sender.example', ip: '203.0.113.7', doh: 'http://127.0.0.1:1/q'}}});
		expect(parseArgs(['--ip', '203.0.113.7'])).toMatchObject({ok: false});
		expect(parseArgs(['--dns', 'sender.example', 'bounce.eml'])).toMatchObject({ok: false});
		expect(parseArgs(['--dns', 'sender.example', '--csv'])).toMatchObject({ok: false});
		expect(parseArgs(['--dns'])).toMatchObject({ok: false, error: '--dns needs a value.'});
	});

	it('returns the parsed records as one JSON object, asking only the given resolver', async () => {
		const before = server.asked.length;
		const {status, stdout, stderr} = await cliAsync(['--dns', 'sender.example', '--ip', '203.0.113.7', '--selector', 's1', '--doh', server.url, '--json']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		const out = JSON.parse(lines[0]!);
		expect(out).toMatchObject({
			resolver: server.url, domain: 'sender.example', ip: '203.0.113.7', selector: 's1',
			mx: {status: 'ok', hosts: [{preference: 5, exchange: 'mx0.sender.example'}, {preference: 10, exchange: 'mx1.sender.example'}]},
			spf: {lookups: 7, overLimit: false, all: '~', result: 'softfail'},
			dmarc: {status: 'ok', record: {p: 'reject', sp: 'quarantine', adkim: 's', aspf: 'r', pct: 50}},
			dkim: {status: 'key', keyBytes: 294},
			ptr: {status: 'ok', confirmed: ['mail.sender.example']},
			blocklists: [{list: 'spamhaus', status: 'refused'}, {list: 'barracuda', status: 'listed'}, {list: 'spamcop', status: 'clear'}],
		});
		expect(out.findings.length).toBeGreaterThan(5);
		expect(out.queries).toBe(server.asked.length - before);
	});

	it('prints findings for a person, and says what is wrong with a bad token (exit 2, nothing asked)', async () => {
		const human = await cliAsync(['--dns', 'nomail.example', '--doh', server.url]);
		expect(human.status).toBe(0);
		const text = human.stdout.replace(/\s+/g, ' ');
		expect(text).toMatch(/^DNS checks of nomail\.example through http:\/\/127\.0\.0\.1:\d+\/dns-query \(\d+ queries\):/);
		expect(text).toContain('PROBLEM mx nomail.example publishes a null MX: it accepts no mail at all (RFC 7505)');
		const before = server.asked.length;
		const bad = await cliAsync(['--dns', 'sender.example', '--ip', '203.0.113.7.evil.example', '--doh', server.url]);
		expect(bad).toMatchObject({status: 2, stdout: ''});
		expect(bad.stderr).toMatch(/^Not an IPv4 or IPv6 address/);
		const badUrl = await cliAsync(['--dns', 'sender.example', '--doh', 'http://dns.example/resolve']);
		expect(badUrl.status).toBe(2);
		expect(badUrl.stderr).toMatch(/not a usable DNS-over-HTTPS URL/);
		expect(server.asked.length).toBe(before);
	});

	it('says so when the resolver cannot be reached, rather than that each record failed (exit 1)', async () => {
		for (const args of [[], ['--json']]) {
			const run = await cliAsync(['--dns', 'sender.example', '--ip', '203.0.113.7', '--doh', 'http://127.0.0.1:1/dns-query', ...args]);
			expect(run).toMatchObject({status: 1, stdout: ''});
			expect(run.stderr).toMatch(/^The resolver http:\/\/127\.0\.0\.1:1\/dns-query could not be reached \(.+\): no DNS check was made\.\n$/);
		}
	});
});
