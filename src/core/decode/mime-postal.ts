// postal-mime, the reference MIME parser (DESIGN.md: decodeBounce parses MIME with postal-mime):
// multipart walking, quoted-printable / base64, charsets. mime.ts asks it for every message the
// light splitter (mime-light.ts) leaves to it, and the tests hold the splitter to its results.
import PostalMime from 'postal-mime';
import type {Email} from 'postal-mime';
import {PARSER_LIMITS} from './mime-parts';
import type {MimeParts} from './mime-parts';

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

/** One message parsed by postal-mime (the returned message kept as an attachment). Rejects on a parser failure. */
export async function postalParts(raw: Uint8Array | ArrayBuffer): Promise<MimeParts> {
	// A view of a whole ArrayBuffer is handed over as the buffer itself: postal-mime would copy a
	// view (it only reads the buffer, and every part it returns is a copy).
	const input = raw instanceof Uint8Array && raw.byteOffset === 0 && raw.buffer instanceof ArrayBuffer && raw.byteLength === raw.buffer.byteLength ? raw.buffer : raw;
	const options = {
		// Keep the returned message out of the bounce text: it is evidence, not the report.
		forceRfc822Attachments: true,
		attachmentEncoding: 'arraybuffer',
		...PARSER_LIMITS,
	} as const;
	const email: Email = await (typeof baseProcessLine === 'function' ? new ReportParser(options).parse(input) : PostalMime.parse(input, options));
	return {
		headers: email.headers.map((h) => [h.key, h.value]),
		text: email.text ?? '',
		html: email.html ?? '',
		attachments: email.attachments.map((a) => ({type: a.mimeType.toLowerCase(), content: a.content})),
	};
}
