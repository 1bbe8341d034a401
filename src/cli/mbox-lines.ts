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
