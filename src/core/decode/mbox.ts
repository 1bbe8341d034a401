// mbox files (RFC 4155): messages separated by "From " lines. Inside an mboxrd/mboxo body such
// lines are quoted as ">From ", so a bare "From <sender> <date>" line after a blank line starts
// the next message.
const SEPARATOR = /^From [^\s]{1,320}[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t][^\n]{0,80}$/;

// The white space a text may start with (`\s`: JavaScript's white space and line terminators).
const LEADING_SPACE = /\s*/y;

/**
 * The first line after the white space the text starts with, as
 * `text.replace(/^\s+/, '').split(/\r?\n/, 1)[0]` gives it, when it starts with "From " (the
 * SEPARATOR's start); else '' (no From_ line either way). Neither copies the text.
 */
function fromLine(text: string): string {
	LEADING_SPACE.lastIndex = 0;
	LEADING_SPACE.test(text);
	const start = LEADING_SPACE.lastIndex;
	if (!text.startsWith('From ', start)) return '';
	const nl = text.indexOf('\n', start);
	if (nl < 0) return text.slice(start);
	return text.slice(start, text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
}

/** True when the text starts with an mbox From_ line. */
export function isMbox(text: string): boolean {
	return SEPARATOR.test(fromLine(text));
}

/** The start of the next line at or after `at` that starts with "From ", or -1. */
function nextFrom(text: string, at: number): number {
	const nl = text.indexOf('\nFrom ', at);
	return nl < 0 ? -1 : nl + 1;
}

/** True when the line starting at `at` is a From_ line after a blank line (or the first line): a message starts after it. */
function separatesAt(text: string, at: number): boolean {
	const nl = text.indexOf('\n', at);
	const end = nl < 0 ? text.length : nl;
	if (!SEPARATOR.test(text.slice(at, end > at && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end))) return false;
	// The line before: from the LF before it (if any) to the LF that ends it.
	return at === 0 || !text.slice(at < 2 ? 0 : text.lastIndexOf('\n', at - 2) + 1, at - 1).trim();
}

/**
 * Split an mbox into messages; a plain message comes back as a one-element array. Each message is
 * the lines between two separating From_ lines (line by line as split('\n') cuts them), found by a
 * search for the lines that start with "From " rather than by a look at every line.
 */
export function splitMbox(text: string): string[] {
	if (!isMbox(text)) return [text];
	const out: string[] = [];
	// Where the lines since the last separator start (-1: the separator ended the text, no line follows).
	let from = 0;
	for (let at = text.startsWith('From ') ? 0 : nextFrom(text, 0); at >= 0; at = nextFrom(text, at + 1)) {
		if (!separatesAt(text, at)) continue;
		// The lines before it (none only at the very start: two From_ lines never follow each other here).
		if (at > 0) out.push(text.slice(from, at - 1));
		const nl = text.indexOf('\n', at);
		from = nl < 0 ? -1 : nl + 1;
	}
	if (from >= 0) out.push(text.slice(from));
	return out.filter((m) => m.trim());
}

/** /^[!-9;-~]{1,76}:/ (RFC 5322 §3.6.8 field name, then the colon) on s[start, end), without a regex. */
function fieldName(s: string, start: number, end: number): boolean {
	let i = start;
	while (i < start + 77 && i < end) {
		const c = s.charCodeAt(i);
		if (c < 0x21 || c > 0x7e || c === 0x3a) break;
		i++;
	}
	return i > start && i <= start + 76 && i < end && s.charCodeAt(i) === 0x3a;
}

// The fields a raw message's header block commonly starts with.
const KNOWN_FIELD = /^(?:received|return-path|from|to|subject|date|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]{1,60}|dkim-signature|arc-[a-z-]{1,30}|authentication-results|reply-to|sender|auto-submitted|cc|in-reply-to|references|precedence|content-transfer-encoding):/i;

/** True when the text starts like a raw message (an mbox From_ line or a header block). */
export function looksLikeMime(text: string): boolean {
	const head = text.slice(0, 4000).replace(/^\s+/, '');
	if (isMbox(head)) return true;
	let fields = 0;
	// Line by line as split(/\r?\n/) would cut them, stopping at the blank line that ends the header.
	// Each line is read in place (no copy) unless it may be blank; once two known fields are found,
	// the rest is only held to the field-name form.
	for (let start = 0; start <= head.length; ) {
		let end = head.indexOf('\n', start);
		const next = end < 0 ? head.length + 1 : end + 1;
		if (end < 0) end = head.length;
		else if (end > start && head.charCodeAt(end - 1) === 13) end--;
		const at = start;
		start = next;
		const first = head.charCodeAt(at);
		// A printable ASCII first character: not a line of white space only.
		if (!(first >= 0x21 && first <= 0x7e) && !head.slice(at, end).trim()) break;
		if (first === 32 || first === 9) continue;
		if (!fieldName(head, at, end)) return false;
		if (fields < 2 && KNOWN_FIELD.test(head.slice(at, end))) fields++;
	}
	return fields >= 2;
}
