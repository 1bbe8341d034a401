// The gzip bench's mbox: the copies written one after another, read back by the CLI's reader as the
// same messages.
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeMbox} from '../../bench/gzip.bench';
import {mboxMessages} from '../../src/cli/mbox-lines';
import {tempDir} from '../cli/helpers';

describe('writeMbox', () => {
	it('writes each file behind a From_ line, its own "From " lines quoted, so the reader gives the files back', () => {
		const dir = tempDir();
		const folder = join(dir, 'emails');
		mkdirSync(folder);
		const files = ['Subject: one\r\n\r\nbody\r\n', 'Subject: two\n\nFrom the start of a line\n>From quoted already\n', 'Subject: three\n\nno line end'];
		files.forEach((content, i) => writeFileSync(join(folder, `${i}.eml`), content));
		const path = join(dir, 'all.mbox');
		expect(writeMbox(folder, path)).toBe(readFileSync(path).length);
		const messages = [...mboxMessages([readFileSync(path)])].map(m => Buffer.from(m.bytes).toString('latin1'));
		expect(messages.map(m => m.replace(/^From MAILER-DAEMON [^\n]*\n/, '').replace(/\n\n$/, '\n'))).toEqual([
			'Subject: one\n\nbody\n',
			'Subject: two\n\n>From the start of a line\n>>From quoted already\n',
			'Subject: three\n\nno line end\n',
		]);
	});
});
