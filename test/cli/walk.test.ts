import {describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {walk} from '../../src/cli/walk';
import {tempDir} from './helpers';

function tree(files: string[]): string {
	const dir = tempDir();
	for (const file of files) {
		mkdirSync(join(dir, file, '..'), {recursive: true});
		if (!file.endsWith('/')) writeFileSync(join(dir, file), 'x');
	}
	return dir;
}

const walked = (dir: string) => [...walk(dir)].map(e => (e.error ? `${relative(dir, e.path)}: ${e.error}` : relative(dir, e.path)));

describe('walk: the files below a folder', () => {
	it('gives every file below it, in name order, skipping dotfiles and dot-folders', () => {
		const dir = tree(['b.eml', 'a/2.eml', 'a/1.eml', 'a/deep/er/x.txt', '.DS_Store', '.git/HEAD', 'tmp/kept.eml']);
		expect(walked(dir)).toEqual(['a/1.eml', 'a/2.eml', 'a/deep/er/x.txt', 'b.eml', 'tmp/kept.eml']);
	});

	it('reads a Maildir’s cur/ and new/ and its Maildir++ folders, not tmp/ nor its bookkeeping files', () => {
		const dir = tree(['cur/1:2,S', 'new/2', 'tmp/3', 'dovecot-uidlist', 'maildirfolder', '.Sent/cur/4', '.Sent/tmp/5', '.Trash/new/6', '.hidden/x']);
		expect(walked(dir)).toEqual(['.Sent/cur/4', '.Trash/new/6', 'cur/1:2,S', 'new/2']);
		// A Maildir found inside an ordinary folder is read the same way.
		const outer = tree(['inbox/cur/1', 'inbox/tmp/2', 'notes.txt']);
		expect(walked(outer)).toEqual(['inbox/cur/1', 'notes.txt']);
	});

	it('takes a folder whose cur/ is a link to a folder for a Maildir, and not one whose cur/ is a file', () => {
		const store = tree(['real/1', 'real/2']);
		const linked = tree(['new/3', 'notes.txt']);
		symlinkSync(join(store, 'real'), join(linked, 'cur'));
		expect(walked(linked)).toEqual(['cur/1', 'cur/2', 'new/3']);
		const plain = tree(['cur', 'notes.txt']);
		expect(walked(plain)).toEqual(['cur', 'notes.txt']);
	});

	it('says what a named pipe and a broken link are, and reads a folder reached twice once', () => {
		const dir = tree(['sub/a.eml']);
		execFileSync('mkfifo', [join(dir, 'pipe')]);
		symlinkSync('nowhere', join(dir, 'broken'));
		symlinkSync(join(dir, 'sub'), join(dir, 'sub/loop'));
		symlinkSync(join(dir, 'sub/a.eml'), join(dir, 'link.eml'));
		expect(walked(dir)).toEqual([
			'broken: a symbolic link to nothing (no such file or folder).',
			'link.eml',
			'pipe: a named pipe (FIFO), not a file: skipped in a folder.',
			'sub/a.eml',
		]);
	});
});
