// What the CLI decodes, one item at a time, and how a command-line argument is read: a code, a text,
// or a path (a file, a folder, a named pipe) — and the true message when it is none of them.
// Items are plain data (strings and bytes), so they can be handed to a worker thread as they are.
import {looksBinary, parseCode, utf16Of} from '../core';
import {binaryWords} from './binary-kinds';

/** Where an item came from: a path, `-`, or the argument itself; `message` numbers an mbox's messages from 1. */
interface Origin {
	label: string;
	message?: number;
	/** Bytes of the source this item consumed (for progress); absent for arguments. */
	bytes?: number;
	/** The item is a text argument: its label is the text itself. */
	isText?: true;
}

export type Item =
	| (Origin & {type: 'code'; value: string})
	| (Origin & {type: 'content'; value: Uint8Array; truncated?: boolean})
	| (Origin & {type: 'error'; error: string});

// A path-shaped argument: a folder separator, or a file name extension mail and logs come in (gzip's
// too: box.mbox.gz is read as what it holds, read.ts).
const PATH_LIKE = /\.(?:eml|txt|html?|mbox|mbx|msg|mail|log|csv|json|gz)$|[/\\]/i;
// A code-shaped argument: digits, dots and decorations, or a short provider tag.
const CODE_LIKE = /^[\s\d.#[\]()'-]{1,40}$|^\[?\(?[A-Za-z]{1,4}\(?\d{1,5}\)?\]?\)?$|^[Xx]\.[\d.]{1,10}$/;

/**
 * A content item, or the error that says why these bytes are not decoded. `binary`, when given, is
 * looksBinary(bytes), found already (by the reader thread).
 */
export function contentItem(origin: Origin, bytes: Uint8Array, truncated = false, binary?: boolean): Item {
	// Each item one object of one shape, its origin's fields given whether set or not (no copy of the origin).
	const {label, message, bytes: size, isText} = origin;
	if (isBlank(bytes)) return {label, message, bytes: size, isText, type: 'error', error: 'empty input, nothing to decode.'};
	// Text saved as UTF-16 is half NUL bytes, yet text: the core reads it as such (decode/utf16.ts).
	if ((binary ?? looksBinary(bytes)) && !utf16Of(bytes)) return {label, message, bytes: size, isText, type: 'error', error: binaryWords(bytes) ?? 'looks like binary data, not an email or text.'};
	return truncated ? {label, message, bytes: size, isText, type: 'content', value: bytes, truncated} : {label, message, bytes: size, isText, type: 'content', value: bytes};
}

/** True when there is nothing but white space (or nothing at all). */
function isBlank(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i]!;
		if (byte !== 32 && (byte < 9 || byte > 13)) return false;
	}
	return true;
}

/** What an argument that is no existing path and not `-` stands for. */
export function argumentItem(arg: string): Item {
	const label = arg;
	if (arg.trim() === '') return {label, type: 'error', error: 'empty argument: give a code, a text or a file.'};
	const code = parseCode(arg).ok;
	if (!/\s/.test(arg.trim()) && PATH_LIKE.test(arg) && !code) return {label, type: 'error', error: 'no such file or folder.'};
	if (code || CODE_LIKE.test(arg.trim())) return {label, type: 'code', value: arg};
	return {label, isText: true, type: 'content', value: new TextEncoder().encode(arg)};
}
