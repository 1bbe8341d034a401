// mbox files (RFC 4155): messages separated by "From " lines. Inside an mboxrd/mboxo body such
// lines are quoted as ">From ", so a bare "From <sender> <date>" line after a blank line starts
// the next message.
const SEPARATOR = /^From [^\s]{1,320}[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t][^\n]{0,80}$/;

/** True when the text starts with an mbox From_ line. */
export function isMbox(text: string): boolean {
	return SEPARATOR.test(text.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '');
}

/** Split an mbox into messages; a plain message comes back as a one-element array. */
export function splitMbox(text: string): string[] {
	if (!isMbox(text)) return [text];
	const lines = text.split('\n');
	const out: string[] = [];
	let cur: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').replace(/\r$/, '');
		const starts = SEPARATOR.test(line) && (i === 0 || !(lines[i - 1] ?? '').trim());
		if (starts) {
			if (cur.length) out.push(cur.join('\n'));
			cur = [];
			continue; // the From_ line itself is not a header
		}
		cur.push(lines[i] ?? '');
	}
	if (cur.length) out.push(cur.join('\n'));
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
	if (SEPARATOR.test(head.split(/\r?\n/, 1)[0] ?? '')) return true;
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
