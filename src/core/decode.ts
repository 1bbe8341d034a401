// Public decoding API: raw MIME (a .eml, Gmail "Show original", an mbox of several messages) or
// the text a webmail displays → per-recipient verdicts. PURE: no DOM, no browser or Node API.
import type {BounceReport, OriginalMessage, RecipientResult} from './types';
import {assemble} from './decode/assemble';
import {isMbox, splitMbox, looksLikeMime} from './decode/mbox';
import {parseMime, parseMimeLight} from './decode/mime';
import type {MimeMessage} from './decode/mime';
import {MAX_INPUT, MAX_MESSAGE, NONE, readText, report, withOriginal} from './decode/text-report';
import {originalOf} from './decode/original';
import {htmlToText, isHtmlDocument, toLf} from './decode/text';
import {beginEmail} from './email-scope';
import {utf16Text} from './decode/utf16';
import {windows1252} from './decode/windows-1252';

export {decodeText} from './decode/text-report';

export {classifyReason} from './reasons';

function head(raw: string | Uint8Array | ArrayBuffer): string | Uint8Array | ArrayBuffer {
	if (typeof raw === 'string') return raw.length > MAX_MESSAGE ? raw.slice(0, MAX_MESSAGE) : raw;
	const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
	return bytes.length > MAX_MESSAGE ? bytes.subarray(0, MAX_MESSAGE) : raw;
}

// One decoder for every input: decode() without `stream` keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', {fatal: false});

/** The bytes of an input that are read as text: its first MAX_INPUT. */
function readBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	return bytes.length > MAX_INPUT ? bytes.subarray(0, MAX_INPUT) : bytes;
}

function asString(input: string | Uint8Array | ArrayBuffer): string {
	// A UTF-8 view for structure detection (mbox, header block); the MIME parser decodes charsets itself.
	return typeof input === 'string' ? input : UTF8.decode(readBytes(input));
}

/** A MIME parser (parseMime): `text`, when given, is the UTF-8 decoding of exactly `raw`. */
type MimeParser = (raw: string | Uint8Array | ArrayBuffer, text?: string) => Promise<MimeMessage>;

/** One message of an input, decoded (decodeMessages). */
export interface DecodedMessage {
	recipients: RecipientResult[];
	/** The message as text (UTF-8 where it came as bytes): where its codes are read. */
	text: string;
	/** 1-based: which message of the input this is. */
	message: number;
	/** How many messages the input holds (an mbox's count; 1 for anything else). */
	total: number;
	/**
	 * What the message returns is about (BounceReport.original), read when asked and only for a
	 * message with recipients: a bulk run that never asks pays nothing for it.
	 */
	readonly original: OriginalMessage | undefined;
}

/**
 * A DecodedMessage whose `original` is read from `msg` on first use: a class, its getter on the
 * prototype (an object literal with its own getter takes microseconds to make, once per message
 * of a bulk run). Its private fields are no data: a copy holds the message's fields alone.
 */
class Decoded implements DecodedMessage {
	readonly #msg: () => MimeMessage | undefined;
	/** The recipients as decoded (what `original` is read for, whatever a caller does to the field). */
	readonly #recipients: RecipientResult[];
	#original: {value: OriginalMessage | undefined} | undefined;

	constructor(
		public recipients: RecipientResult[],
		msg: () => MimeMessage | undefined,
		public text: string,
		public message: number,
		public total: number,
	) {
		this.#msg = msg;
		this.#recipients = recipients;
	}

	get original(): OriginalMessage | undefined {
		if (!this.#original) {
			const m = this.#recipients.length ? this.#msg() : undefined;
			this.#original = {value: m && originalOf(m)};
		}
		return this.#original.value;
	}
}

function decoded(recipients: RecipientResult[], msg: () => MimeMessage | undefined, rest: Omit<DecodedMessage, 'recipients' | 'original'>): DecodedMessage {
	return new Decoded(recipients, msg, rest.text, rest.message, rest.total);
}

/** An input as decodeMessages reads it: its text, and its messages, or none when it is no MIME (displayed text). */
interface Split {
	text: string;
	messages?: (string | Uint8Array | ArrayBuffer)[];
}

/** Bytes that are UTF-16 text (utf16.ts) as that text, up to MAX_INPUT bytes; any other input as it is. */
function widened(input: string | Uint8Array | ArrayBuffer): string | Uint8Array | ArrayBuffer {
	return typeof input === 'string' ? input : (utf16Text(readBytes(input)) ?? input);
}

// Windows programs save text in the system's "ANSI" code page (Notepad, Outlook's Save As), for
// Western languages Windows-1252 (decode/windows-1252.ts): every byte past ASCII is then no UTF-8
// (Empf\xe4nger) and reads as U+FFFD, and a wording in the reader's language is no longer found.
// Such text is read as Windows-1252 when none of its bytes past ASCII is UTF-8; a UTF-8 text with a
// stray bad byte keeps its UTF-8.
const STRICT_UTF8 = new TextDecoder('utf-8', {fatal: true});

/** Displayed text as a person sees it: 8-bit text in Windows-1252 (above), and a page saved as HTML as the text it shows. */
function shown(text: string, input: string | Uint8Array | ArrayBuffer): string {
	let out = text;
	if (typeof input !== 'string' && text.includes('\uFFFD') && !/[\u0080-\uFFFC\uFFFE\uFFFF]/.test(text)) {
		const head = readBytes(input);
		try {
			STRICT_UTF8.decode(head);
		} catch {
			out = windows1252(head);
		}
	}
	// A page saved as HTML is read as the text it shows, its scripts and styles left out.
	return isHtmlDocument(out) ? htmlToText(out) : out;
}

/** How an input is read (undefined for nothing to decode): as displayed text, or as MIME messages. */
function split(given: string | Uint8Array | ArrayBuffer): Split | undefined {
	if (given == null) return undefined;
	// UTF-16 text is read as the text it is; its bytes would read as a NUL after each letter.
	const input = widened(given);
	const text = asString(input);
	// Blank input has nothing to decode (a test, not a trimmed copy of the whole input).
	if (!/\S/.test(text)) return undefined;
	if (!looksLikeMime(text)) return {text: shown(text, input)};
	// An mbox is split on its From_ lines; a single message keeps its original bytes so that
	// the MIME parser decodes its charsets itself.
	const mbox = isMbox(text);
	let messages: (string | Uint8Array | ArrayBuffer)[] = mbox ? splitMbox(toLf(text)) : [input];
	// One message behind a From_ line: keep its bytes (the MIME parser decodes 8-bit charsets from them).
	if (mbox && messages.length === 1 && typeof input !== 'string') {
		const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
		messages = [bytes.subarray(bytes.indexOf(0x0a) + 1)];
	}
	return {text, messages};
}

/** Displayed text decoded as the one message of its input, in an email of its own. */
function textMessage(text: string): DecodedMessage {
	beginEmail();
	let read: ReturnType<typeof readText> | undefined;
	try {
		read = readText(text);
	} catch {
		// As decodeText: unreadable text has no recipients.
	}
	return decoded(read?.recipients ?? [], () => read?.msg, {text, message: 1, total: 1});
}

/** The input's own text when the parser is given the input itself (nothing cut): the UTF-8 of these very bytes, the parser's index. */
function indexText(given: string | Uint8Array | ArrayBuffer, input: string | Uint8Array | ArrayBuffer, read: Split): string | undefined {
	return given === input ? read.text : undefined;
}

/** A message of a split input as parsed (undefined: unreadable), its recipients assembled in the email begun for it. */
function messageResult(msg: MimeMessage | undefined, raw: string | Uint8Array | ArrayBuffer, read: Split, message: number, total: number): DecodedMessage {
	let recipients: RecipientResult[] = [];
	try {
		if (msg) recipients = assemble(msg);
	} catch {
		// An unreadable message is one result with nothing in it.
	}
	return decoded(recipients, () => msg, {text: messageText(raw, read), message, total});
}

/** The text a message of a split input is given as (DecodedMessage.text). */
function messageText(raw: string | Uint8Array | ArrayBuffer, {text, messages}: Split): string {
	return typeof raw === 'string' ? raw : messages!.length === 1 ? text : asString(raw);
}

/**
 * Decode an input message by message: an mbox's messages one at a time, anything else as one.
 * For callers that show progress or stop early (the popup's worker); decodeBounce collects it all.
 * An unreadable message gives no recipients.
 */
export async function* decodeMessages(input: string | Uint8Array | ArrayBuffer, parse: MimeParser = parseMime): AsyncGenerator<DecodedMessage> {
	const read = split(input);
	if (!read) return;
	const {messages} = read;
	if (!messages) {
		yield textMessage(read.text);
		return;
	}
	for (const [i, raw] of messages.entries()) {
		let msg: MimeMessage | undefined;
		beginEmail();
		try {
			const given = head(raw);
			msg = await parse(given, indexText(given, input, read));
		} catch {
			// An unreadable message is one result with nothing in it; the others still count.
		}
		yield messageResult(msg, raw, read, i + 1, messages.length);
	}
}

/**
 * decodeMessages(input) synchronously, for an input of at most one message that needs no postal-mime
 * (displayed text, or MIME the light splitter reads): the same messages, each in an email of its own.
 * Undefined for any other input (an mbox of several, a message the light splitter leaves to
 * postal-mime, for which an email may have been begun): decodeMessages then, which begins its own.
 */
export function decodeMessagesLight(input: string | Uint8Array | ArrayBuffer): DecodedMessage[] | undefined {
	const read = split(input);
	if (!read) return [];
	const {messages} = read;
	if (!messages) return [textMessage(read.text)];
	if (messages.length !== 1) return undefined;
	const raw = messages[0]!;
	let msg: MimeMessage | undefined;
	beginEmail();
	try {
		const given = head(raw);
		msg = parseMimeLight(given, indexText(given, input, read));
		if (!msg) return undefined;
	} catch {
		// As decodeMessages: an unreadable message is one result with nothing in it.
	}
	return [messageResult(msg, raw, read, 1, 1)];
}

/** The report of many messages' recipients (an mbox's), as decodeBounce gives it. */
export function reportOf(recipients: RecipientResult[]): BounceReport {
	return recipients.length ? report(recipients) : NONE;
}

/**
 * Decode a bounce: raw MIME (one message or an mbox of several, results concatenated) or displayed
 * text. Never throws; an unreadable input gives kind 'none'.
 */
export function decodeBounce(input: string | Uint8Array | ArrayBuffer): Promise<BounceReport> {
	return decodeBounceWith(input, parseMime);
}

/**
 * decodeBounce with the given MIME parser (parseMime, or parseMimePostal: the tests and the bench
 * hold the light splitter to postal-mime through it).
 */
export async function decodeBounceWith(input: string | Uint8Array | ArrayBuffer, parse: MimeParser): Promise<BounceReport> {
	try {
		const recipients: RecipientResult[] = [];
		let only: DecodedMessage | undefined;
		for await (const part of decodeMessages(input, parse)) {
			recipients.push(...part.recipients);
			only = part.total === 1 ? part : undefined;
		}
		return withOriginal(reportOf(recipients), only?.original);
	} catch {
		return NONE;
	}
}
