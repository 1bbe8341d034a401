// The lines that split an mbox (RFC 4155) as the CLI reads it (read.ts): a From_ line after a blank
// line starts a message, as mboxo/mboxrd quote the rest. Read as chunks come (read.ts mboxMessages),
// or, for a file read whole by one read, by a search for its "From " lines (wholeMessages): the same
// messages, without a look at every line.
import {isMbox} from '../core';

/** One message of an mbox: its bytes (at most READ_LIMIT of them), and the bytes it had. */
export interface Message {
	bytes: Uint8Array;
	truncated: boolean;
	size: number;
}

const NEWLINE = 0x0a;
/** A line break followed by "From ", in ASCII. */
const FROM_LINE = Buffer.from('\nFrom ', 'latin1');

/** True for a line (its line break included) of spaces, tabs and line breaks only. */
export function isBlankLine(line: Uint8Array): boolean {
	for (let i = 0; i < line.length; i++) {
		const byte = line[i]!;
		if (byte !== 32 && byte !== 9 && byte !== 13 && byte !== NEWLINE) return false;
	}
	return true;
}

/** A From_ line (RFC 4155) separating two messages: only after a blank line, as mboxo/mboxrd quote the rest. */
export function isSeparator(line: Uint8Array): boolean {
	// "From " in ASCII; the line is short (the core's pattern allows 400 characters or so).
	if (line.length > 512 || line[0] !== 0x46 || line[1] !== 0x72 || line[2] !== 0x6f || line[3] !== 0x6d || line[4] !== 0x20) return false;
	return isMbox(Buffer.from(line).toString('latin1').replace(/\r?\n$/, ''));
}

/**
 * The messages of an mbox held whole (a file shorter than a read chunk, its first line checked), as
 * read.ts mboxMessages gives them for that one chunk: a From_ line that ends with a line break and
 * follows a blank line (or starts the file) ends the message before it when that one has a line
 * that is neither blank nor such a From_ line; each message keeps its From_ line. Each is a view of
 * `bytes`, which the caller keeps as they are.
 */
export function* wholeMessages(bytes: Uint8Array): Generator<Message> {
	const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	// The message so far starts at `run`; its lines from `scanned` on are not yet looked into.
	let run = 0;
	let scanned = 0;
	let hasContent = false;
	// Each line that starts with "From " (the first line whatever it starts with), up to the last line break.
	for (let at = 0; at >= 0; ) {
		const nl = view.indexOf(NEWLINE, at);
		if (nl < 0) break;
		if (previousBlank(bytes, at) && isSeparator(bytes.subarray(at, nl + 1))) {
			hasContent ||= !isBlankLine(bytes.subarray(scanned, at));
			if (hasContent) {
				yield {bytes: bytes.subarray(run, at), truncated: false, size: at - run};
				run = at;
				hasContent = false;
			}
			scanned = nl + 1;
		}
		const next = view.indexOf(FROM_LINE, nl);
		at = next < 0 ? -1 : next + 1;
	}
	hasContent ||= !isBlankLine(bytes.subarray(scanned));
	if (hasContent) yield {bytes: bytes.subarray(run), truncated: false, size: bytes.length - run};
}

/** True when the line before the one at `at` (a line's start) is blank, or there is none. */
function previousBlank(bytes: Uint8Array, at: number): boolean {
	for (let i = at - 2; i >= 0; i--) {
		const byte = bytes[i]!;
		if (byte === NEWLINE) return true;
		if (byte !== 32 && byte !== 9 && byte !== 13) return false;
	}
	return true;
}
