import {describe, expect, it} from 'vitest';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs, USAGE} from '../../src/cli/options';
import {tempDir} from './helpers';

describe('parseArgs', () => {
	it('keeps inputs and --files-from sources in their order, and picks the format', () => {
		const list = join(tempDir(), 'list');
		writeFileSync(list, '');
		expect(parseArgs(['--json', 'a.eml', '--files-from', list, '-', '--files-from=-x'.replace('-x', list)])).toEqual({
			ok: true,
			options: {format: 'json', json: true, explanations: false, jobs: undefined, sources: [{type: 'arg', value: 'a.eml'}, {type: 'files-from', value: list}, {type: 'arg', value: '-'}, {type: 'files-from', value: list}]},
		});
		expect(parseArgs(['--csv'])).toMatchObject({ok: true, options: {format: 'csv'}});
		expect(parseArgs(['--summary', '--json'])).toMatchObject({ok: true, options: {format: 'summary', json: true}});
		expect(parseArgs(['--', '--json'])).toMatchObject({ok: true, options: {format: 'human', sources: [{type: 'arg', value: '--json'}]}});
		expect(parseArgs(['--jobs', '4', 'a.eml'])).toMatchObject({ok: true, options: {jobs: 4, sources: [{type: 'arg', value: 'a.eml'}]}});
		expect(parseArgs(['--jobs=2'])).toMatchObject({ok: true, options: {jobs: 2}});
		// Not given: the run's default (pool.ts defaultThreads), not a number chosen here.
		expect(parseArgs(['a.eml'])).toMatchObject({ok: true, options: {jobs: undefined}});
	});

	it('refuses what cannot work, saying why', () => {
		expect(parseArgs(['--csv', '--summary'])).toEqual({ok: false, error: '--csv and --summary cannot be combined.'});
		expect(parseArgs(['--csv', '--json'])).toMatchObject({ok: false, error: expect.stringMatching(/cannot be combined/)});
		expect(parseArgs(['--files-from'])).toMatchObject({ok: false, error: expect.stringMatching(/needs a FILE/)});
		expect(parseArgs(['--files-from', '/nonexistent/list'])).toEqual({ok: false, error: '--files-from /nonexistent/list: no such file.'});
		expect(parseArgs(['--files-from', '-', '-'])).toMatchObject({ok: false, error: expect.stringMatching(/only once/)});
		expect(parseArgs(['--frobnicate'])).toEqual({ok: false, error: 'Unknown option --frobnicate.'});
		expect(parseArgs(['-h'])).toEqual({ok: false, help: true});
		expect(parseArgs(['--json', '--version', 'x'])).toEqual({ok: false, version: true});
		for (const jobs of [['--jobs'], ['--jobs', '0'], ['--jobs', 'two'], ['--jobs=-1'], ['--jobs', '1000']]) {
			expect(parseArgs(jobs)).toEqual({ok: false, error: '--jobs needs a number of threads from 1 to 999.'});
		}
	});

	it('documents every option and what "to suppress" means', () => {
		for (const option of ['--json', '--explanations', '--csv', '--summary', '--files-from', '--jobs', '--version', '--help']) expect(USAGE).toContain(option);
		expect(USAGE).toMatch(/NUL bytes is read one path per NUL \(find … -print0\)/);
		expect(USAGE).toMatch(/addresses to suppress — recipients whose delivery failed for good\s+with a hard\s+bounce/);
		expect(USAGE).toMatch(/512 KiB read of each input/);
		expect(USAGE).toMatch(/1 MiB per JSON line/);
	});
});
