// Raw MIME → the pieces the decoder reads (message.ts). The light splitter (mime-light.ts) reads
// every message it can read exactly as postal-mime would, synchronously; the rest goes to
// postal-mime itself (mime-postal.ts). Both hand their parts to mime-parts.ts, which sorts them.
import {lightParts} from './mime-light';
import {piecesOf, unparsedMessage} from './mime-parts';
import type {MimeParts} from './mime-parts';
import {postalParts} from './mime-postal';
import type {MimeMessage} from './message';

export type {MimeMessage} from './message';
export {header, headerBlock} from './message';

const isBlank = (c: number | undefined): boolean => c === 0x20 || c === 0x09;

/**
 * The message without the blanks that end its lines (after a visible character; a line of blanks
 * only is left alone, since in a header block it is a folded continuation). RFC 2045 §6.7 has a
 * quoted-printable decoder delete trailing white space, which transport agents add, but postal-mime
 * keeps it, and then `=` followed by a space is no longer a soft line break. The same blanks after
 * a field or a boundary are noise to every parser after it. Input without any is returned as is.
 */
export function trimRawLineEnds(raw: Uint8Array): Uint8Array {
	let first = -1;
	for (let i = raw.indexOf(0x0a); i >= 0; i = raw.indexOf(0x0a, i + 1)) {
		const end = raw[i - 1] === 0x0d ? i - 1 : i;
		if (end > 0 && isBlank(raw[end - 1])) {
			first = end;
			break;
		}
	}
	if (first < 0) return raw;
	// A copy, compacted in place: each run of bytes between two trimmed paddings moves down once. Not
	// raw.slice(): on a Node Buffer that is a view of the caller's bytes, which would be overwritten.
	const out = new Uint8Array(raw);
	let o = 0;
	let from = 0;
	for (let start = raw.lastIndexOf(0x0a, first - 1) + 1; start < raw.length; ) {
		let nl = raw.indexOf(0x0a, start);
		if (nl < 0) nl = raw.length;
		const end = nl > start && raw[nl - 1] === 0x0d ? nl - 1 : nl;
		let cut = end;
		while (cut > start && isBlank(raw[cut - 1])) cut--;
		if (cut < end && cut > start) {
			// blanks only (cut === start) stay: in a header block they are a folded continuation
			if (o !== from) out.copyWithin(o, from, cut);
			o += cut - from;
			from = end;
		}
		start = nl + 1;
	}
	if (o !== from) out.copyWithin(o, from, raw.length);
	o += raw.length - from;
	return out.subarray(0, o);
}

/** The bytes a parser reads: the message encoded as UTF-8 if text, blanks at line ends trimmed. */
function parserInput(raw: string | Uint8Array | ArrayBuffer): Uint8Array {
	if (typeof raw === 'string') return trimRawLineEnds(new TextEncoder().encode(raw));
	return trimRawLineEnds(raw instanceof Uint8Array ? raw : new Uint8Array(raw));
}

/** The parts from the light splitter, or undefined for a message it leaves to postal-mime. */
function light(input: Uint8Array): MimeParts | undefined {
	try {
		return lightParts(input);
	} catch {
		return undefined;
	}
}

/**
 * One raw message read by the light splitter alone, synchronously, or undefined when it needs
 * postal-mime (parseMime then gives the same pieces).
 */
export function parseMimeLight(raw: string | Uint8Array | ArrayBuffer): MimeMessage | undefined {
	const parts = light(parserInput(raw));
	return parts && piecesOf(parts, raw);
}

/** One raw message read by postal-mime alone (the reference the light splitter is held to). */
export async function parseMimePostal(raw: string | Uint8Array | ArrayBuffer): Promise<MimeMessage> {
	try {
		return piecesOf(await postalParts(parserInput(raw)), raw);
	} catch {
		return unparsedMessage(raw);
	}
}

/** Parse one raw message. Never throws: on a parser failure the input is read as plain text. */
export async function parseMime(raw: string | Uint8Array | ArrayBuffer): Promise<MimeMessage> {
	return parseMimeLight(raw) ?? parseMimePostal(raw);
}
