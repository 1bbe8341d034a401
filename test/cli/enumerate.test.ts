import {describe, expect, it} from 'vitest';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {enumerate, itemsOf, type Source} from '../../src/cli/enumerate';
import {bounce, mbox, tempDir} from './helpers';

const arg = (value: string): Source => ({type: 'arg', value});

/** The items of a run's jobs (a file's, read by whichever thread does the job). */
function summary(sources: Source[]): string[] {
	return [...enumerate(sources)].flatMap(job => [...itemsOf(job)]).map(i => `${i.label}${i.message ? `#${i.message}` : ''} ${i.type}${i.type === 'error' ? `: ${i.error}` : ''}`);
}

describe('enumerate: every item of a run, in the order of its sources', () => {
	it('leaves a regular file to be read by its path, by the thread that does the job', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'a.eml'), bounce('a@b.example'));
		expect([...enumerate([arg('550'), arg(dir), arg(join(dir, 'a.eml'))])]).toEqual([{label: '550', type: 'code', value: '550'}, {type: 'path', label: join(dir, 'a.eml')}, {type: 'path', label: join(dir, 'a.eml')}]);
	});

	it('mixes codes, texts, files, folders and mboxes in argument order', () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'box'));
		writeFileSync(join(dir, 'box/1.eml'), bounce('a@b.example'));
		writeFileSync(join(dir, 'box/2.mbox'), mbox([bounce('c@d.example'), bounce('e@f.example')]));
		writeFileSync(join(dir, 'one.eml'), bounce('g@h.example'));
		expect(summary([arg('5.1.1'), arg(join(dir, 'box')), arg('user unknown'), arg(join(dir, 'one.eml'))])).toEqual([
			'5.1.1 code',
			`${dir}/box/1.eml content`,
			`${dir}/box/2.mbox#1 content`,
			`${dir}/box/2.mbox#2 content`,
			'user unknown content',
			`${dir}/one.eml content`,
		]);
	});

	it('reads --files-from one path per line (blank lines skipped), each path read as a path', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'a.eml'), bounce('a@b.example'));
		mkdirSync(join(dir, 'sub'));
		writeFileSync(join(dir, 'sub/b'), bounce('c@d.example'));
		writeFileSync(join(dir, 'list'), `${dir}/a.eml\r\n\n${dir}/sub\n${dir}/missing\n550\n`);
		expect(summary([{type: 'files-from', value: join(dir, 'list')}])).toEqual([
			`${dir}/a.eml content`,
			`${dir}/sub/b content`,
			`${dir}/missing error: no such file or folder.`,
			'550 error: no such file or folder.',
		]);
	});

	it('reads a NUL-separated --files-from list (find -print0), a name with a line break included', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'two\nlines.eml'), bounce('a@b.example'));
		writeFileSync(join(dir, 'b.eml'), bounce('c@d.example'));
		writeFileSync(join(dir, 'list'), `${dir}/two\nlines.eml\0${dir}/b.eml\0`);
		expect(summary([{type: 'files-from', value: join(dir, 'list')}])).toEqual([`${dir}/two\nlines.eml content`, `${dir}/b.eml content`]);
	});

	it('says that a symbolic link leads nowhere, given as an argument or listed, as in a folder', () => {
		const dir = tempDir();
		symlinkSync(join(dir, 'gone.eml'), join(dir, 'link.eml'));
		symlinkSync('gone', join(dir, 'link'));
		writeFileSync(join(dir, 'list'), `${dir}/link\n`);
		expect(summary([arg(join(dir, 'link.eml')), arg(join(dir, 'link')), {type: 'files-from', value: join(dir, 'list')}])).toEqual([
			`${dir}/link.eml error: a symbolic link to nothing (no such file or folder).`,
			`${dir}/link error: a symbolic link to nothing (no such file or folder).`,
			`${dir}/link error: a symbolic link to nothing (no such file or folder).`,
		]);
	});

	it('tells a missing path-like argument from a text', () => {
		expect(summary([arg('nosuch/dir/x.eml'), arg('nosuch.eml'), arg('no such thing')])).toEqual([
			'nosuch/dir/x.eml error: no such file or folder.',
			'nosuch.eml error: no such file or folder.',
			'no such thing content',
		]);
	});
});
