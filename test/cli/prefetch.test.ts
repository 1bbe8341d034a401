import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import type {Job} from '../../src/cli/enumerate';
import type {Item} from '../../src/cli/inputs';
import {START_AFTER} from '../../src/cli/threads';
import {readItems} from '../../src/cli/prefetch';
import {readerThread} from '../../src/cli/reader-thread';
import type * as ReaderThread from '../../src/cli/reader-thread';
import {bounce, mbox, tempDir} from './helpers';

vi.mock('../../src/cli/reader-thread', async original => {
	const actual = await original<typeof ReaderThread>();
	return {...actual, readerThread: vi.fn(actual.readerThread)};
});

/** The size of read.ts's slab, which the main thread reads small files into. */
const SLAB = 1024 * 1024;

/** An item as plain data, its bytes as text, to compare two ways of reading. */
function plain(item: Item): Record<string, unknown> {
	if (item.type !== 'content') return {...item};
	return {...item, value: Buffer.from(item.value).toString('latin1')};
}

/** Blocks this thread for `ms`: the reader thread reads meanwhile (its answers are taken synchronously). */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The items of the jobs, read with a reader thread, pausing now and then so that it keeps ahead. */
function prefetched(jobs: Job[]): Item[] {
	const items: Item[] = [];
	for (const item of readItems(jobs, START_AFTER, true)) {
		items.push(item);
		if (items.length % 8 === 0) pause(items.length === START_AFTER ? 500 : 30);
	}
	return items;
}

/** A folder of bounces with, past the point where a reader starts, every kind of file a run may meet. */
function folder(): Job[] {
	const dir = tempDir();
	const paths: string[] = [];
	const add = (name: string, content: string | Uint8Array) => {
		writeFileSync(join(dir, name), content);
		paths.push(join(dir, name));
	};
	for (let i = 0; i < START_AFTER + 200; i++) {
		add(`${i}.eml`, bounce(`user${i}@example.com`));
		if (i === START_AFTER + 40) {
			add('mbox', mbox([bounce('first@example.com'), bounce('second@example.com', '5.2.2')]));
			add('lone.mbox', mbox([bounce('lone@example.com')]));
			add('empty.eml', '');
			add('blank.eml', ' \n\n');
			add('binary.bin', Buffer.from(Array.from({length: 4000}, (_, k) => (k * 7919) % 256)));
			add('nul.eml', `${bounce('nul@example.com')}\0`);
			add('chunk.eml', 'x'.repeat(64 * 1024));
			add('long.eml', `${bounce('long@example.com')}${'y'.repeat(200_000)}`);
			add('huge.eml', 'z'.repeat(600 * 1024));
			add('long.mbox', mbox([bounce('a@example.com'), `${bounce('b@example.com')}${'w'.repeat(70_000)}`]));
			mkdirSync(join(dir, 'folder'));
			paths.push(join(dir, 'folder'));
			// A file listed but gone by the time it is read.
			paths.push(join(dir, 'vanished.eml'));
		}
	}
	const jobs: Job[] = paths.map(label => ({type: 'path', label}));
	// Jobs that are items already (a code, content from a pipe) keep their place among the files.
	jobs.splice(START_AFTER + 30, 0, {label: '550', type: 'code', value: '550'}, {label: '-', type: 'content', value: new TextEncoder().encode(bounce('pipe@example.com')), bytes: 100});
	return jobs;
}

describe('readItems: the files of a long run read ahead by a reader thread', () => {
	it('gives the same items, in the same order, as files read by this thread', () => {
		const jobs = folder();
		const direct = [...readItems(jobs, START_AFTER)];
		const ahead = prefetched(jobs);
		expect(ahead.map(plain)).toEqual(direct.map(plain));
		const labels = direct.map(item => `${item.label.replace(/^.*\//, '')}${item.message ? `#${item.message}` : ''}`);
		expect(labels).toEqual(expect.arrayContaining(['mbox#1', 'mbox#2', 'lone.mbox', 'long.mbox#1', 'long.mbox#2', 'folder', 'vanished.eml']));
		expect(direct.filter(item => item.type === 'error').map(item => item.type === 'error' && item.error)).toEqual([
			'empty input, nothing to decode.',
			'empty input, nothing to decode.',
			'looks like binary data, not an email or text.',
			'cannot read it (EISDIR).',
			'no such file or folder.',
		]);
		// Most files past the start were read by the reader: their bytes are not in this thread's slab.
		const late = ahead.slice(START_AFTER + 60).filter(item => item.type === 'content');
		const byReader = late.filter(item => item.type === 'content' && item.value.buffer.byteLength !== SLAB);
		expect(byReader.length).toBeGreaterThan(late.length / 2);
		// Those longer than a read chunk were read here, at most READ_LIMIT bytes of them.
		const huge = ahead.find(item => item.label.endsWith('huge.eml'));
		expect(huge).toMatchObject({type: 'content', truncated: true, bytes: 600 * 1024});
	}, 60_000);

	it('gives every item before a failure of the inputs, then the failure, as without a reader', () => {
		const dir = tempDir();
		const count = START_AFTER + 50;
		function* failing(): Generator<Job> {
			for (let i = 0; i < count; i++) {
				writeFileSync(join(dir, `${i}.eml`), bounce(`user${i}@example.com`));
				yield {type: 'path', label: join(dir, `${i}.eml`)};
			}
			throw new Error('standard input closed');
		}
		const seen: string[] = [];
		expect(() => {
			for (const item of readItems(failing(), START_AFTER, true)) seen.push(item.label);
		}).toThrow('standard input closed');
		expect(seen).toEqual(Array.from({length: count}, (_, i) => join(dir, `${i}.eml`)));
	});

	it('starts no thread for a run of START_AFTER jobs or one with no file to read, and one for a longer run of files', () => {
		const started = vi.mocked(readerThread);
		started.mockClear();
		const dir = tempDir();
		const files: Job[] = Array.from({length: START_AFTER + 1}, (_, i) => {
			writeFileSync(join(dir, `${i}.eml`), bounce(`user${i}@example.com`));
			return {type: 'path', label: join(dir, `${i}.eml`)};
		});
		expect([...readItems(files.slice(0, START_AFTER), START_AFTER, true)]).toHaveLength(START_AFTER);
		const codes: Job[] = Array.from({length: START_AFTER + 50}, (_, i) => ({label: `code ${i}`, type: 'code', value: '550'}));
		expect([...readItems(codes, START_AFTER, true)]).toHaveLength(START_AFTER + 50);
		expect(started).not.toHaveBeenCalled();
		// Without `ahead` (the reference reading above: every file read by this thread), no thread either.
		expect([...readItems(files, START_AFTER)]).toHaveLength(START_AFTER + 1);
		expect(started).not.toHaveBeenCalled();
		expect(prefetched(files)).toHaveLength(START_AFTER + 1);
		expect(started).toHaveBeenCalledTimes(1);
	});
});
