// Reading a file, a named pipe or standard input as a stream of items, synchronously (faster than
// async reads for many small files) and in bounded memory: an mbox is split as it is read, one message
// at a time, and at most READ_LIMIT bytes of any one message are kept.
import {fstatSync, readSync} from 'node:fs';
import {isMbox} from '../core';
import {contentItem, type Item} from './inputs';
import {isBlankLine, isSeparator, startsFrom, type Message} from './mbox-lines';
import {READ_LIMIT} from './limits';

/** Bytes of one read; a regular file shorter than this is read whole by one read. */
export const CHUNK = 64 * 1024;
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

/** Bytes gathered up to a limit, copied out of the read buffer; what is past the limit is counted, not kept. */
class Gather {
	parts: Uint8Array[] = [];
	kept = 0;
	size = 0;
	add(bytes: Uint8Array): void {
		this.size += bytes.length;
		const room = READ_LIMIT - this.kept;
		if (room <= 0 || bytes.length === 0) return;
		const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
		// A plain Uint8Array copy out of the shared read buffer (not a Buffer, whose slice() is a view
		// where a decoder may expect slice() to copy).
		this.parts.push(new Uint8Array(part));
		this.kept += part.length;
	}
	get truncated(): boolean {
		return this.size > this.kept;
	}
	bytes(): Uint8Array {
		if (this.parts.length === 1) return this.parts[0]!;
		const out = new Uint8Array(this.kept);
		let at = 0;
		for (const part of this.parts) {
			out.set(part, at);
			at += part.length;
		}
		return out;
	}
}

/** "From " in ASCII. */
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20];

/**
 * The first line that is not blank, for telling an mbox by its From_ line: '' when it does not
 * start with "From " (most inputs), without making a string of the bytes.
 */
function firstLine(bytes: Uint8Array): string {
	const length = Math.min(bytes.length, 4096);
	// The white space of /^\s+/ over Latin-1: tab to carriage return, space, no-break space.
	let at = 0;
	while (at < length && ((bytes[at]! >= 9 && bytes[at]! <= 13) || bytes[at] === 32 || bytes[at] === 0xa0)) at++;
	for (let k = 0; k < FROM_.length; k++) if (bytes[at + k] !== FROM_[k]) return '';
	// Up to its line break (split(/\r?\n/) would cut there), as Latin-1 text.
	const nl = bytes.indexOf(NEWLINE, at);
	const end = nl < 0 || nl >= length ? length : bytes[nl - 1] === 0x0d ? nl - 1 : nl;
	return Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString('latin1');
}

/** "\nFrom ": where a line starts with "From ". */
const NEWLINE_FROM = Buffer.from('\nFrom ', 'latin1');

/** The start of the next line at or after `from` + 1 that starts with "From ", or -1. */
function nextFrom(buffer: Buffer, from: number): number {
	const nl = buffer.indexOf(NEWLINE_FROM, from);
	return nl < 0 ? -1 : nl + 1;
}

/** The start of the line that ends at `end` (its line break at `end` - 1). */
function lineStart(buffer: Buffer, end: number): number {
	// A negative offset would count from the buffer's end.
	return end < 2 ? 0 : buffer.lastIndexOf(NEWLINE, end - 2) + 1;
}

/**
 * The messages of an mbox whose first line has been checked, split on From_ lines as the chunks come;
 * each message keeps its From_ line (and the first, any blank lines before it). A From_ line splits
 * only after a blank line, so only the lines that start with "From " are looked at (one search of the
 * chunk finds them all) and the line before each; whether the lines between hold anything but blanks
 * is read only while a message has shown nothing else. Line by line this gives the same messages
 * (the tests hold it to a line-by-line reading, split anywhere into chunks).
 */
export function* mboxMessages(source: Iterable<Uint8Array>): Generator<Message> {
	let message = new Gather();
	let hasContent = false;
	// Whether the last whole line read was blank (not the end of a line longer than a chunk).
	let previousBlank = true;
	let midLine = false; // inside a line longer than a chunk: its next piece starts no line
	let carry: Uint8Array | undefined;
	const finish = (): Message => {
		const done = {bytes: message.bytes(), truncated: message.truncated, size: message.size};
		message = new Gather();
		hasContent = false;
		return done;
	};
	for (const chunk of source) {
		// Bytes of its own: a chunk is a view of a read buffer, which the reading of another file may
		// overwrite while this generator waits between two messages (a thread that decodes the messages
		// may read other files meanwhile).
		const buffer = carry ? Buffer.concat([carry, chunk]) : Buffer.from(chunk);
		carry = undefined;
		// Whole lines, those before the last line break, are read now; the rest waits for the next chunk.
		const whole = buffer.lastIndexOf(NEWLINE) + 1;
		// Lines are added to the message as runs, cut only at a separator.
		let run = 0;
		let start = 0;
		if (midLine && whole > 0) {
			// The end of a line longer than a chunk: no From_ line, and no blank line before the next.
			start = buffer.indexOf(NEWLINE) + 1;
			hasContent ||= !isBlankLine(buffer, 0, start);
			previousBlank = false;
			midLine = false;
		}
		// The lines from `unread` on are no separator; whether they are all blank is read when it matters.
		let unread = start;
		let at = start < whole && startsFrom(buffer, start) ? start : nextFrom(buffer, start);
		while (at >= 0 && at < whole) {
			const end = buffer.indexOf(NEWLINE, at) + 1;
			// The line before: read here, or the last of the chunk before when this is the first.
			const blankBefore = at === start ? previousBlank : isBlankLine(buffer, lineStart(buffer, at), at);
			if (blankBefore && isSeparator(buffer, at, end)) {
				// The From_ line stays at the head of its message (the decoder reads past it), so a
				// code's offsets are those of the message as the file holds it.
				hasContent ||= !isBlankLine(buffer, unread, at);
				if (hasContent) {
					message.add(buffer.subarray(run, at));
					run = at;
					yield finish();
				}
				unread = end;
			}
			at = nextFrom(buffer, end - 1);
		}
		if (whole > start) {
			hasContent ||= !isBlankLine(buffer, unread, whole);
			// A From_ line is no blank line: its own bytes say so.
			previousBlank = isBlankLine(buffer, lineStart(buffer, whole), whole);
		}
		message.add(buffer.subarray(run, whole));
		const rest = buffer.subarray(whole);
		if (rest.length < CHUNK) carry = rest.length > 0 ? Buffer.from(rest) : undefined;
		else {
			// A line longer than a chunk is no From_ line: keep what the limit allows, read on.
			message.add(rest);
			hasContent ||= !isBlankLine(rest);
			midLine = true;
		}
	}
	if (carry) {
		message.add(carry);
		hasContent ||= !isBlankLine(carry);
	}
	if (hasContent) yield finish();
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
	else if (isMbox(firstLine(bytes))) yield* mboxItems(label, mboxMessages([bytes]));
	else yield contentItem({label, bytes: bytes.length}, bytes, false, binary);
}

/**
 * The items of one source: one per message of an mbox (numbered only when there are several), else one
 * item of at most READ_LIMIT bytes. `label` is the path (or `-`) the results name; `regular` is true
 * for a regular file, whose reads come short only at its end (a pipe's may come short any time), so
 * one that fits in a chunk is read whole by one read, with no fstat and no read past its end.
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
	if (isMbox(firstLine(first))) {
		yield* mboxItems(
			label,
			mboxMessages(
				(function* () {
					yield first;
					yield* source;
				})(),
			),
		);
		return;
	}
	// A small regular file read whole is its own item: its part of the slab, kept.
	if (regular && first.length < CHUNK) {
		yield contentItem({label, bytes: first.length}, keepFirst(first));
		return;
	}
	const whole = new Gather();
	whole.add(first);
	for (const chunk of source) {
		whole.add(chunk);
		// Past the limit of a file nothing more is needed; a pipe is read to its end, as its writer expects.
		if (whole.truncated && regular) break;
	}
	// A file cut at the limit counts as consumed whole (for progress).
	yield contentItem({label, bytes: regular && whole.truncated ? fstatSync(fd).size : whole.size}, whole.bytes(), whole.truncated);
}
