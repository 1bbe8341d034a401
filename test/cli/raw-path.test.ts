import {mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {AmbiguousName, onDisk, rawPath} from '../../src/cli/raw-path';
import {bounce, cli, jsonLines, tempDir} from './helpers';

// `Grüße.eml` as a Latin-1 system names it: ü and ß are one byte each, not UTF-8.
const LATIN1 = Buffer.from('Gr\xfc\xdfe.eml', 'latin1');
// How the command reads that name as text: each byte that is not UTF-8 is U+FFFD.
const READ = LATIN1.toString('utf8');

/** A folder holding these files, each named by its bytes. */
function folder(files: [Buffer, string][]): string {
	const dir = tempDir();
	for (const [name, content] of files) writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), content);
	return dir;
}

describe('rawPath', () => {
	it('finds the bytes of a name that is not UTF-8 from the text it reads as', () => {
		expect(READ).toBe('Gr\uFFFD\uFFFDe.eml');
		const dir = folder([[LATIN1, 'x']]);
		expect(rawPath(join(dir, READ))).toEqual(Buffer.concat([Buffer.from(`${dir}/`), LATIN1]));
	});

	it('finds such a name in a folder whose own name is not UTF-8', () => {
		const dir = tempDir();
		const sub = Buffer.from('caf\xe9', 'latin1');
		mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), sub]));
		writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), sub, Buffer.from('/'), LATIN1]), 'x');
		const text = `${dir}/${sub.toString('utf8')}/${READ}`;
		expect(statSync(rawPath(text)!).size).toBe(1);
	});

	it('leaves alone a path without U+FFFD, and one that names nothing', () => {
		const dir = folder([[LATIN1, 'x']]);
		expect(rawPath(join(dir, 'Grüße.eml'))).toBeUndefined();
		expect(rawPath(join(dir, 'X\uFFFD.eml'))).toBeUndefined();
		expect(rawPath(join(dir, 'gone', READ))).toBeUndefined();
	});

	it('tells when several names read as the same text', () => {
		const dir = folder([
			[LATIN1, 'x'],
			[Buffer.from('Gr\xfe\xdfe.eml', 'latin1'), 'y'],
		]);
		expect(() => rawPath(join(dir, READ))).toThrow(AmbiguousName);
		expect(() => rawPath(join(dir, READ))).toThrow('2 names in its folder are not UTF-8 and read as this one: rename them to read them.');
	});
});

describe('onDisk', () => {
	it('uses the path as it is when it names a file, and its bytes only when it names nothing', () => {
		const dir = folder([[LATIN1, 'latin'], [Buffer.from('plain.eml'), 'plain']]);
		const seen: (string | Buffer)[] = [];
		const size = (path: string) => onDisk(path, p => (seen.push(p), statSync(p).size));
		expect(size(join(dir, 'plain.eml'))).toBe(5);
		expect(size(join(dir, READ))).toBe(5);
		expect(seen.map(p => typeof p)).toEqual(['string', 'string', 'object']);
	});

	it('throws what the file system said where nothing can be found', () => {
		const dir = tempDir();
		expect(() => onDisk(join(dir, 'gone.eml'), p => statSync(p))).toThrow(expect.objectContaining({code: 'ENOENT'}));
		expect(() => onDisk(join(dir, 'gone\uFFFD.eml'), p => statSync(p))).toThrow(expect.objectContaining({code: 'ENOENT'}));
	});
});

describe('the command', () => {
	it('decodes a file whose name is not UTF-8, given as an argument or found in a folder', () => {
		const dir = folder([[LATIN1, bounce('alice@example.org')]]);
		const given = cli(['--json', join(dir, READ)]);
		expect(given.stderr).toBe('');
		expect(jsonLines(given.stdout).map(line => [line.input, line.kind])).toEqual([[join(dir, READ), 'bounce']]);
		const walked = cli(['--json', dir]);
		expect(walked.stderr).toBe('');
		expect(jsonLines(walked.stdout).map(line => [line.input, line.kind])).toEqual([[join(dir, READ), 'bounce']]);
		const relative = cli(['--json', READ], {cwd: dir});
		expect(relative.stderr).toBe('');
		expect(jsonLines(relative.stdout).map(line => [line.input, line.kind])).toEqual([[READ, 'bounce']]);
	});

	it('reads a --files-from list whose name, and the paths it lists, are not UTF-8', () => {
		const dir = folder([[LATIN1, bounce('alice@example.org')]]);
		const list = Buffer.from('list-\xe9.txt', 'latin1');
		writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), list]), Buffer.concat([Buffer.from(`${dir}/`), LATIN1, Buffer.from('\n')]));
		const run = cli(['--json', '--files-from', join(dir, list.toString('utf8'))]);
		expect(run.stderr).toBe('');
		expect(jsonLines(run.stdout).map(line => [line.input, line.kind])).toEqual([[join(dir, READ), 'bounce']]);
	});

	it('reads such a file in a long run, where a reader thread reads the others ahead', () => {
		const files: [Buffer, string][] = Array.from({length: 299}, (_, i) => [Buffer.from(`${String(i).padStart(3, '0')}.eml`), bounce(`user${i}@example.org`)]);
		const dir = folder([...files, [LATIN1, bounce('alice@example.org')]]);
		const run = cli(['--jobs', '1', '--csv', dir]);
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain(`${join(dir, READ)},,alice@example.org,failed`);
		expect(run.stdout.trim().split('\n')).toHaveLength(301);
	});

	it('says that a name can be several files, rather than that there is none', () => {
		const dir = folder([
			[LATIN1, bounce('alice@example.org')],
			[Buffer.from('Gr\xfe\xdfe.eml', 'latin1'), bounce('bob@example.org')],
		]);
		const run = cli(['--json', dir]);
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(`${join(dir, READ)}: 2 names in its folder are not UTF-8 and read as this one: rename them to read them.\n`.repeat(2));
	});
});
