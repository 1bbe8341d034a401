// What a bounce is about: the Subject, Date and From of the message it returns, read from the
// returned message's header block (a message/rfc822 or text/rfc822-headers part) or, in displayed
// text, from the header lines after the notice's "Original message" marker. Read only on demand and
// only where such a part or marker exists, so decoding in bulk pays nothing for it. The values are
// text the returned message's author wrote: RFC 2047 encoded words are decoded, control and bidi
// characters stripped, whitespace folded and the length capped; surfaces render them as text only.
import type {OriginalMessage} from '../types';
import {cutOriginal} from './layouts/helpers';
import type {MimeMessage} from './message';
import {c1AsWindows1252} from './windows-1252';

/** Longest header block read (the fields sought come first in practice; a block is rarely longer). */
const MAX_BLOCK = 32 * 1024;
/** Longest value kept, in characters; a longer one ends with "…". */
export const MAX_VALUE = 200;

const FIELDS = {subject: 'subject', date: 'date', from: 'from'} as const;

// C0 and C1 controls, DEL, and the bidi and zero-width format characters that can reorder or hide text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A decoded, visible, folded and capped header value; '' when nothing visible is left. */
export function cleanValue(value: string): string {
	const text = decodeWords(value).replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
	return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1).trimEnd()}…` : text;
}

// RFC 2047 §2: =?charset?encoding?encoded-text?= (charset may carry an RFC 2231 *language suffix).
const WORD = /=\?([^?\s*]{1,40})(?:\*[^?\s]{0,20})?\?([bBqQ])\?([^?\s]{0,1000})\?=/g;
// Only white space between two encoded words, which RFC 2047 §6.2 says to drop.
const BETWEEN_WORDS = /(\?=)[ \t\r\n]{1,40}(?==\?)/g;

function bytesOf(encoding: string, text: string): Uint8Array | undefined {
	if (encoding === 'b' || encoding === 'B') {
		try {
			const binary = atob(text.replace(/=+$/, ''));
			return Uint8Array.from(binary, c => c.charCodeAt(0));
		} catch {
			return undefined;
		}
	}
	// Q: "_" is a space, =XX a byte, anything else itself (RFC 2047 §4.2).
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '_') out.push(0x20);
		else if (c === '=' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
			out.push(parseInt(text.slice(i + 1, i + 3), 16));
			i += 2;
		} else out.push(c.charCodeAt(0) & 0xff);
	}
	return Uint8Array.from(out);
}

function decodeWith(charset: string, bytes: Uint8Array): string | undefined {
	try {
		// C1 controls read as Windows-1252, as in the message's text (windows-1252.ts).
		return c1AsWindows1252(new TextDecoder(charset.toLowerCase(), {fatal: false}).decode(bytes));
	} catch {
		return undefined; // a charset the platform does not know: the word stays as written
	}
}

/** The header value with its RFC 2047 encoded words decoded (a malformed word stays as written). */
export function decodeWords(value: string): string {
	if (!value.includes('=?')) return value;
	return value.replace(BETWEEN_WORDS, '$1').replace(WORD, (word, charset: string, encoding: string, text: string) => {
		const bytes = bytesOf(encoding, text);
		return (bytes && decodeWith(charset, bytes)) ?? word;
	});
}

/** Subject, Date and From of a header block (unfolded; the first of each), cleaned; undefined when none. */
export function headerFields(block: string): OriginalMessage | undefined {
	const out: OriginalMessage = {};
	let name: keyof typeof FIELDS | undefined;
	let value = '';
	const flush = () => {
		if (name && out[name] === undefined) {
			const clean = cleanValue(value);
			if (clean) out[name] = clean;
		}
		name = undefined;
	};
	const end = Math.min(block.length, MAX_BLOCK);
	// Line by line up to the first blank line: the rest of a long block is never split.
	for (let start = 0; start < end; ) {
		let nl = block.indexOf('\n', start);
		if (nl < 0 || nl > end) nl = end;
		const line = block.slice(start, nl);
		start = nl + 1;
		if (line.startsWith(' ') || line.startsWith('\t')) {
			if (name) value += ` ${line.trim()}`;
			continue;
		}
		flush();
		if (!line.trim()) break;
		const colon = line.indexOf(':');
		if (colon < 1 || colon > 40) continue;
		const key = line.slice(0, colon).trim().toLowerCase();
		if (key in FIELDS) {
			name = key as keyof typeof FIELDS;
			value = line.slice(colon + 1);
		}
	}
	flush();
	if (!out.subject && !out.date && !out.from) return undefined;
	// In one order whatever the block's: subject, date, from.
	const {subject, date, from} = out;
	return {...(subject && {subject}), ...(date && {date}), ...(from && {from})};
}

/**
 * Subject, Date and From of the header lines after a displayed notice's "Original message" marker:
 * the marker line, blank lines, then the block. A MIME part's own fields may come first
 * ("Content-Type: message/rfc822", "Content-Description: …", a blank line, then the message's
 * headers), so the second block is read when the first has none of the fields.
 */
function quotedFields(text: string): OriginalMessage | undefined {
	const cut = cutOriginal(text).length;
	if (cut >= text.length) return undefined;
	const rest = text.slice(cut, cut + MAX_BLOCK);
	const afterMarker = rest.indexOf('\n');
	if (afterMarker < 0) return undefined;
	const blocks = rest.slice(afterMarker + 1).split(/\n[ \t]*\n/, 3).map(b => b.replace(/^(?:[ \t]*\n)+/, '')).filter(Boolean);
	return headerFields(blocks[0] ?? '') ?? headerFields(blocks[1] ?? '');
}

/** What the message `msg` returns is about, or undefined when it carries no header of it. */
export function originalOf(msg: MimeMessage): OriginalMessage | undefined {
	if (msg.original) {
		const found = headerFields(msg.original);
		if (found) return found;
	}
	const text = msg.text.trim() ? msg.text : msg.body;
	return quotedFields(text);
}
