// The CLI across the process, as bulk users run it: exit codes, what reaches standard error, pipes.
import {describe, expect, it} from 'vitest';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {bounce, cli, jsonLines, mbox, tempDir} from './helpers';

describe('bulk inputs, one process', () => {
	it('reads a folder (Maildir included), an mbox per message and --files-from, one JSON line each, nothing on stderr', () => {
		const dir = tempDir();
		for (const sub of ['Maildir/cur', 'Maildir/new', 'Maildir/tmp', 'other']) mkdirSync(join(dir, sub), {recursive: true});
		writeFileSync(join(dir, 'Maildir/cur/1:2,S'), bounce('cur@b.example'));
		writeFileSync(join(dir, 'Maildir/new/2'), bounce('new@b.example'));
		writeFileSync(join(dir, 'Maildir/tmp/3'), bounce('tmp@b.example'));
		writeFileSync(join(dir, 'other/box.mbox'), mbox([bounce('m1@b.example'), bounce('m2@b.example', '5.2.2'), bounce('m3@b.example')]));
		writeFileSync(join(dir, 'list'), `${join(dir, 'other/box.mbox')}\n${join(dir, 'Maildir/new/2')}\n`);
		const {status, stdout, stderr} = cli(['--json', join(dir, 'Maildir'), '--files-from', join(dir, 'list')]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const lines = jsonLines(stdout);
		expect(lines.map(l => [l.message ?? 0, (l.recipients as {recipient: string}[])[0]!.recipient])).toEqual([
			[0, 'cur@b.example'],
			[0, 'new@b.example'],
			[1, 'm1@b.example'],
			[2, 'm2@b.example'],
			[3, 'm3@b.example'],
			[0, 'new@b.example'],
		]);
		expect(Object.keys(lines[2]!).slice(0, 3)).toEqual(['input', 'message', 'kind']);
	});

	it('gives --csv one row per recipient and --summary the addresses to suppress, over standard input', () => {
		const box = mbox([bounce('gone@b.example'), bounce('full@b.example', '4.2.2', '452 4.2.2 Mailbox full'), bounce('=evil@b.example')]);
		const csv = cli(['--csv', '-'], {input: box});
		expect(csv.status).toBe(0);
		const rows = csv.stdout.split('\r\n').filter(Boolean);
		expect(rows[0]).toBe('input,message,recipient,action,status,replyCode,reason,hardBounce,provider,remoteMta,diagnostic');
		expect(rows.slice(1).map(r => r.split(',').slice(0, 3).join(','))).toEqual(['-,1,gone@b.example', '-,2,full@b.example', "-,3,'=evil@b.example"]);
		const summary = cli(['--summary', '--json', '-'], {input: box});
		expect(summary.status).toBe(0);
		expect(JSON.parse(summary.stdout)).toMatchObject({inputs: 3, recipients: 3, suppress: ['=evil@b.example', 'gone@b.example']});
	});

	it('takes more file arguments than npm run can pass (4,000 paths, over 128 KiB)', () => {
		const dir = tempDir();
		const file = join(dir, `a-file-name-long-enough-to-count-${'x'.repeat(20)}.txt`);
		writeFileSync(file, '550 5.1.1 user unknown');
		const args = Array.from({length: 4000}, () => file);
		expect(args.join(' ').length).toBeGreaterThan(128 * 1024);
		const {status, stdout, stderr} = cli(['--json', ...args]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(jsonLines(stdout)).toHaveLength(4000);
	}, 60_000);
});

describe('robust on real bulk input', () => {
	it('says what a missing path, a folder’s named pipe and an empty file are; a 40 MB input gets its line and so does the next', () => {
		const dir = tempDir();
		const big = join(dir, 'big.txt');
		writeFileSync(big, '<nobody@example.com>: host mx.example.com[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n'.repeat(380_000));
		mkdirSync(join(dir, 'folder'));
		writeFileSync(join(dir, 'folder/empty.eml'), '');
		const {status, stdout, stderr} = cli([], {
			shell: `mkfifo '${dir}/folder/pipe' && CLI --json missing/bounce.eml '${dir}/nope.eml' '${big}' '${dir}/folder' 5.1.1`,
		});
		expect(status).toBe(2);
		expect(stderr.trim().split('\n')).toEqual([
			'missing/bounce.eml: no such file or folder.',
			`${dir}/nope.eml: no such file or folder.`,
			`${dir}/folder/empty.eml: empty input, nothing to decode.`,
			`${dir}/folder/pipe: a named pipe (FIFO), not a file: skipped in a folder.`,
		]);
		const lines = jsonLines(stdout);
		expect(lines.map(l => l.kind)).toEqual(['invalid', 'invalid', 'bounce', 'invalid', 'invalid', 'code']);
		expect(lines[2]).toMatchObject({inputTruncated: true, codesTruncated: true});
		for (const line of stdout.split('\n')) expect(line.length).toBeLessThan(1024 * 1024);
	}, 60_000);

	it('reads a named pipe given as an argument, and refuses only mostly-binary data', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'nul.eml'), `${bounce('a@b.example')}\0`);
		writeFileSync(join(dir, 'random.bin'), Buffer.from(Array.from({length: 5000}, (_, i) => (i * 7919) % 256)));
		const {status, stdout, stderr} = cli([], {shell: `mkfifo '${dir}/fifo' && (cat '${dir}/nul.eml' > '${dir}/fifo' &) && CLI --json '${dir}/fifo' '${dir}/nul.eml' '${dir}/random.bin'`});
		expect(stderr.trim()).toBe(`${dir}/random.bin: looks like binary data, not an email or text.`);
		expect(status).toBe(2);
		expect(jsonLines(stdout).map(l => l.kind)).toEqual(['bounce', 'bounce', 'invalid']);
	});

	it('reads gzip-compressed mboxes and messages (a file, standard input, a long run’s files) as what they hold, and says where one is cut', () => {
		const dir = tempDir();
		const box = mbox([bounce('m1@b.example'), bounce('m2@b.example'), bounce('m3@b.example')]);
		writeFileSync(join(dir, 'box.mbox.gz'), gzipSync(box));
		writeFileSync(join(dir, 'one.eml.gz'), gzipSync(bounce('one@b.example')));
		const compressed = gzipSync(mbox(Array.from({length: 200}, (_, i) => bounce(`cut${i}@b.example`))));
		writeFileSync(join(dir, 'cut.mbox.gz'), compressed.subarray(0, compressed.length - 200));
		const run = cli(['--csv', join(dir, 'box.mbox.gz'), join(dir, 'one.eml.gz'), join(dir, 'cut.mbox.gz')]);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(new RegExp(`^${join(dir, 'cut.mbox.gz')}: the gzip data ends early \\(a cut or partly copied file\\): the [\\d,]+ bytes before the cut were read\\.\\n$`));
		const rows = run.stdout.split('\r\n').filter(Boolean).slice(1).map(r => r.split(',').slice(1, 3).join(','));
		expect(rows.slice(0, 6)).toEqual(['1,m1@b.example', '2,m2@b.example', '3,m3@b.example', ',one@b.example', '1,cut0@b.example', '2,cut1@b.example']);
		expect(rows.length).toBeGreaterThan(150);
		const piped = cli(['--json', '-'], {input: gzipSync(box)});
		expect(piped.stderr).toBe('');
		expect(jsonLines(piped.stdout).map(l => l.message)).toEqual([1, 2, 3]);
		// Past 256 files the reader thread reads them: the small compressed ones too.
		const many = join(dir, 'many');
		mkdirSync(many);
		for (let i = 0; i < 300; i++) writeFileSync(join(many, `${String(i).padStart(3, '0')}.eml.gz`), gzipSync(bounce(`user${i}@b.example`)));
		const long = cli(['--jobs', '1', '--csv', many]);
		expect(long.stderr).toBe('');
		expect(long.stdout.split('\r\n').filter(Boolean).slice(1).map(r => r.split(',')[2])).toEqual(Array.from({length: 300}, (_, i) => `user${i}@b.example`));
	});

	it('reads a bounce saved as UTF-16 text (half NUL bytes) as the text it is, in a short run and in a long one', () => {
		const dir = tempDir();
		const wide = Buffer.from(`\uFEFF${bounce('wide@b.example').replace(/\r?\n/g, '\r\n')}`, 'utf16le');
		writeFileSync(join(dir, 'saved.txt'), wide);
		const short = cli(['--json', join(dir, 'saved.txt')]);
		expect(short.stderr).toBe('');
		expect(jsonLines(short.stdout).map(l => [l.kind, (l.recipients as {recipient: string}[])[0]?.recipient])).toEqual([['bounce', 'wide@b.example']]);
		// Past 256 files the reader thread reads them, and finds the UTF-16 one binary by its NUL bytes.
		for (let i = 0; i < 300; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.eml`), bounce(`user${i}@b.example`));
		const long = cli(['--jobs', '1', '--csv', dir]);
		expect(long.stderr).toBe('');
		expect(long.stdout).toContain(`${join(dir, 'saved.txt')},,wide@b.example,failed`);
	});

	it('ends quietly when its output pipe closes (| head -1): no stack trace, exit 0', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'box.mbox'), mbox(Array.from({length: 400}, (_, i) => bounce(`u${i}@b.example`))));
		const {stdout, stderr} = cli([], {shell: `(CLI --json '${dir}/box.mbox'; echo "exit=$?" >&2) | head -1`});
		expect(jsonLines(stdout)).toHaveLength(1);
		expect(stderr.trim()).toBe('exit=0');
	}, 60_000);

	it.runIf(existsSync('/dev/full'))('says in one line when its output cannot be written (a full disk), exit 2', () => {
		const {status, stderr} = cli([], {shell: 'CLI --json 5.1.1 > /dev/full'});
		expect(status).toBe(2);
		expect(stderr).toBe('cannot write the output (ENOSPC).\n');
	});
});
