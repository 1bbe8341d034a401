import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {receiveMessageOnPort} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {CHUNK} from '../../src/cli/limits';
import {GROUP, readerThread, UNREAD, type Group} from '../../src/cli/reader-thread';
import {tempDir} from './helpers';

/** The reader's next answer, waited for (its port is read synchronously, as prefetch.ts reads it). */
function answer(port: ReturnType<typeof readerThread>['port']): Group {
	for (let waited = 0; waited < 20_000; waited += 10) {
		const message = receiveMessageOnPort(port);
		if (message) return message.message as Group;
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
	}
	throw new Error('the reader did not answer');
}

function bytesOf(group: Group, i: number): string | number {
	const length = group.at[2 * i + 1]!;
	return length === UNREAD ? UNREAD : Buffer.from(group.buffer, group.at[2 * i]!, length).toString('latin1');
}

describe('readerThread: groups of files read by one read each, in one buffer', () => {
	it("answers each group in order with each file's bytes, and leaves unread what may be longer or cannot be read", async () => {
		const dir = tempDir();
		const file = (name: string, content: string) => {
			writeFileSync(join(dir, name), content);
			return join(dir, name);
		};
		mkdirSync(join(dir, 'folder'));
		const paths = [file('a', 'first file\n'), file('empty', ''), file('short', 'x'.repeat(CHUNK - 1)), file('full', 'y'.repeat(CHUNK)), file('long', 'z'.repeat(CHUNK + 1)), join(dir, 'missing'), join(dir, 'folder'), file('b', 'last'), file('binary', '\0\x01\x02\x03\x04'.repeat(20)), file('nul', 'a stray NUL\0')];
		const {worker, port} = readerThread();
		try {
			port.postMessage(paths);
			port.postMessage(paths.slice(0, 1));
			const group = answer(port);
			expect(paths.map((_, i) => bytesOf(group, i))).toEqual(['first file\n', '', 'x'.repeat(CHUNK - 1), UNREAD, UNREAD, UNREAD, UNREAD, 'last', '\0\x01\x02\x03\x04'.repeat(20), 'a stray NUL\0']);
			// Each file read is tested by looksBinary's own rule, in the reader.
			expect(Array.from(group.binary)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
			// Each file starts 8-byte aligned, and the buffer is longer than any file's bytes.
			for (let i = 0; i < paths.length; i++) expect(group.at[2 * i]! % 8).toBe(0);
			expect(group.buffer.byteLength).toBeGreaterThan(CHUNK);
			const next = answer(port);
			expect(bytesOf(next, 0)).toBe('first file\n');
			expect(Array.from(next.binary)).toEqual([0]);
			expect(next.buffer.byteLength).toBe(16 + 8);
		} finally {
			await worker.terminate();
			port.close();
		}
	});

	it('reads a whole group of files as long as a chunk allows', async () => {
		const dir = tempDir();
		const paths = Array.from({length: GROUP}, (_, i) => {
			writeFileSync(join(dir, String(i)), String(i).repeat(CHUNK - 1).slice(0, CHUNK - 1));
			return join(dir, String(i));
		});
		const {worker, port} = readerThread();
		try {
			port.postMessage(paths);
			const group = answer(port);
			expect(paths.map((_, i) => group.at[2 * i + 1])).toEqual(paths.map(() => CHUNK - 1));
			expect(bytesOf(group, GROUP - 1)).toBe(String(GROUP - 1).repeat(CHUNK).slice(0, CHUNK - 1));
		} finally {
			await worker.terminate();
			port.close();
		}
	});
});
