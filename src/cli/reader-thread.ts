// The reader thread of a long one-thread run (prefetch.ts): it opens, reads and closes the files the
// main thread will decode next, so that those system calls (costly on some machines: ~9% of a run's
// main thread on many small files) are made on the other core. It reads a group of paths at a time,
// each file by one read of one chunk, and answers the group with their bytes in one transferred buffer,
// and whether each looks binary (src/core/binary-data.ts looksBinary, whose rule the script is given as source).
// A file it cannot answer for exactly (one that fills a chunk, so may be longer; one it cannot open or
// read) is marked UNREAD, and the main thread reads it itself as it would have without this thread.
//
// The thread runs the small script below, not the CLI's entry: loading the whole CLI would cost the
// thread ~45 ms more CPU and ~12 MB more memory, and under tsx (`npm run explain`) seconds of
// compiling. The script is plain JavaScript that only Node's fs and worker_threads are given to, the
// same in the bundled CLI, under tsx and in tests.
import {MessageChannel, type MessagePort, Worker} from 'node:worker_threads';
import {binaryTest} from '../core';
import {CHUNK} from './limits';

/** Paths the main thread sends in one message, at most. */
export const GROUP = 32;

/** In a group's answer, the length of a file the main thread is to read itself. */
export const UNREAD = -1;

/**
 * The answer to a group of paths: file i's bytes are `buffer` from `at[2i]`, `at[2i + 1]` bytes
 * long, or UNREAD. The buffer is longer than any one file's bytes, so none of them is the whole buffer.
 * `binary[i]` is 1 when file i's bytes (read) look binary (looksBinary), else 0.
 */
export interface Group {
	buffer: ArrayBuffer;
	at: Int32Array;
	binary: Uint8Array;
}

/**
 * The reader: each group of paths it is sent (an array of strings, on workerData.port) read and
 * answered, one group after the other. A file is read into a staging buffer with room for a whole
 * group (8-byte aligned, as read.ts lays out small files), then the group's bytes are copied into an
 * exactly sized buffer that is transferred, with each file's looksBinary. Whatever fails leaves that
 * file UNREAD; a failed close after a read loses nothing of the bytes read.
 */
const SCRIPT = `'use strict';
const {closeSync, openSync, readSync} = require('node:fs');
const {workerData} = require('node:worker_threads');
const CHUNK = ${CHUNK}, GROUP = ${GROUP}, UNREAD = ${UNREAD};
const looksBinary = (${binaryTest.toString()})();
const staging = new Uint8Array(GROUP * (CHUNK + 8));
const port = workerData.port;
port.on('message', paths => {
	const at = new Int32Array(paths.length * 2);
	const binary = new Uint8Array(paths.length);
	let used = 0;
	for (let i = 0; i < paths.length; i++) {
		let fd = -1;
		let length = UNREAD;
		try {
			fd = openSync(paths[i], 'r');
			const n = readSync(fd, staging, used, CHUNK, null);
			if (n < CHUNK) length = n;
		} catch {
			length = UNREAD;
		}
		if (fd >= 0) {
			try {
				closeSync(fd);
			} catch {}
		}
		at[2 * i] = used;
		at[2 * i + 1] = length;
		if (length !== UNREAD) {
			if (looksBinary(staging.subarray(used, used + length))) binary[i] = 1;
			used += (length + 7) & ~7;
		}
	}
	const buffer = staging.slice(0, used + 8).buffer;
	port.postMessage({buffer, at, binary}, [buffer]);
});
`;

/** A reader thread, and the port its answers come back on (to be read with receiveMessageOnPort). */
export function readerThread(): {worker: Worker; port: MessagePort} {
	const channel = new MessageChannel();
	const worker = new Worker(SCRIPT, {eval: true, workerData: {port: channel.port2}, transferList: [channel.port2]});
	return {worker, port: channel.port1};
}
