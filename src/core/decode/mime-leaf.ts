// A leaf part of the light MIME splitter (mime-light.ts) read: its transfer encoding, its content,
// its text in a charset, and the header block of a returned message. What can refuse the message
// (an encoding token the splitter does not read) is asked when the leaf is met; the reading itself
// waits until a later step asks for it, so a part nobody reads (an HTML alternative beside plain
// text, a second returned message) costs nothing.
import {decodesAs, isPlain, partContent, plainHead, plainText} from './mime-body';
import type {MimePart} from './mime-parts';
import type {MimeSource} from './mime-source';

/** Thrown inside the splitter for input it leaves to postal-mime. */
export class NotLight extends Error {}

/** Where a leaf's bytes are in its message, and its content headers. */
export interface Leaf {
	/** The first value of its Content-Transfer-Encoding field, undefined without one. */
	transferEncoding: string | undefined;
	/** Offset of its body (after the empty line), -1 when its header block never ended. */
	bodyAt: number;
	/** Offset of the line where it stopped receiving lines. */
	stop: number;
}

/** A leaf's Content-Transfer-Encoding token, lower-cased (NotLight for a comment in it). */
export function encodingOf(leaf: Leaf): string {
	const encoding = leaf.transferEncoding ?? '8bit';
	if (lowerToken(encoding)) return encoding;
	if (encoding.includes('(')) throw new NotLight();
	return /[\w-]+/.exec(encoding.toLowerCase())?.[0] ?? '';
}

/** True when the text is all lower-case ASCII letters, digits, `_` and `-` (`base64`): the token as it stands. */
function lowerToken(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d)) return false;
	}
	return text.length > 0;
}

function bodyStart(leaf: Leaf): number {
	return leaf.bodyAt < 0 ? leaf.stop : leaf.bodyAt;
}

/**
 * A leaf's content after its transfer decoding, read from the index (undefined when it cannot be):
 * a source read as UTF-8 and a part whose content is its lines as they are.
 */
function indexed(source: MimeSource, leaf: Leaf, token: string): string | undefined {
	return source.utf8 && isPlain(token) ? plainText(source.index, bodyStart(leaf), leaf.stop) : undefined;
}

/**
 * A leaf's content, after its transfer decoding (`token`, encodingOf's): as text when the index has
 * it (the text of those bytes, without an ISO-2022-JP escape: mime-parts.ts would read those bytes
 * again), else as bytes.
 */
export function leafContent(source: MimeSource, leaf: Leaf, token: string): Uint8Array | string {
	const text = indexed(source, leaf, token);
	return text !== undefined && !text.includes('\u001b') ? text : partContent(source.bytes, bodyStart(leaf), leaf.stop, token);
}

/** A text leaf's content in its charset's decoder: from the index where that gives the same text. */
export function leafText(source: MimeSource, leaf: Leaf, token: string, decoder: TextDecoder): string {
	const text = indexed(source, leaf, token);
	return text !== undefined && decodesAs(decoder, text) ? text : decoder.decode(partContent(source.bytes, bodyStart(leaf), leaf.stop, token));
}

/** A leaf handed to mime-parts.ts: its content read when first asked for. */
export class LightPart implements MimePart {
	readonly #source: MimeSource;
	readonly #leaf: Leaf;
	readonly #token: string;

	constructor(
		public type: string,
		source: MimeSource,
		leaf: Leaf,
		token: string,
	) {
		this.#source = source;
		this.#leaf = leaf;
		this.#token = token;
	}

	get content(): Uint8Array | string {
		return leafContent(this.#source, this.#leaf, this.#token);
	}

	/** The header block of its content (see MimePart.head), or undefined when only the content tells. */
	head(): string | undefined {
		const source = this.#source;
		return source.utf8 && isPlain(this.#token) ? plainHead(source.index, bodyStart(this.#leaf), this.#leaf.stop) : undefined;
	}
}
