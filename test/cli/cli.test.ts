import {describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tempDir} from './helpers';

const root = new URL('../../', import.meta.url).pathname;

function cli(args: string[], input?: string) {
	const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], {cwd: root, input, encoding: 'utf8'});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('CLI contract', () => {
	it('prints one JSON line per code input with severity and title', () => {
		const {status, stdout} = cli(['--json', '5.7.26', '550 5.1.1', '4.4.316', '5.7.999']);
		expect(status).toBe(0);
		const lines = stdout.trim().split('\n').map(line => JSON.parse(line));
		expect(lines).toHaveLength(4);
		expect(lines.map(l => l.input)).toEqual(['5.7.26', '550 5.1.1', '4.4.316', '5.7.999']);
		expect(lines.map(l => l.explanation.severity)).toEqual(['permanent', 'permanent', 'transient', 'permanent']);
		for (const line of lines) {
			expect(line.kind).toBe('code');
			expect(line.explanation.title.length).toBeGreaterThan(5);
			expect(Array.isArray(line.recipients)).toBe(true);
			expect(line.codes.length).toBeGreaterThan(0);
			expect(line.codes[0]).toEqual(expect.objectContaining({start: expect.any(Number), end: expect.any(Number), title: expect.any(String), severity: expect.any(String)}));
		}
	});

	it('decodes a bounce text from standard input', () => {
		const text = 'This is the mail system at host mail.example.org.\n\n<nobody@example.com>: host mx.example.com[192.0.2.7] said: 550 5.1.1\n    <nobody@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n';
		const {status, stdout} = cli(['--json', '-'], text);
		expect(status).toBe(0);
		const line = JSON.parse(stdout.trim());
		expect(line.input).toBe('-');
		expect(line.kind).toBe('bounce');
		expect(line.codes.map((c: {code: string}) => c.code)).toEqual(expect.arrayContaining(['550', '5.1.1']));
	});

	it('explains a single reply line in its provider’s terms', () => {
		const {status, stdout} = cli(['--json', '--explanations', '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred']);
		expect(status).toBe(0);
		const [spamhaus, yahoo] = stdout.trim().split('\n').map(line => JSON.parse(line));
		expect(spamhaus.explanations[0].provider.id).toBe('spamhaus');
		expect(spamhaus.summary).toMatch(/Spamhaus/);
		expect(yahoo.explanations[0].provider.id).toBe('yahoo');
		expect(yahoo.codes.find((c: {code: string}) => c.code === 'TSS04').title).toMatch(/TSS04|Yahoo/);
	});

	it('leaves a text’s explanations[] out of --json unless asked (codes[] has each title and severity either way)', () => {
		const reply = '550 5.1.1 <a@example.com>: Recipient address rejected: User unknown';
		const plain = JSON.parse(cli(['--json', reply]).stdout);
		expect(Object.keys(plain)).toEqual(['input', 'kind', 'summary', 'recipients', 'codes']);
		expect(plain.codes.map((c: {title: string}) => c.title)).toEqual([expect.any(String), expect.any(String)]);
		const full = JSON.parse(cli(['--json', '--explanations', reply]).stdout);
		expect(full.explanations[0].code).toBe('550 5.1.1');
		expect({...full, explanations: undefined}).toEqual({...plain, explanations: undefined});
	});

	it('gives every token of a reply the reply’s own reading (codes[] as DESIGN.md has it)', () => {
		const {status, stdout} = cli(['--json', '452 4.5.3 Too many recipients']);
		expect(status).toBe(0);
		const line = JSON.parse(stdout.trim());
		expect(line.codes).toEqual([
			{code: '452', kind: 'reply', start: 0, end: 3, title: 'Too many recipients', severity: 'transient'},
			{code: '4.5.3', kind: 'enhanced', start: 4, end: 9, title: 'Too many recipients', severity: 'transient'},
		]);
	});

	it('reads a provider’s numbered code as a code, in the provider’s terms', () => {
		const {status, stdout} = cli(['--json', 'AUP#I-1310', 'OFR_506']);
		expect(status).toBe(0);
		const [spectrum, orange] = stdout.trim().split('\n').map(line => JSON.parse(line));
		expect(spectrum).toMatchObject({kind: 'code', explanation: {kind: 'provider-tag', reason: 'toomanyconn'}});
		expect(spectrum.summary).toMatch(/^AUP#I-1310 \(Spectrum/);
		expect(orange).toMatchObject({kind: 'code', explanation: {reason: 'spamdetected'}});
	});

	it('reads the registry notation X.1.1 and every tag form the page marks as codes', () => {
		const {status, stdout, stderr} = cli(['--json', 'X.1.1', 'AS(2005)', 'S2017062302', 'X.9.1']);
		expect(status).toBe(2);
		const [registry, antiSpam, outlook, bad] = stdout.trim().split('\n').map(line => JSON.parse(line));
		expect(registry).toMatchObject({kind: 'code', explanation: {code: '5.1.1', severity: 'permanent'}});
		expect(registry.explanation.notes[0]).toMatch(/class-independent form: 5\.1\.1 is its permanent form .* 4\.1\.1 its transient one/);
		expect(antiSpam).toMatchObject({kind: 'invalid', error: expect.stringMatching(/^“AS\(2005\)” is a Microsoft anti-spam rule tag/)});
		expect(outlook).toMatchObject({kind: 'invalid', error: expect.stringMatching(/Outlook\.com tag/)});
		expect(bad).toMatchObject({kind: 'invalid', error: expect.stringMatching(/^“X\.9\.1” is not an enhanced status code: the subject/)});
		expect(stderr).toMatch(/X\.9\.1/);
	});

	it('answers a missing file, an empty input and binary data with one line on stderr and exit 2', () => {
		const dir = tempDir();
		const binary = join(dir, 'garbage.eml');
		writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7, 8]));
		for (const args of [['missing/file.eml'], [binary], ['-']]) {
			const {status, stderr, stdout} = cli(args, '');
			expect(status).toBe(2);
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
			expect(stdout).toBe('');
		}
	});

	it('keeps the JSON line count equal to the input count when one input is bad', () => {
		const {status, stdout} = cli(['--json', '5.1.1', '5.9.1', '421']);
		expect(status).toBe(2);
		const lines = stdout.trim().split('\n').map(line => JSON.parse(line));
		expect(lines.map(l => l.kind)).toEqual(['code', 'invalid', 'code']);
		expect(lines[1].error).toMatch(/subject/);
	});

	it('rejects an unknown option with usage', () => {
		const {status, stderr} = cli(['--frobnicate']);
		expect(status).toBe(2);
		// The error and the usage lines, not every option's text.
		expect(stderr.split('\n').slice(0, 2)).toEqual(['Unknown option --frobnicate.', expect.stringMatching(/^Usage: /)]);
		expect(stderr).toMatch(/--help lists every option\.\n$/);
		expect(stderr.trim().split('\n').length).toBeLessThan(8);
	});

	it('prints its version, the package\'s, with --version (exit 0, nothing on stderr)', () => {
		const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};
		expect(cli(['--version'])).toEqual({status: 0, stdout: `bounce-decoder ${version}\n`, stderr: ''});
	});
});
