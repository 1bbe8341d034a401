// Shared helpers for layouts. All regexes are linear.
import {cleanAddress, fold} from '../text';
import {anchored, mayMatch} from '../anchored';
import {emailScope} from '../../email-scope';
import {EXCHANGE_ORIGINAL_HEADERS} from './localised';
import type {Wording} from './localised';
import type {Reason} from '../../types';

/** Regex source matching any of the wordings: literal text, where a space may be any short run of white space (a wrapped line, a no-break space). */
export function wordsPattern(list: readonly Wording[]): string {
	return list.map((w) => w.text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s{1,4}')).join('|');
}

/**
 * The text as the localised patterns expect it: NFC (a notice copied from a page or a file may be
 * NFD), typographic apostrophes as ', and no-break or narrow spaces (French puts one before ":")
 * as plain spaces. Plain ASCII text is returned as it is.
 */
export function matchView(text: string): string {
	// The last answer is kept for the same text in the same email (email-scope.ts).
	if (text === lastViewIn && lastViewScope === emailScope()) return lastViewOut;
	lastViewIn = text;
	lastViewScope = emailScope();
	// eslint-disable-next-line no-control-regex
	lastViewOut = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u00a0\u2007\u202f]/g, ' ') : text;
	return lastViewOut;
}
let lastViewIn: string | undefined;
let lastViewScope = -1;
let lastViewOut = '';

// Lines that start the returned message inside a text body: everything after is the sender's
// own mail (quoted addresses there are not failed recipients).
const ORIGINAL_MARKERS = anchored(new RegExp(
	String.raw`^[ \t]*(?:-{2,}[ \t]*(?:This is a copy of the message|Below this line is a copy of the message|Original message|Original Message|Returned message|Unsent message below|Unsent message follows|Message header follows|The header of the original message is following|Copy of the message)|-{3,}[ \t]*original message|Original message headers:|Content-Type:[ \t]*(?:message\/rfc822|text\/rfc822-headers)|(?:-{2,} ?)?(?:Original|Returned) (?:message|mail) follows|Message headers follow|(?:${wordsPattern(EXCHANGE_ORIGINAL_HEADERS)})[ \t\u00a0]{0,2}:)`,
	'im',
));

/** The text before the returned original message. */
export function cutOriginal(text: string): string {
	// The decoder asks this of the same text several times (assemble, then the layout that parses it).
	if (text === lastText && lastCutScope === emailScope()) return lastCut;
	const m = mayMatch(ORIGINAL_MARKERS, text) ? ORIGINAL_MARKERS.exec(text) : null;
	lastCut = m ? text.slice(0, m.index) : text;
	lastText = text;
	lastCutScope = emailScope();
	return lastCut;
}
let lastText: string | undefined;
let lastCutScope = -1;
let lastCut = '';

/** The part of the text after the first match of `start` (and before `end`, if given and found). */
export function section(text: string, start: RegExp, end?: RegExp): string {
	const s = start.exec(text);
	if (!s) return '';
	// The rest of the start line, if empty, is not a section of its own.
	let rest = text.slice(s.index + s[0].length).replace(/^[ \t]*\n/, '');
	if (end) {
		const e = end.exec(rest);
		if (e) rest = rest.slice(0, e.index);
	}
	return rest;
}

export interface Block {
	recipient: string;
	/** Rest of the head line after the address. */
	head: string;
	lines: string[];
}

/**
 * Split text into blocks that each start at a line matching `head` (group 1 = the address, group 2
 * optionally the rest of the line). A block ends at a blank line (if `blankEnds`) or the next head.
 */
export function addressBlocks(text: string, head: RegExp, blankEnds = true, indentContinues = false): Block[] {
	const blocks: Block[] = [];
	let cur: Block | null = null;
	let curIndented = false;
	// Line by line with indexOf: a line is sliced only where it is read (one that may be a head, or
	// one of a block). `at` is the next '@' from the line on: a line before it names no address.
	let at = text.indexOf('@');
	for (let start = 0; start <= text.length; ) {
		let stop = text.indexOf('\n', start);
		if (stop < 0) stop = text.length;
		const lineStart = start;
		start = stop + 1;
		if (at >= 0 && at < lineStart) at = text.indexOf('@', lineStart);
		// A head names an address: a line without '@' is not one, and its search is skipped.
		const named = at >= 0 && at < stop;
		if (!named && !cur) continue;
		const line = text.slice(lineStart, stop);
		const m = named ? head.exec(line) : null;
		const indented = line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09;
		// A reply folded under an unindented head ("<rcpt>: host … said: 554 Mail from\n    <sender>
		// rejected …") carries other addresses on its indented lines; they are not new recipients.
		const continues = indentContinues && cur !== null && !curIndented && indented;
		if (m && m[1] && m[1].includes('@') && !continues) {
			curIndented = indented;
			cur = {recipient: cleanAddress(m[1]), head: (m[2] ?? '').trim(), lines: []};
			blocks.push(cur);
			continue;
		}
		if (!cur) continue;
		if (!line.trim()) {
			if (blankEnds && cur.lines.length + (cur.head ? 1 : 0) > 0) cur = null;
			continue;
		}
		cur.lines.push(line);
	}
	return blocks;
}

/** Join a block's head and lines into one folded diagnostic. */
export function blockText(b: Block): string {
	return fold([b.head, ...b.lines].join(' '));
}

/** "host mx.example[192.0.2.1] said: 550 …" → the host name. */
export function hostOf(text: string): string {
	const m = /\bhost[ \t]+([A-Za-z0-9.-]{1,255})[ \t]*\[/i.exec(text) ?? /\bhost[ \t]+([A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63})\b/i.exec(text);
	return m?.[1]?.toLowerCase() ?? '';
}

/**
 * An MTA's own table of the error texts it writes and the reason each one means: MTA-specific
 * knowledge, applied only inside that MTA's layout. Rows are tried in order; a row matches when the
 * text contains one of its words (case-insensitively).
 */
export type MessageTable = readonly (readonly [Reason, readonly string[]])[];

/** The reason of the first row of the table whose words occur in the text. */
export function tableReason(table: MessageTable, text: string): Reason | undefined {
	const lower = text.toLowerCase();
	for (const [reason, words] of table) if (words.some((w) => lower.includes(w))) return reason;
	return undefined;
}

/** A message table with its words lower-cased once (tableReason compares lower-cased text). */
export function messageTable(rows: MessageTable): MessageTable {
	return rows.map(([reason, words]) => [reason, words.map((w) => w.toLowerCase())] as const);
}
