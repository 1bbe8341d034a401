// Small, linear text helpers shared by the MIME, DSN and layout parsers.
// Every regex here is linear: no nested quantifiers over unbounded input.
import {c1AsWindows1252} from './windows-1252';

/** Collapse runs of whitespace (folded header lines, wrapped bounce lines) into single spaces. */
export function fold(text: string): string {
	// Same as replacing every /\s+/ run by one space, but a lone space (most of them) is left as it is.
	return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Normalise line endings to LF so every parser sees one convention (RFC 5322 uses CRLF, files LF). */
export function toLf(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

// Spaces a page or an HTML part writes in other code points (no-break, figure, narrow, en/em,
// ideographic spaces), and the invisible ones (zero-width space and joiners, word joiner, BOM).
const WIDE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Text as a webmail renders it, read with plain spaces: indentation and padding often arrive as
 * no-break spaces (`&nbsp;`), and zero-width characters may sit inside a code or an address. C1
 * control characters are read as the Windows-1252 characters they were (windows-1252.ts), so that a
 * part labelled ISO-8859-1 or Windows-1252 reads the same in Node as in a browser, by either MIME path.
 */
export function plainSpaces(text: string): string {
	// Every character these replace is outside ASCII: ASCII text is returned as it is.
	// eslint-disable-next-line no-control-regex
	if (!/[^\x00-\x7f]/.test(text)) return text;
	return c1AsWindows1252(text.replace(INVISIBLE, '').replace(WIDE_SPACE, ' '));
}

/** Whether a line of the text ends in a space or a tab: what `/[ \t](?:\n|$)/` tells, from the line breaks alone. */
export function blankAtLineEnd(text: string): boolean {
	const last = text.charCodeAt(text.length - 1);
	if (last === 0x20 || last === 0x09) return true;
	// Most texts have none: one indexOf per line, not a regex step per character.
	for (let lf = text.indexOf('\n', 1); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
		const c = text.charCodeAt(lf - 1);
		if (c === 0x20 || c === 0x09) return true;
	}
	return false;
}

/**
 * Drop the blanks at the end of each line: MTAs and webmails pad lines with spaces or tabs, and a
 * field or label followed by them must read the same as without. Lines of blanks only become empty.
 */
export function trimLineEnds(text: string): string {
	if (!blankAtLineEnd(text)) return text;
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		let end = line.length;
		while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
		if (end < line.length) lines[i] = line.slice(0, end);
	}
	return lines.join('\n');
}

// An addr-spec good enough for bounces (RFC 5321 §4.1.2 Mailbox): no spaces, one '@', a dotted
// or bracketed domain. Bounded character classes keep it linear, and a local part starts only where
// a run of its characters starts: otherwise every position of a long run without '@' would be
// scanned 128 characters ahead again.
const ADDRESS = /(?<![A-Za-z0-9!#$%&'*+/=?^_`{|}~.-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,128}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}/g;

/** Every e-mail address in the text, lower-cased, in order of appearance (duplicates kept). */
export function findAddresses(text: string): string[] {
	const out: string[] = [];
	// A match starts and ends with characters cleanAddress keeps unless it starts with an apostrophe
	// (the domain ends in a letter, digit or hyphen): the others need only lower-casing. An exec loop
	// rather than matchAll, which copies the regex on every call.
	ADDRESS.lastIndex = 0;
	for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) out.push(m[0].charCodeAt(0) === 0x27 ? cleanAddress(m[0]) : m[0].toLowerCase());
	return out.filter((a) => a.includes('.', a.indexOf('@')) || /@\w+$/.test(a));
}

/**
 * Group 1 of every match of `re` (global) in the text, appended to `out`: what
 * `[...text.matchAll(re)].map((m) => m[1] ?? '')` gives, without the copy of the regex matchAll
 * makes on every call.
 */
export function captures(re: RegExp, text: string, out: string[] = []): string[] {
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m[1] ?? '');
		// An empty match moves on by one, as matchAll does.
		if (!m[0]) re.lastIndex++;
	}
	return out;
}

/** The first address in the text, or ''. */
export function firstAddress(text: string): string {
	return findAddresses(text)[0] ?? '';
}

/** Strip quotes, angle brackets and trailing punctuation, lower-case (addresses compare case-insensitively in practice). */
export function cleanAddress(raw: string): string {
	let a = raw.trim();
	a = a.replace(/^[<("'\s]+/, '').replace(/[>)"'.,;:\s]+$/, '');
	const lt = a.lastIndexOf('<');
	if (lt >= 0) a = a.slice(lt + 1);
	a = a.replace(/^(?:rfc822|RFC822)\s*;\s*/, '');
	a = a.replace(/^[<("'\s]+/, '').replace(/[>)"'.,;:\s]+$/, '');
	return a.toLowerCase();
}

// A whole HTML document: a page saved from a browser or a mail client ("Save as" .html), which
// starts with its doctype or its html element, perhaps after comments (`<!-- saved from url=… -->`).
// A fragment is not one. The comments are skipped by search, not by a repeated group of a pattern,
// which would try every way of cutting a run of comments before failing (exponential in their number).
const HTML_START = /<(?:!doctype\s+html|html)\b/iy;
const BLANKS = /\s*/y;
/** Comments looked past before the doctype, and how far one may run. */
const MOST_COMMENTS = 16;
const COMMENT_CHARS = 4096;

/** True when the text is a whole HTML document (above), to be read as the text it shows. */
export function isHtmlDocument(text: string): boolean {
	let at = 0;
	for (let comments = 0; ; comments++) {
		BLANKS.lastIndex = at;
		BLANKS.test(text);
		at = BLANKS.lastIndex;
		if (!text.startsWith('<!--', at)) break;
		const end = text.indexOf('-->', at + 4);
		if (comments === MOST_COMMENTS || end < 0 || end - at > COMMENT_CHARS) return false;
		at = end + 3;
	}
	HTML_START.lastIndex = at;
	return HTML_START.test(text);
}

/** Decode the few HTML entities bounce bodies use, and strip tags: a text view of an HTML part. */
export function htmlToText(html: string): string {
	let t = html.replace(/<(?:script|style)\b[^>]*>[^]*?<\/(?:script|style)>/gi, ' ');
	// A line break in the source right after <br> is only layout whitespace: one break, not two.
	t = t.replace(/<br\s*\/?>(?:[ \t]{0,64}\r?\n)?/gi, '\n').replace(/<\/(?:p|div|h\d|li|tr|table|pre|blockquote)>/gi, '\n');
	t = t.replace(/<[^>]{0,2000}>/g, '');
	// Every entity starts with `&`: without one, the eight scans below would find nothing.
	if (t.includes('&'))
		t = t
			.replace(/&nbsp;/gi, ' ')
			.replace(/&lt;/gi, '<')
			.replace(/&gt;/gi, '>')
			.replace(/&quot;/gi, '"')
			.replace(/&#39;|&apos;/gi, "'")
			.replace(/&#(\d{1,6});/g, (_, n: string) => safeChar(Number(n)))
			.replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => safeChar(parseInt(n, 16)))
			.replace(/&amp;/gi, '&');
	// Each run of blanks is tried once, from its first character: without the look-behind every
	// position of a long run would be tried again to its end (quadratic on hostile HTML).
	return t.replace(/(?<![ \t])[ \t]+\n/g, '\n').replace(/(?<!\n)\n{3,}/g, '\n\n');
}

function safeChar(n: number): string {
	return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
}

/** Cut a string to a sane size for output (diagnostics quote attacker text; keep the report small). */
export function clip(text: string, max = 1000): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
