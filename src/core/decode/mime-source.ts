// The bytes a MIME parser reads (mime.ts hands them to the light splitter and to postal-mime), with
// the blanks that end their lines trimmed, and their scan index: a string with one character per
// byte, so that finding a line's end or a "--" line is a string search, several times faster than
// a Uint8Array's indexOf, and a header block of a UTF-8 message is a slice rather than a decoding.
import {isBlank} from './mime-params';

/** One message's bytes and their scan index. */
export interface MimeSource {
	/** The message's bytes. */
	bytes: Uint8Array;
	/** As long as `bytes`: its i-th character is the i-th byte where that byte is ASCII (above it, any character above U+007F). */
	index: string;
	/**
	 * True when `index.slice(a, b)` is the UTF-8 decoding of `bytes[a, b)` for every a ≤ b: no byte
	 * above ASCII is part of a UTF-8 sequence, so each decodes alone, to U+FFFD (no BOM either).
	 */
	utf8: boolean;
}

const UTF8 = new TextDecoder('utf-8', {fatal: false});
// One character per byte: windows-1252 (what the label names, WHATWG Encoding) maps every byte to one code point.
const ONE_PER_BYTE = new TextDecoder('latin1');

/**
 * The source of a message: its bytes (UTF-8 if text) and their index. `text`, when given, is the
 * UTF-8 decoding of exactly these bytes (decode.ts has it already): as long as the bytes, it is
 * the index itself, since UTF-8 gives fewer characters than bytes for every sequence but a single
 * byte (ASCII, or a byte outside any sequence, which gives U+FFFD).
 */
export function sourceOf(raw: string | Uint8Array | ArrayBuffer, text?: string): MimeSource {
	let bytes: Uint8Array;
	if (typeof raw === 'string') {
		bytes = new TextEncoder().encode(raw);
		// Each character one byte: ASCII only, so the string is its own exact index.
		if (bytes.length === raw.length) return {bytes, index: raw, utf8: true};
	} else {
		bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
		const decoded = text ?? UTF8.decode(bytes);
		if (decoded.length === bytes.length) return {bytes, index: decoded, utf8: true};
	}
	return {bytes, index: ONE_PER_BYTE.decode(bytes), utf8: false};
}

/**
 * The start of the first LF-ended line that ends in a blank before its LF or CR LF (where
 * /[ \t]\r?\n/ first matches), or -1: one indexOf per line, cheaper than the regex's test of
 * every character.
 */
function paddedLine(index: string): number {
	let start = 0;
	for (let nl = index.indexOf('\n'); nl >= 0; nl = index.indexOf('\n', start)) {
		let c = index.charCodeAt(nl - 1);
		if (c === 0x0d) c = index.charCodeAt(nl - 2);
		if (c === 0x20 || c === 0x09) return start;
		start = nl + 1;
	}
	return -1;
}

/**
 * The source without the blanks that end its lines (after a visible character; a line of blanks
 * only is left alone, since in a header block it is a folded continuation). RFC 2045 §6.7 has a
 * quoted-printable decoder delete trailing white space, which transport agents add, but postal-mime
 * keeps it, and then `=` followed by a space is no longer a soft line break. The same blanks after
 * a field or a boundary are noise to every parser after it. A source without any (no LF-ended line
 * has blanks before its CR LF or LF) is returned as it is.
 */
export function trimmedSource(source: MimeSource): MimeSource {
	const {bytes, index} = source;
	const first = paddedLine(index);
	if (first < 0) return source;
	// A copy, compacted in place: each run of bytes between two trimmed paddings moves down once. Not
	// bytes.slice(): on a Node Buffer that is a view of the caller's bytes, which would be overwritten.
	const out = new Uint8Array(bytes.length);
	out.set(bytes);
	const kept: string[] = [];
	let o = 0;
	let from = 0;
	for (let start = first; start < bytes.length; ) {
		let nl = index.indexOf('\n', start);
		if (nl < 0) nl = bytes.length;
		const end = nl > start && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
		let cut = end;
		while (cut > start && isBlank(bytes[cut - 1]!)) cut--;
		if (cut < end && cut > start) {
			// blanks only (cut === start) stay: in a header block they are a folded continuation
			if (o !== from) out.copyWithin(o, from, cut);
			o += cut - from;
			kept.push(index.slice(from, cut));
			from = end;
		}
		start = nl + 1;
	}
	if (o !== from) out.copyWithin(o, from, bytes.length);
	o += bytes.length - from;
	kept.push(index.slice(from));
	return {bytes: out.subarray(0, o), index: kept.join(''), utf8: source.utf8};
}
