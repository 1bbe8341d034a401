// What a MIME parser hands the decoder (postal-mime through mime-postal.ts, or the light splitter
// mime-light.ts), and how it is sorted into the pieces the decoder reads (message.ts): the
// bounce's own human-readable text, the machine-readable report parts (RFC 3464
// message/delivery-status, RFC 5965 message/feedback-report) and the returned message's headers.
import {htmlToText, plainSpaces, toLf, trimLineEnds} from './text';
import {headerBlock} from './message';
import type {MimeMessage} from './message';

export interface MimePart {
	/** The part's type, lower-cased (`message/delivery-status`). */
	type: string;
	/** Its content after the transfer decoding, as bytes. */
	content: Uint8Array | ArrayBuffer | string;
	/**
	 * The header block of its content as the content's text gives it (headerBlock), when the parser
	 * can tell it without reading the whole content; undefined when only the content tells.
	 */
	head?(): string | undefined;
}

/** One parsed message, as postal-mime presents it with `forceRfc822Attachments`. */
export interface MimeParts {
	/** Top-level headers: lower-cased names, unfolded values, in order. */
	headers: [string, string][];
	/** The inline text/plain parts (an HTML one converted where it stands alone), joined; or ''. */
	text: string;
	/** The inline text/html parts joined, or ''. Read only when `text` is blank. */
	html: string;
	/** The leaf parts that are not inline text, in order (a parser may leave out those `readsPart` refuses). */
	attachments: MimePart[];
}

/**
 * The limits a message is parsed within, by postal-mime (its options) and by the light splitter
 * alike: deeper nesting or more header bytes (all parts together) and the message is read as text.
 */
export const PARSER_LIMITS = {maxNestingDepth: 64, maxHeadersSize: 2 * 1024 * 1024} as const;

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'text/delivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global', 'message/global-headers']);

/** True for the attachment types the decoder reads (the others are skipped unread). */
export function readsPart(type: string): boolean {
	return REPORT_TYPES.has(type) || ORIGINAL_TYPES.has(type) || type === 'message/feedback-report' || type === 'text/plain';
}

const decoder = new TextDecoder('utf-8', {fatal: false});

/** A byte view of text, bytes or a buffer, read as UTF-8. */
export function utf8Text(raw: string | Uint8Array | ArrayBuffer): string {
	return typeof raw === 'string' ? raw : decoder.decode(raw instanceof Uint8Array ? raw : new Uint8Array(raw));
}

// RFC 1468 ISO-2022-JP is 7-bit text switched into JIS X 0208 by ESC $ B (or ESC $ @). A report
// part has no charset of its own (message/delivery-status), yet Japanese MTAs write their
// diagnostics in it this way.
const JIS_ESCAPES = ['\u001b$B', '\u001b$@'];

function contentText(a: MimePart): string {
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

/**
 * A message read as plain text (a parser refused it), its body everything after the headers.
 * `given`, when there, is utf8Text(raw) (decode.ts has it already).
 */
export function unparsedMessage(raw: string | Uint8Array | ArrayBuffer, given?: string): MimeMessage {
	const text = trimLineEnds(toLf(given ?? utf8Text(raw)));
	return {headers: [], text, dsn: [], feedback: '', original: '', body: text};
}

/**
 * A parsed message's pieces. The raw body is read only when the parts say too little (broken MIME):
 * decoded on first use, by a getter of the class (an object literal with its own getter takes
 * microseconds to make, once per message of a bulk run). Its private fields are no data: a copy
 * (`{...m}`) holds the pieces alone.
 */
class ParsedMessage implements MimeMessage {
	readonly #raw: string | Uint8Array | ArrayBuffer;
	readonly #text: string | undefined;
	#body: string | undefined;

	constructor(
		public headers: [string, string][],
		public text: string,
		public dsn: string[],
		public feedback: string,
		public original: string,
		raw: string | Uint8Array | ArrayBuffer,
		given: string | undefined,
	) {
		this.#raw = raw;
		this.#text = given;
	}

	get body(): string {
		if (this.#body === undefined) {
			const rawText = toLf(this.#text ?? utf8Text(this.#raw));
			const split = rawText.indexOf('\n\n');
			this.#body = split < 0 ? '' : trimLineEnds(rawText.slice(split + 2));
		}
		return this.#body;
	}
}

/**
 * The pieces the decoder reads, from a parsed message and its raw bytes (for `body`), and
 * utf8Text(raw) when the caller has it.
 */
export function piecesOf(parts: MimeParts, raw: string | Uint8Array | ArrayBuffer, given?: string): MimeMessage {
	let text = parts.text;
	if (!text.trim() && parts.html) text = htmlToText(parts.html);
	const dsn: string[] = [];
	let feedback = '';
	let original = '';
	for (const a of parts.attachments) {
		const type = a.type;
		if (REPORT_TYPES.has(type)) {
			dsn.push(trimLineEnds(toLf(contentText(a))));
		} else if (type === 'message/feedback-report') {
			feedback = trimLineEnds(toLf(contentText(a)));
		} else if (ORIGINAL_TYPES.has(type)) {
			if (!original) original = a.head?.() ?? headerBlock(contentText(a));
		} else if (type === 'text/plain' && !text.trim()) {
			// A bounce whose only text part is marked as an attachment is still the bounce.
			text = contentText(a);
		}
	}
	return new ParsedMessage(parts.headers, trimLineEnds(plainSpaces(toLf(text))), dsn, feedback, original, raw, given);
}
