// Raw MIME → the pieces the decoder reads. postal-mime does the MIME work (multipart walking,
// quoted-printable / base64, charsets); this module only sorts its output into: the bounce's
// own human-readable text, the machine-readable report parts (RFC 3464 message/delivery-status,
// RFC 5965 message/feedback-report) and the returned message's headers.
import PostalMime from 'postal-mime';
import type {Attachment, Email} from 'postal-mime';
import {htmlToText, plainSpaces, toLf, trimLineEnds} from './text';
import {headerBlock} from './message';
import type {MimeMessage} from './message';

export type {MimeMessage} from './message';
export {header, headerBlock} from './message';


const decoder = new TextDecoder('utf-8', {fatal: false});

// RFC 1468 ISO-2022-JP is 7-bit text switched into JIS X 0208 by ESC $ B (or ESC $ @). A report
// part has no charset of its own (message/delivery-status), yet Japanese MTAs write their
// diagnostics in it this way.
const JIS_ESCAPES = ['\u001b$B', '\u001b$@'];

function contentText(a: Attachment): string {
	const c = a.content;
	if (typeof c === 'string') return c;
	try {
		const bytes = c instanceof Uint8Array ? c : new Uint8Array(c);
		const text = decoder.decode(bytes);
		if (!JIS_ESCAPES.some((e) => text.includes(e))) return text;
		try {
			return new TextDecoder('iso-2022-jp').decode(bytes);
		} catch {
			return text;
		}
	} catch {
		return '';
	}
}

// postal-mime collects each part's decoded bytes in a Blob and reads them back with the
// asynchronous Blob#arrayBuffer (postal-mime 4: pass-through-decoder.ts, base64-decoder.ts,
// qp-decoder.ts). For a 7bit/8bit part that is one Blob chunk per line plus a "\n" string each,
// which costs more than all the rest of the parse. The parser below is postal-mime itself; it only
// gives each new part's decoder a finalize() that concatenates the same chunks synchronously into
// the same bytes (the chunks are Uint8Array/ArrayBuffer views and strings, which a Blob encodes as
// UTF-8, exactly as TextEncoder does). A decoder of any other shape (another postal-mime version)
// keeps its own finalize; the MIME work stays postal-mime's.
interface Decoder {
	chunks?: unknown;
	finalize(): Promise<ArrayBuffer>;
	flushRemainder?: () => void;
	flushBuffer?: () => void;
}
interface ParserInternals {
	currentNode?: {contentDecoder?: Decoder | null};
	processLine?: (line: Uint8Array, isFinal: boolean) => Promise<void>;
}

const encoder = new TextEncoder();
const NEWLINE = new Uint8Array([0x0a]);

/** The bytes of Blob(chunks), or undefined for a chunk kind a Blob would read differently. */
function concatChunks(chunks: readonly unknown[]): ArrayBuffer | undefined {
	let length = 0;
	for (const c of chunks) {
		if (c instanceof Uint8Array || c instanceof ArrayBuffer) length += c.byteLength;
		else if (c === '\n') length += 1;
		else return concatMixed(chunks);
	}
	const out = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		if (c === '\n') out[at++] = 0x0a;
		else {
			const bytes = c instanceof Uint8Array ? c : new Uint8Array(c as ArrayBuffer);
			out.set(bytes, at);
			at += bytes.length;
		}
	}
	return out.buffer;
}

function concatMixed(chunks: readonly unknown[]): ArrayBuffer | undefined {
	const parts: Uint8Array[] = [];
	let length = 0;
	for (const c of chunks) {
		const bytes = c instanceof Uint8Array ? c : c instanceof ArrayBuffer ? new Uint8Array(c) : typeof c === 'string' ? (c === '\n' ? NEWLINE : encoder.encode(c)) : undefined;
		if (!bytes) return undefined;
		parts.push(bytes);
		length += bytes.length;
	}
	const out = new Uint8Array(length);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out.buffer;
}

// The own fields of postal-mime 4's decoders, and the flush each finalize() runs before its Blob.
const SHAPES: readonly [string, 'flushRemainder' | 'flushBuffer' | undefined][] = [
	['chunks', undefined], // PassThroughDecoder
	['decoder,maxChunkSize,chunks,remainder', 'flushRemainder'], // Base64Decoder
	['maxChunkSize,buffer,bufferPos,chunks', 'flushBuffer'], // QPDecoder
];

/** finalize() as postal-mime 4 writes it, with the Blob round trip replaced by a concatenation. */
function fastFinalize(this: Decoder, flush: 'flushRemainder' | 'flushBuffer' | undefined, slow: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
	if (flush) this[flush]?.();
	const bytes = Array.isArray(this.chunks) ? concatChunks(this.chunks) : undefined;
	// Flushing again in the slow path is harmless: each flush empties its pending state first.
	return bytes ? Promise.resolve(bytes) : slow.call(this);
}
function finalizePlain(this: Decoder): Promise<ArrayBuffer> {
	return fastFinalize.call(this, undefined, Object.getPrototypeOf(this).finalize);
}
function finalizeBase64(this: Decoder): Promise<ArrayBuffer> {
	return fastFinalize.call(this, 'flushRemainder', Object.getPrototypeOf(this).finalize);
}
function finalizeQp(this: Decoder): Promise<ArrayBuffer> {
	return fastFinalize.call(this, 'flushBuffer', Object.getPrototypeOf(this).finalize);
}
const FINALIZERS = {plain: finalizePlain, flushRemainder: finalizeBase64, flushBuffer: finalizeQp};

// Decided once per decoder class (from a fresh instance's own fields): the fast finalize, or null.
const byClass = new Map<unknown, Decoder['finalize'] | null>();
const seen = new WeakSet<Decoder>();

function speedUp(decoder: Decoder): void {
	seen.add(decoder);
	const cls: unknown = decoder.constructor;
	let fast = byClass.get(cls);
	if (fast === undefined) {
		const keys = Object.keys(decoder).join(',');
		const shape = SHAPES.find(([k]) => k === keys);
		const flush = shape?.[1];
		fast = shape && Array.isArray(decoder.chunks) && (!flush || typeof decoder[flush] === 'function') ? FINALIZERS[flush ?? 'plain'] : null;
		byClass.set(cls, fast);
	}
	if (fast) decoder.finalize = fast;
}

const baseProcessLine = (PostalMime.prototype as unknown as ParserInternals).processLine;

class ReportParser extends PostalMime {
	// A part's decoder is created while its header block ends, inside processLine.
	// The line is fed synchronously; a decoder created by it is finalized only after an await, so
	// it is replaced in time even on the last line.
	processLine(line: Uint8Array, isFinal: boolean): Promise<void> {
		const done = baseProcessLine!.call(this, line, isFinal);
		const decoder = (this as unknown as ParserInternals).currentNode?.contentDecoder;
		if (decoder && !seen.has(decoder)) speedUp(decoder);
		return done;
	}
}

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
	const out = new Uint8Array(raw.length);
	let o = 0;
	let start = 0;
	while (start < raw.length) {
		let nl = raw.indexOf(0x0a, start);
		if (nl < 0) nl = raw.length;
		const end = nl > start && raw[nl - 1] === 0x0d ? nl - 1 : nl;
		let cut = end;
		while (cut > start && isBlank(raw[cut - 1])) cut--;
		if (cut === start) cut = end; // blanks only
		out.set(raw.subarray(start, cut), o);
		o += cut - start;
		out.set(raw.subarray(end, Math.min(nl + 1, raw.length)), o);
		o += Math.min(nl + 1, raw.length) - end;
		start = nl + 1;
	}
	return out.subarray(0, o);
}

function parseEmail(raw: string | Uint8Array | ArrayBuffer, options: ConstructorParameters<typeof PostalMime>[0]): Promise<Email> {
	if (typeof raw !== 'string') {
		const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
		const trimmed = trimRawLineEnds(bytes);
		if (trimmed !== bytes) raw = trimmed.slice();
	} else if (/[ \t]\r?\n/.test(raw)) {
		raw = trimRawLineEnds(new TextEncoder().encode(raw)).slice();
	}
	// A view of a whole ArrayBuffer is handed over as the buffer itself: postal-mime would copy a
	// view (it only reads the buffer, and every part it returns is a copy).
	if (raw instanceof Uint8Array && raw.byteOffset === 0 && raw.buffer instanceof ArrayBuffer && raw.byteLength === raw.buffer.byteLength) raw = raw.buffer;
	return typeof baseProcessLine === 'function' ? new ReportParser(options).parse(raw) : PostalMime.parse(raw, options);
}

/** Parse one raw message. Never throws: on a parser failure the input is read as plain text. */
export async function parseMime(raw: string | Uint8Array | ArrayBuffer): Promise<MimeMessage> {
	let email: Email;
	try {
		email = await parseEmail(raw, {
			// Keep the returned message out of the bounce text: it is evidence, not the report.
			forceRfc822Attachments: true,
			attachmentEncoding: 'arraybuffer',
			maxNestingDepth: 64,
		});
	} catch {
		const text = trimLineEnds(toLf(typeof raw === 'string' ? raw : decoder.decode(raw instanceof Uint8Array ? raw : new Uint8Array(raw))));
		return {headers: [], text, dsn: [], feedback: '', original: '', body: text};
	}
	const headers: [string, string][] = email.headers.map((h) => [h.key, h.value]);
	let text = email.text ?? '';
	if (!text.trim() && email.html) text = htmlToText(email.html);
	const dsn: string[] = [];
	let feedback = '';
	let original = '';
	for (const a of email.attachments) {
		const type = a.mimeType.toLowerCase();
		if (type === 'message/delivery-status' || type === 'message/global-delivery-status' || type === 'text/delivery-status') {
			dsn.push(trimLineEnds(toLf(contentText(a))));
		} else if (type === 'message/feedback-report') {
			feedback = trimLineEnds(toLf(contentText(a)));
		} else if (type === 'message/rfc822' || type === 'text/rfc822-headers' || type === 'message/rfc822-headers' || type === 'message/global' || type === 'message/global-headers') {
			if (!original) original = headerBlock(contentText(a));
		} else if (type === 'text/plain' && !text.trim()) {
			// A bounce whose only text part is marked as an attachment is still the bounce.
			text = contentText(a);
		}
	}
	// The raw body is read only when the parts say too little (broken MIME): decoded on first use.
	let body: string | undefined;
	return {
		headers,
		text: trimLineEnds(plainSpaces(toLf(text))),
		dsn,
		feedback,
		original,
		get body(): string {
			if (body === undefined) {
				const rawText = toLf(typeof raw === 'string' ? raw : decoder.decode(raw instanceof Uint8Array ? raw : new Uint8Array(raw)));
				const split = rawText.indexOf('\n\n');
				body = split < 0 ? '' : trimLineEnds(rawText.slice(split + 2));
			}
			return body;
		},
	};
}
