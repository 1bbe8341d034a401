// An mbox (RFC 4155) split into its messages as the CLI reads it, as its chunks come (read.ts): a
// From_ line after a blank line starts a message, as mboxo/mboxrd quote the rest.
import {isMbox} from '../core';
import {CHUNK} from './limits';
import {Gather} from './gather';

/** One message of an mbox: its bytes (at most READ_LIMIT of them), and the bytes it had. */
export interface Message {
	bytes: Uint8Array;
	truncated: boolean;
	size: number;
}

const NEWLINE = 0x0a;

/** True for lines bytes[start, end) (line breaks included) of spaces, tabs and line breaks only. */
export function isBlankLine(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
	for (let i = start; i < end; i++) {
		const byte = bytes[i]!;
		if (byte !== 32 && byte !== 9 && byte !== 13 && byte !== NEWLINE) return false;
	}
	return true;
}

/** True when a line starting at `at` starts with "From " (ASCII). */
export function startsFrom(bytes: Uint8Array, at: number): boolean {
	return bytes[at] === 0x46 && bytes[at + 1] === 0x72 && bytes[at + 2] === 0x6f && bytes[at + 3] === 0x6d && bytes[at + 4] === 0x20;
}

/**
 * A From_ line (RFC 4155), bytes[start, end) with its line break, separating two messages: only after a
 * blank line, as mboxo/mboxrd quote the rest.
 */
export function isSeparator(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
	// The line is short (the core's pattern allows 400 characters or so).
	if (end - start > 512 || end - start < 5 || !startsFrom(bytes, start)) return false;
	return isMbox(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1').replace(/\r?\n$/, ''));
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
