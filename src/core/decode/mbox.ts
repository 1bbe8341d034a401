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

/** True when the text starts like a raw message (an mbox From_ line or a header block). */
export function looksLikeMime(text: string): boolean {
	const head = text.slice(0, 4000).replace(/^\s+/, '');
	if (SEPARATOR.test(head.split(/\r?\n/, 1)[0] ?? '')) return true;
	const lines = head.split(/\r?\n/);
	let fields = 0;
	for (const line of lines) {
		if (!line.trim()) break;
		if (/^[ \t]/.test(line)) continue;
		if (!/^[!-9;-~]{1,76}:/.test(line)) return false;
		if (/^(?:received|return-path|from|to|subject|date|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]{1,60}|dkim-signature|arc-[a-z-]{1,30}|authentication-results|reply-to|sender|auto-submitted|cc|in-reply-to|references|precedence|content-transfer-encoding):/i.test(line)) fields++;
	}
	return fields >= 2;
}
