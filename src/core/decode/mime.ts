// Raw MIME → the pieces the decoder reads (message.ts). The light splitter (mime-light.ts) reads
// every message it can read exactly as postal-mime would, synchronously; the rest goes to
// postal-mime itself (mime-postal.ts). Both hand their parts to mime-parts.ts, which sorts them.
import {lightParts} from './mime-light';
import {piecesOf, unparsedMessage} from './mime-parts';
import type {MimeParts} from './mime-parts';
import {postalParts} from './mime-postal';
import {sourceOf, trimmedSource, type MimeSource} from './mime-source';
import type {MimeMessage} from './message';

export type {MimeMessage} from './message';
export {header, headerBlock} from './message';

/**
 * The message without the blanks that end its lines (mime-source.ts trimmedSource); input without
 * any is returned as is.
 */
export function trimRawLineEnds(raw: Uint8Array): Uint8Array {
	return trimmedSource(sourceOf(raw)).bytes;
}

/** The bytes a parser reads, blanks at line ends trimmed, and their index; `text` as sourceOf takes it. */
function parserInput(raw: string | Uint8Array | ArrayBuffer, text?: string): MimeSource {
	return trimmedSource(sourceOf(raw, text));
}

/** The parts from the light splitter, or undefined for a message it leaves to postal-mime. */
function light(input: MimeSource): MimeParts | undefined {
	try {
		return lightParts(input);
	} catch {
		return undefined;
	}
}

/**
 * One raw message read by the light splitter alone, synchronously, or undefined when it needs
 * postal-mime (parseMime then gives the same pieces). `text`, when given, is the UTF-8 decoding of
 * exactly `raw` (decode.ts has it already).
 */
export function parseMimeLight(raw: string | Uint8Array | ArrayBuffer, text?: string): MimeMessage | undefined {
	const parts = light(parserInput(raw, text));
	return parts && piecesOf(parts, raw, text);
}

async function postalOf(raw: string | Uint8Array | ArrayBuffer, text: string | undefined, source?: MimeSource): Promise<MimeMessage> {
	try {
		return piecesOf(await postalParts((source ?? parserInput(raw, text)).bytes), raw, text);
	} catch {
		return unparsedMessage(raw, text);
	}
}

/** One raw message read by postal-mime alone (the reference the light splitter is held to). */
export function parseMimePostal(raw: string | Uint8Array | ArrayBuffer, text?: string): Promise<MimeMessage> {
	return postalOf(raw, text);
}

/**
 * Parse one raw message (`text` as parseMimeLight takes it). Never throws: on a parser failure the
 * input is read as plain text.
 */
export async function parseMime(raw: string | Uint8Array | ArrayBuffer, text?: string): Promise<MimeMessage> {
	const source = parserInput(raw, text);
	const parts = light(source);
	return parts ? piecesOf(parts, raw, text) : postalOf(raw, text, source);
}
