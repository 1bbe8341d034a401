// Reading a file, a named pipe or standard input as a stream of items, synchronously (faster than
// async reads for many small files) and in bounded memory: an mbox is split as it is read, one message
// at a time, and at most READ_LIMIT bytes of any one message are kept.
import {fstatSync, readSync} from 'node:fs';
import {isGzip, isMbox} from '../core';
import {contentItem, type Item} from './inputs';
import {gunzip, gunzipWhole, type Gunzipped} from './gzip';
import {Gather} from './gather';
import {CHUNK} from './limits';
import {mboxMessages, type Message} from './mbox-lines';

const NEWLINE = 0x0a;

/** The one read buffer: every source is read through it, so reading many files allocates nothing per chunk. */
const READ_BUFFER = Buffer.allocUnsafe(CHUNK);

/**
 * Bytes that small regular files are read into, each file straight into the part after the last one
 * kept, so a file read whole by one read is its own item with no copy and no buffer of its own. Parts
 * are never reused: a full slab is left to the items that still view it, and a new one started.
 */
const SLAB = 1024 * 1024;
let slab = new Uint8Array(SLAB);
let slabUsed = 0;

/** A regular file's first chunk, read into the slab's free part (not yet kept: see keepFirst). */
function readFirst(fd: number): Uint8Array {
	if (SLAB - slabUsed < CHUNK) {
		slab = new Uint8Array(SLAB);
		slabUsed = 0;
	}
	const n = readSync(fd, slab, slabUsed, CHUNK, null);
	return slab.subarray(slabUsed, slabUsed + n);
}

/** The chunk readFirst just gave, kept as it is: the next file is read after it (8-byte aligned). */
function keepFirst(bytes: Uint8Array): Uint8Array {
	slabUsed += (bytes.length + 7) & ~7;
	return bytes;
}

/**
 * The chunks of a file descriptor up to its end (a pipe set non-blocking by its parent is waited on).
 * Each chunk is a view of one shared buffer, valid until the next is asked for: keep a copy of what is kept.
 */
export function* chunks(fd: number): Generator<Uint8Array> {
	for (;;) {
		let n: number;
		try {
			n = readSync(fd, READ_BUFFER, 0, CHUNK, null);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
			continue;
		}
		if (n === 0) return;
		yield READ_BUFFER.subarray(0, n);
	}
}

/** The bytes firstLine reads. */
const FIRST_LINE_BYTES = 4096;

/** "From " in ASCII. */
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20];

/**
 * The first line that is not blank, for telling an mbox by its From_ line: '' when it does not
 * start with "From " (most inputs), without making a string of the bytes.
 */
function firstLine(bytes: Uint8Array): string {
	const length = Math.min(bytes.length, FIRST_LINE_BYTES);
	// The white space of /^\s+/ over Latin-1: tab to carriage return, space, no-break space.
	let at = 0;
	while (at < length && ((bytes[at]! >= 9 && bytes[at]! <= 13) || bytes[at] === 32 || bytes[at] === 0xa0)) at++;
	for (let k = 0; k < FROM_.length; k++) if (bytes[at + k] !== FROM_[k]) return '';
	// Up to its line break (split(/\r?\n/) would cut there), as Latin-1 text.
	const nl = bytes.indexOf(NEWLINE, at);
	const end = nl < 0 || nl >= length ? length : bytes[nl - 1] === 0x0d ? nl - 1 : nl;
	return Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString('latin1');
}

/** The items of an mbox's messages: one per message, numbered when several. */
function* mboxItems(label: string, messages: Generator<Message>): Generator<Item> {
	// Held one message back: a From_ line before a lone message makes no mbox of several.
	const one = messages.next();
	if (one.done) {
		yield contentItem({label, bytes: 0}, new Uint8Array(0));
		return;
	}
	let held = one.value;
	let n = 0;
	for (const next of messages) {
		n++;
		yield contentItem({label, message: n, bytes: held.size}, held.bytes, held.truncated);
		held = next;
	}
	yield n === 0 ? contentItem({label, bytes: held.size}, held.bytes, held.truncated) : contentItem({label, message: n + 1, bytes: held.size}, held.bytes, held.truncated);
}

/**
 * The items of a regular file read whole by one read of one chunk, elsewhere (prefetch.ts): the
 * items sourceItems gives for a file whose first read gave these bytes, shorter than a chunk. `binary`,
 * when given, is looksBinary(bytes), found already.
 */
export function* wholeFileItems(label: string, bytes: Uint8Array, binary?: boolean): Generator<Item> {
	if (bytes.length === 0) yield contentItem({label, bytes: 0}, new Uint8Array(0));
	else if (isGzip(bytes)) yield* gzipItems(label, gunzipWhole(bytes) ?? gunzip([bytes]), () => bytes.length);
	else if (isMbox(firstLine(bytes))) yield* mboxItems(label, mboxMessages([bytes]));
	else yield contentItem({label, bytes: bytes.length}, bytes, false, binary);
}

/**
 * The items of a stream whose first chunk is `first` (not empty) and the rest `rest`: one per message
 * of an mbox, else one of at most READ_LIMIT bytes. `size`, for a regular file: its size, which a
 * file cut at the limit counts as consumed (for progress); past the limit, it is not read on. A pipe
 * is read to its end, as its writer expects. `mbox`: whether `first` starts an mbox, when the caller read it already.
 */
function* streamItems(label: string, first: Uint8Array, rest: Iterator<Uint8Array>, size?: () => number, mbox = isMbox(firstLine(first))): Generator<Item> {
	const all = (function* () {
		yield first;
		for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
	})();
	if (mbox) {
		yield* mboxItems(label, mboxMessages(all));
		return;
	}
	const whole = new Gather();
	for (const chunk of all) {
		whole.add(chunk);
		if (whole.truncated && size) break;
	}
	yield contentItem({label, bytes: size && whole.truncated ? size() : whole.size}, whole.bytes(), whole.truncated);
}

/**
 * The items of gzip data (gzip.ts) as it is inflated, read as streamItems reads that; each counts
 * the compressed bytes read since the one before (the last, all up to `size` for a regular file,
 * which is not read past the limit of a lone message). Data that is corrupt or ends early: the items
 * of what came before, then an error item that says so.
 */
function* gzipItems(label: string, data: Gunzipped, size?: () => number): Generator<Item> {
	// The inflated data's first pieces, as much as firstLine reads, tell an mbox.
	let first: Uint8Array = new Uint8Array(0);
	while (first.length < FIRST_LINE_BYTES) {
		const next = data.chunks.next();
		if (next.done) break;
		first = first.length ? Buffer.concat([first, next.value]) : next.value;
	}
	// Nothing inflated: the data's failure, else an empty input.
	if (first.length === 0) {
		const bytes = size ? size() : data.consumed;
		yield data.failure ? {label, bytes, type: 'error', error: data.failure.message} : contentItem({label, bytes}, first);
		return;
	}
	let held: Item | undefined;
	let counted = 0;
	const items = streamItems(label, first, data.chunks, size);
	for (const item of items) {
		if (held) yield held;
		held = item;
		held.bytes = data.consumed - counted;
		counted = data.consumed;
	}
	held!.bytes! += (size ? size() : data.consumed) - counted;
	yield held!;
	if (data.failure) yield {label, bytes: 0, type: 'error', error: data.failure.message};
}

/**
 * The items of one source: one per message of an mbox (numbered only when there are several), else one
 * item of at most READ_LIMIT bytes; gzip data as what it inflates to. `label` is the path (or `-`)
 * the results name; `regular` is true for a regular file, whose reads come short only at its end (a
 * pipe's may come short any time), so one that fits in a chunk is read whole by one read, with no
 * fstat and no read past its end.
 */
export function* sourceItems(label: string, fd: number, regular = false): Generator<Item> {
	const source = chunks(fd);
	let first: Uint8Array;
	if (regular) first = readFirst(fd);
	else {
		const next = source.next();
		first = next.done ? new Uint8Array(0) : next.value;
	}
	if (first.length === 0) {
		yield contentItem({label, bytes: 0}, new Uint8Array(0));
		return;
	}
	const size = regular ? () => fstatSync(fd).size : undefined;
	if (isGzip(first)) {
		// A small regular file is all in its first read.
		const whole = regular && first.length < CHUNK;
		const compressed = (function* () {
			yield first;
			if (!whole) yield* source;
		})();
		yield* gzipItems(label, (whole && gunzipWhole(first)) || gunzip(compressed), size);
		return;
	}
	// A small regular file read whole is its own item: its part of the slab, kept.
	const mbox = isMbox(firstLine(first));
	if (regular && first.length < CHUNK && !mbox) {
		yield contentItem({label, bytes: first.length}, keepFirst(first));
		return;
	}
	yield* streamItems(label, first, source, size, mbox);
}
