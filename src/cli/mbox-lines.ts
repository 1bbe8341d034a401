// The lines that split an mbox (RFC 4155) as the CLI reads it, as its chunks come (read.ts
// mboxMessages): a From_ line after a blank line starts a message, as mboxo/mboxrd quote the rest.
import {isMbox} from '../core';

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
