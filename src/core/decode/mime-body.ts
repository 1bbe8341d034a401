// A MIME part's body bytes → its content bytes (RFC 2045 §6: base64, quoted-printable, or the
// lines as they are), and its text in its charset, for the light MIME splitter (mime-light.ts).
// Each decoding gives the bytes postal-mime 4 gives for the same part (base64-decoder.ts,
// qp-decoder.ts, pass-through-decoder.ts): the part's lines, without the CRs that end them,
// each followed by one LF.

const LF = 0x0a;
const CR = 0x0d;
const EQUALS = 0x3d;

/** End of the line that ends at `nl` (exclusive), without the CRs before its LF. */
export function lineEnd(raw: Uint8Array, start: number, nl: number): number {
	let end = nl;
	while (end > start && raw[end - 1] === CR) end--;
	return end;
}

/** The lines of raw[start, stop) as they are, each ended by one LF. */
export function plainContent(raw: Uint8Array, start: number, stop: number): Uint8Array {
	if (start >= stop) return new Uint8Array(0);
	const region = raw.subarray(start, stop);
	if (region.indexOf(CR) < 0) {
		if (region[region.length - 1] === LF) return region;
		const out = new Uint8Array(region.length + 1);
		out.set(region);
		out[region.length] = LF;
		return out;
	}
	const out = new Uint8Array(region.length + 1);
	let o = 0;
	for (let at = start; at < stop; ) {
		const found = raw.indexOf(LF, at);
		const nl = found < 0 || found >= stop ? stop : found;
		const end = lineEnd(raw, at, nl);
		out.set(raw.subarray(at, end), o);
		o += end - at;
		out[o++] = LF;
		at = nl + 1;
	}
	return out.subarray(0, o);
}

function hexValue(c: number | undefined): number {
	if (c === undefined) return -1;
	if (c >= 0x30 && c <= 0x39) return c - 0x30;
	if (c >= 0x41 && c <= 0x46) return c - 0x37;
	if (c >= 0x61 && c <= 0x66) return c - 0x57;
	return -1;
}

/**
 * Quoted-printable (RFC 2045 §6.7), line by line: `=XX` is a byte when both digits fall before
 * the line's end, a final `=` is a soft line break (no LF), anything else is kept as it is.
 */
export function qpContent(raw: Uint8Array, start: number, stop: number): Uint8Array {
	const out = new Uint8Array(Math.max(0, stop - start) + 1);
	let o = 0;
	for (let at = start; at < stop; ) {
		const found = raw.indexOf(LF, at);
		const nl = found < 0 || found >= stop ? stop : found;
		let end = lineEnd(raw, at, nl);
		const soft = end > at && raw[end - 1] === EQUALS;
		if (soft) end--;
		for (let i = at; i < end; i++) {
			const c = raw[i]!;
			if (c === EQUALS && i + 2 < end) {
				const hi = hexValue(raw[i + 1]);
				const lo = hexValue(raw[i + 2]);
				if (hi >= 0 && lo >= 0) {
					out[o++] = (hi << 4) | lo;
					i += 2;
					continue;
				}
			}
			out[o++] = c;
		}
		if (!soft) out[o++] = LF;
		at = nl + 1;
	}
	return out.subarray(0, o);
}

// Base64 digit values (RFC 4648 §4), -1 for every other byte.
const DIGITS = new Int8Array(256).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) DIGITS[c.charCodeAt(0)] = i;

/**
 * Base64 (RFC 2045 §6.8): bytes that are not digits are skipped, and each run of `=` ends a unit
 * (some mailers pad every line): a unit's last group of 2 or 3 digits gives 1 or 2 bytes, a lone
 * last digit nothing.
 */
export function base64Content(raw: Uint8Array, start: number, stop: number): Uint8Array {
	const out = new Uint8Array(Math.floor((Math.max(0, stop - start) * 3) / 4) + 3);
	let o = 0;
	let acc = 0;
	let n = 0;
	const endUnit = (): void => {
		if (n === 2) out[o++] = acc >> 4;
		else if (n === 3) {
			out[o++] = acc >> 10;
			out[o++] = (acc >> 2) & 0xff;
		}
		acc = 0;
		n = 0;
	};
	for (let i = start; i < stop; i++) {
		const c = raw[i]!;
		const d = DIGITS[c]!;
		if (d >= 0) {
			acc = (acc << 6) | d;
			if (++n === 4) {
				out[o++] = acc >> 16;
				out[o++] = (acc >> 8) & 0xff;
				out[o++] = acc & 0xff;
				acc = 0;
				n = 0;
			}
		} else if (c === EQUALS) endUnit();
	}
	endUnit();
	return out.subarray(0, o);
}

/** True for a Content-Transfer-Encoding token (lower-cased) whose content is the lines as they are. */
export function isPlain(encoding: string): boolean {
	return !encoding.includes('base64') && !encoding.includes('quoted-printable');
}

/** The content of a part from its Content-Transfer-Encoding token (lower-cased). */
export function partContent(raw: Uint8Array, start: number, stop: number, encoding: string): Uint8Array {
	if (encoding.includes('base64')) return base64Content(raw, start, stop);
	if (encoding.includes('quoted-printable')) return qpContent(raw, start, stop);
	return plainContent(raw, start, stop);
}

/**
 * plainContent as text, from a string with one character per byte (mime-source.ts MimeSource's
 * index): each CR LF made an LF. Undefined when a CR stands anywhere else (the bytes are read then).
 */
export function plainText(index: string, start: number, stop: number): string | undefined {
	if (start >= stop) return '';
	let region = index.slice(start, stop);
	if (region.includes('\r')) {
		region = region.replace(/\r\n/g, '\n');
		if (region.includes('\r')) return undefined;
	}
	return region.charCodeAt(region.length - 1) === LF ? region : `${region}\n`;
}

/**
 * The header block (message.ts headerBlock: all before the first empty line) of plainText's text,
 * when that text has no ISO-2022-JP escape; else undefined (the content is read as bytes then).
 * Only the lines up to the empty line are copied: the rest is only looked through for a CR outside
 * a CR LF or an escape, either of which would have the content read from the bytes.
 */
export function plainHead(index: string, start: number, stop: number): string | undefined {
	if (start >= stop) return '';
	const region = index.slice(start, stop);
	if (region.includes('\u001b')) return undefined;
	for (let cr = region.indexOf('\r'); cr >= 0; cr = region.indexOf('\r', cr + 2)) if (region.charCodeAt(cr + 1) !== LF) return undefined;
	// The first LF followed by an empty line (LF, or CR LF); its own CR, if any, is no part of the head.
	for (let nl = region.indexOf('\n'); nl >= 0; nl = region.indexOf('\n', nl + 1)) {
		const next = region.charCodeAt(nl + 1);
		if (next === LF || (next === CR && region.charCodeAt(nl + 2) === LF)) {
			const head = region.slice(0, nl > 0 && region.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
			return head.includes('\r') ? head.replace(/\r\n/g, '\n') : head;
		}
	}
	return plainText(index, start, stop);
}

// Encodings whose decoders read ASCII bytes as something else (WHATWG Encoding: the others map 0x00-0x7F to themselves).
const NOT_ASCII_BASED: ReadonlySet<string> = new Set(['utf-16le', 'utf-16be', 'iso-2022-jp']);

/**
 * True when `decoder` gives `text` for the bytes whose UTF-8 decoding it is: a UTF-8 decoder, or
 * text all ASCII and a decoder that reads ASCII as ASCII.
 */
export function decodesAs(decoder: TextDecoder, text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return decoder.encoding === 'utf-8' || (!NOT_ASCII_BASED.has(decoder.encoding) && !/[^\x00-\x7f]/.test(text));
}

// Charset labels the light path decodes itself: labels of the WHATWG Encoding Standard
// (https://encoding.spec.whatwg.org/#names-and-labels), which postal-mime (decode-strings.ts
// getDecoder) hands to TextDecoder as written. Any other label (a misspelling, UTF-7, a code page
// postal-mime maps by its own aliases) sends the message to postal-mime.
export const LIGHT_CHARSETS: ReadonlySet<string> = new Set([
	'utf-8', 'utf8', 'unicode-1-1-utf-8',
	'us-ascii', 'ascii', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'cp1252', 'windows-1252',
	'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8',
	'iso-8859-8-i', 'iso-8859-9', 'iso-8859-10', 'iso-8859-11', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15',
	'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258',
	'koi8-r', 'koi8-u', 'ibm866', 'windows-874', 'macintosh',
	'shift_jis', 'shift-jis', 'sjis', 'windows-31j', 'iso-2022-jp', 'euc-jp',
	'euc-kr', 'ks_c_5601-1987', 'gb2312', 'gbk', 'gb18030', 'big5',
	'utf-16', 'utf-16le', 'utf-16be',
]);

// Labels for which postal-mime finds no decoder, and so decodes as windows-1252 (its fallback):
// UTF-7 (RFC 2152), which Exchange writes, and the labels of an unknown 8-bit charset.
const WINDOWS_1252_FALLBACK: ReadonlySet<string> = new Set(['utf-7', 'unicode-1-1-utf-7', 'unknown-8bit', 'x-unknown']);

const decoders = new Map<string, TextDecoder | null>();

/**
 * The decoder of a part's charset parameter (absent: UTF-8), or undefined when the light path
 * does not read that label (or this runtime lacks the encoding).
 */
export function charsetDecoder(charset: string | undefined): TextDecoder | undefined {
	const given = (charset || 'utf8').trim().toLowerCase();
	const label = WINDOWS_1252_FALLBACK.has(given) ? 'windows-1252' : given;
	if (!LIGHT_CHARSETS.has(label)) return undefined;
	let decoder = decoders.get(label);
	if (decoder === undefined) {
		try {
			decoder = new TextDecoder(label);
		} catch {
			decoder = null;
		}
		decoders.set(label, decoder);
	}
	return decoder ?? undefined;
}

/**
 * format=flowed text (RFC 3676 §4) unwrapped as postal-mime unwraps it (mime-node.ts
 * decodeFlowedText): one leading space of each line is stuffing; a line that follows text ending
 * in a space continues it (with delsp=yes, less that space), except after a signature separator
 * `-- `; any other line starts a new line. An empty line adds nothing, so the text before it still
 * decides whether the next line continues.
 */
export function unflow(text: string, delSp: boolean): string {
	const done: string[] = [];
	// The line being unwrapped: non-empty pieces, their length, and how many characters delsp has
	// taken from the end of the last piece (applied when the next piece comes: linear time).
	let pieces: string[] = [];
	let length = 0;
	let dropped = 0;
	const seal = (): void => {
		if (!dropped) return;
		const last = pieces.pop()!;
		pieces.push(last.slice(0, last.length - dropped));
		dropped = 0;
	};
	const lastChar = (): number => {
		const last = pieces[pieces.length - 1];
		return last === undefined ? -1 : last.charCodeAt(last.length - 1 - dropped);
	};
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.startsWith(' ') ? lines[i]!.slice(1) : lines[i]!;
		if (i > 0) {
			let signature = false;
			if (length === 3) {
				seal();
				signature = pieces.join('') === '-- ';
			}
			if (lastChar() === 0x20 && !signature) {
				if (delSp) {
					length--;
					if (++dropped === pieces[pieces.length - 1]!.length) {
						pieces.pop();
						dropped = 0;
					}
				}
			} else {
				seal();
				done.push(pieces.join(''));
				pieces = [];
				length = 0;
			}
		}
		if (line) {
			seal();
			pieces.push(line);
			length += line.length;
		}
	}
	seal();
	done.push(pieces.join(''));
	return done.join('\n');
}
