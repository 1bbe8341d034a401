// What the CLI decodes, one item at a time, and how a command-line argument is read: a code, a text,
// or a path (a file, a folder, a named pipe) — and the true message when it is none of them.
// Items are plain data (strings and bytes), so they can be handed to a worker thread as they are.
import {parseCode, utf16Of} from '../core';
import {binaryKind} from './binary-kinds';

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
 * The test of whether bytes are mostly binary data rather than mail or text (looksBinary), made by a
 * function that refers to nothing outside itself: the reader thread's script (reader-thread.ts) is
 * given its source, so the rule is written here only.
 */
export function binaryTest(): (bytes: Uint8Array) => boolean {
	/** Bytes sampled to tell text from binary data. */
	const SAMPLE = 16 * 1024;
	/** Share of control bytes above which a sample is binary: random or compressed data has ~10%, text ~0. */
	const BINARY_SHARE = 0.05;
	/** Control bytes a sample may hold whatever its length, so a short text with a stray NUL is still text. */
	const STRAY = 3;
	/** 1 for each control byte counted, 0 for the rest: one lookup per byte, no branch. */
	const CONTROL = new Uint8Array(256);
	for (let byte = 0; byte < 256; byte++) CONTROL[byte] = (byte < 32 ? byte < 9 || (byte > 13 && byte !== 27) : byte === 127) ? 1 : 0;
	return (bytes: Uint8Array): boolean => {
		const length = Math.min(bytes.length, SAMPLE);
		let control = 0;
		let i = 0;
		// Byte by byte up to a 4-byte boundary, then a word at a time: only a word that may hold a control
		// byte (one below 0x20 or 0x7f: text has one in a dozen words or so, its line breaks) is looked into.
		const head = Math.min(length, (4 - (bytes.byteOffset & 3)) & 3);
		for (; i < head; i++) control += CONTROL[bytes[i]!]!;
		const words = (length - i) >> 2;
		if (words > 0) {
			const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
			for (let k = 0; k < words; k++) {
				const word = view[k]!;
				const del = word ^ 0x7f7f7f7f;
				// Some byte is below 0x20, or is 0x7f (a zero byte of word ^ 0x7f7f7f7f): exact as a whole.
				if ((((word - 0x20202020) & ~word) | ((del - 0x01010101) & ~del)) & 0x80808080) {
					const at = i + (k << 2);
					control += CONTROL[bytes[at]!]! + CONTROL[bytes[at + 1]!]! + CONTROL[bytes[at + 2]!]! + CONTROL[bytes[at + 3]!]!;
				}
			}
			i += words << 2;
		}
		for (; i < length; i++) control += CONTROL[bytes[i]!]!;
		return control > STRAY && control / length > BINARY_SHARE;
	};
}

/**
 * True when the bytes are mostly binary data rather than mail or text: control bytes (NUL included;
 * tab, line breaks, form feed and the ESC of ISO-2022 text excluded) make up more than 5% of the
 * first 16 KiB, and there are more than 3 of them. A stray NUL, or 8-bit text in any charset, is not binary.
 */
export const looksBinary = binaryTest();

/**
 * A content item, or the error that says why these bytes are not decoded. `binary`, when given, is
 * looksBinary(bytes), found already (by the reader thread).
 */
export function contentItem(origin: Origin, bytes: Uint8Array, truncated = false, binary?: boolean): Item {
	// Each item one object of one shape, its origin's fields given whether set or not (no copy of the origin).
	const {label, message, bytes: size, isText} = origin;
	if (isBlank(bytes)) return {label, message, bytes: size, isText, type: 'error', error: 'empty input, nothing to decode.'};
	// Text saved as UTF-16 is half NUL bytes, yet text: the core reads it as such (decode/utf16.ts).
	if ((binary ?? looksBinary(bytes)) && !utf16Of(bytes)) return {label, message, bytes: size, isText, type: 'error', error: binaryKind(bytes) ?? 'looks like binary data, not an email or text.'};
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
