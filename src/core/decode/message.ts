// The pieces of one message the decoder reads, independent of how they were obtained (postal-mime
// for raw MIME, or displayed text alone). No postal-mime import here, so the displayed-text path
// (decodeText, used by the content script) does not pull the MIME parser into its bundle.
import {plainSpaces, toLf, trimLineEnds} from './text';

export interface MimeMessage {
	/** Top-level headers, lower-cased names, unfolded values, in order (duplicates kept). */
	headers: [string, string][];
	/** The bounce's own text: text/plain parts, else the HTML part as text. */
	text: string;
	/** Bodies of message/delivery-status parts (RFC 3464 §2), and of RFC 6533 global ones. */
	dsn: string[];
	/** Body of a message/feedback-report part (RFC 5965 §3), or ''. */
	feedback: string;
	/** Header block of the returned message (message/rfc822 or text/rfc822-headers), or ''. */
	original: string;
	/**
	 * The raw body after the top-level header block. Used when the MIME structure is broken (a
	 * boundary that never occurs, a report pasted as text): the fields are still there as text.
	 */
	body: string;
}

/** Header value lookup (first occurrence), '' when absent. */
export function header(headers: readonly [string, string][], name: string): string {
	for (const [k, v] of headers) if (k === name) return v;
	return '';
}

/** The header block of a message (everything before the first blank line). */
export function headerBlock(raw: string): string {
	const lf = toLf(raw);
	const end = lf.search(/\n\n/);
	return end < 0 ? lf : lf.slice(0, end);
}

/** A message made of displayed text alone (no headers, no parts). */
export function textMessage(text: string): MimeMessage {
	const lf = trimLineEnds(plainSpaces(toLf(text)));
	return {headers: [], text: lf, dsn: [], feedback: '', original: '', body: lf};
}
