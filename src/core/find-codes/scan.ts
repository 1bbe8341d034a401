// One global-regex pass for candidates, then cheap char-code checks around each one. The regex has
// no nested quantifiers and every check looks at a bounded window, so the scan is linear.

import type {CodeMatch} from '../types';
import {
	badBefore,
	enhancedEnd,
	isDigit,
	isHSpace,
	isWordChar,
	regexGuardBefore,
	wordBefore,
} from './guards';
import {atLineStart, quantityAfter, replyPosition, replyTextAfter, sentenceReplyAt} from './context';
import {scanTags} from './tags';
import {Token} from './token';

/**
 * Candidates: a reply `550`, alone or with the enhanced code written after it (`550 5.1.1`,
 * `550-'5.1.1`, `550 #5.1.0` come as one hit, halving the round trips on real bounces), or an
 * enhanced code's first three parts `5.1.1`. The lookbehind, placed after the first char so that
 * the engine only runs it where a 2–5 digit is, drops numbers glued to words, ids, IPs, versions
 * and amounts before any JS runs. A hit ending in `.`+digit holds an enhanced code, otherwise it is
 * a lone reply. `.test()` is used rather than `.exec()`: no match array per candidate. Provider
 * tags are found apart, with `indexOf` (tags.ts).
 */
const START = String.raw`[2-5](?<![\w.,+/@$%&\\~].)`;
const REPLY = String.raw`[0-5]\d(?=[\s:-]|$)`;
const PAIRED = String.raw`[ -][#']?[245]\.[0-7]\.\d`;
const ENHANCED = String.raw`\.[0-7]\.\d`;

/** Every candidate: used while a multi-line reply is open, when any `550 ` may continue it. */
const OPEN_CANDIDATES = `${START}(?:${REPLY}(?:${PAIRED})?|${ENHANCED})`;

/**
 * While no multi-line reply is open, lone replies that `reply()` would refuse whatever follows are
 * dropped by the regex: a lone reply must be followed by an enhanced code it may pair with (up to
 * 40 blanks away, as far as `pairedEnhanced` looks), by SES's `-'`, or be placed where
 * `replyPosition` may say more than 'none'. It says 'none' after a word, digit or bracket and
 * fewer than 39 blanks (`+1 550 555 0100`, `(550 EUR`, `took 250 ms`), and after a quoting mark
 * that a word precedes on its line (`order #550`, `Corp. | 410`, `INC-550`). Each hit dropped is
 * one the scanner drops, so the tokens are the same, but prose full of numbers costs no round trip
 * to JS per number. The blanks are `isHSpace`'s, the marks `lineStart`'s.
 */
const H_SPACE = String.raw`[\t \u00a0\u2000-\u200a\u202f\u3000]`;
const NOT_MARK = String.raw`[^\t \u00a0\u2000-\u200a\u202f\u3000\n\r:;'"><#*|-]`;
const LINE_MARKS = String.raw`[\t \u00a0\u2000-\u200a\u202f\u3000><#*|'"-]`;
const NOT_LINE_MARK = String.raw`[^\t \u00a0\u2000-\u200a\u202f\u3000\n\r><#*|'"-]`;
const PAIRABLE = String.raw`(?=[-:]?[\s>]{0,40}[#']?[245]\.[0-7]\.\d|-')`;
/**
 * And enhanced codes that `enhancedEnd` surely refuses are dropped too: a 4-digit detail
 * (`5.1.2024`), or something glued after the detail (`4.2.2.1`, `5.1.1a`, `5.4.0-150`, `5.1.1:30`).
 */
const WELL_ENDED = String.raw`(?!\d{3}|\d{0,2}(?!\d)(?:[A-Za-z_@/\\%]|[.-]\w|[,:]\d))`;
const PLACED = `(?<!${NOT_MARK}${H_SPACE}{0,38}...|${NOT_LINE_MARK}${LINE_MARKS}{0,20}[#*|<-]${H_SPACE}{0,38}...)`;
const CANDIDATES = `${START}(?:${REPLY}(?:${PAIRED}|${PAIRABLE}|${PLACED})|${ENHANCED}${WELL_ENDED})`;

// Built once: a scan resets their lastIndex (scanMatches never runs inside itself).
const OPEN_RE = new RegExp(OPEN_CANDIDATES, 'g');
const STRICT_RE = new RegExp(CANDIDATES, 'g');

// Codes come from a small set: intern their strings in flat tables instead of slicing one per
// token, so a scan with 100,000 tokens does not also allocate 100,000 strings. (Only allocations
// are saved: the tables hold nothing a result depends on.)
const REPLY_STRINGS = Array.from({length: 360}, (_, k) => String(k + 200)); // 200–559
/** Enhanced codes by class × subject × detail, the detail's width included (`5.1.1` ≠ `5.1.01`). */
const DETAIL_SLOTS = 1110; // 10 one-digit + 100 two-digit + 1000 three-digit details
const ENHANCED_STRINGS: string[] = Array.from({length: 3 * 8 * DETAIL_SLOTS}, () => '');

function replyCode(text: string, i: number): string {
	// '2','0','0' → 0: char codes are digit + 48, so 48·111 + 200 = 5528 is subtracted.
	const k = text.charCodeAt(i) * 100 + text.charCodeAt(i + 1) * 10 + text.charCodeAt(i + 2) - 5528;
	return REPLY_STRINGS[k] ?? text.slice(i, i + 3);
}

function enhancedCode(text: string, i: number, end: number): string {
	const k = text.charCodeAt(i);
	let slot = (k === 50 ? 0 : k === 52 ? 8 : 16) + text.charCodeAt(i + 2) - 48;
	let detail = 0;
	for (let j = i + 4; j < end; j++) detail = detail * 10 + text.charCodeAt(j) - 48;
	const width = end - i - 4;
	slot = slot * DETAIL_SLOTS + (width === 1 ? 0 : width === 2 ? 10 : 110) + detail;
	const s = ENHANCED_STRINGS[slot];
	if (s) return s;
	return (ENHANCED_STRINGS[slot] = text.slice(i, end));
}

/** How far a multi-line reply's next `550-`/`550 ` prefix may be from the previous one. */
const CONTINUATION_GAP = 1000;

/**
 * Start of an enhanced code paired with the reply that ends at `k`: `550 5.1.1`, `550-5.1.1`,
 * `550-'5.1.1` (Amazon SES), `550 #5.1.0`, `550: 5.2.2` (Yahoo), or wrapped onto the next line
 * (`said: 421\n    4.7.0`, Postfix folding). -1 if none.
 */
function pairedEnhanced(text: string, k: number): number {
	const n = text.length;
	let j = k;
	if (j < n && (text.charCodeAt(j) === 45 || text.charCodeAt(j) === 58)) j++;
	const stop = Math.min(n, k + 40);
	let newlines = 0;
	while (j < stop) {
		const c = text.charCodeAt(j);
		if (c === 10) {
			if (++newlines > 1) return -1;
		} else if (!(isHSpace(c) || c === 13 || (newlines > 0 && c === 62))) break;
		j++;
	}
	if (j < n) {
		const c = text.charCodeAt(j);
		if (c === 35 || c === 39) j++;
	}
	return enhancedEnd(text, j) > 0 ? j : -1;
}

/** True when a blank line lies in [from, to): it ends a multi-line reply. Bounded by the caller. */
function blankBetween(text: string, from: number, to: number): boolean {
	let lineEmpty = false;
	for (let j = from; j < to; j++) {
		const c = text.charCodeAt(j);
		if (c === 10) {
			if (lineEmpty) return true;
			lineEmpty = true;
		} else if (!(c === 13 || isHSpace(c))) lineEmpty = false;
	}
	return false;
}

/**
 * For a hit ending in an enhanced code that starts at `e`: the start of the reply the regex matched
 * with it (`550 5.1.1` is one hit), or -1 when the enhanced code stands alone. Mirrors the regex: a
 * reply right before it that passes the lookbehind would have been matched first (leftmost match).
 */
function pairedReply(text: string, e: number): number {
	const k = text.charCodeAt(e);
	if (k !== 50 && k !== 52 && k !== 53) return -1;
	let s = e - 1;
	let c = s >= 0 ? text.charCodeAt(s) : 0;
	if (c === 35 || c === 39) c = --s >= 0 ? text.charCodeAt(s) : 0;
	if ((c !== 32 && c !== 45) || s < 3) return -1;
	const r = s - 3;
	const d0 = text.charCodeAt(r);
	const d1 = text.charCodeAt(r + 1);
	if (d0 < 50 || d0 > 53 || d1 < 48 || d1 > 53 || !isDigit(text.charCodeAt(r + 2))) return -1;
	return r === 0 || !regexGuardBefore(text.charCodeAt(r - 1)) ? r : -1;
}

function standaloneEnhanced(text: string, i: number): number {
	const p = i > 0 ? text.charCodeAt(i - 1) : 10;
	if (badBefore(p)) return -1;
	const end = enhancedEnd(text, i);
	if (end < 0 || !(isHSpace(p) || p === 58 || p === 61)) return end;
	const word = wordBefore(text, i);
	if (word === 'version') return -1;
	// A lone 2.X.X after a plain word is far more often a version (`Dovecot 2.3.1`) than a status.
	if (text.charCodeAt(i) === 50 && word === 'other') return -1;
	return end;
}

/**
 * Every code token in `text`, in order. `prefilter: false` runs the open regex throughout: the
 * tokens are the same (a test holds the two to that), only slower on prose full of numbers.
 * `first`: stop at the first token found (hasCodes), the rest of the text left unread.
 */
export function scanMatches(text: string, prefilter = true, first = false): CodeMatch[] {
	const out: CodeMatch[] = [];
	const n = text.length;
	// An open multi-line reply (`550-…` seen): later `550-`/`550 ` prefixes in the same block are
	// its continuation lines even mid-line, where Postfix joined them (`… The account 550-or domain`).
	let openCode = '';
	let openEnd = 0;
	const open = OPEN_RE;
	const strict = prefilter ? STRICT_RE : OPEN_RE;
	open.lastIndex = 0;
	strict.lastIndex = 0;
	let re = strict;
	/** Opens (a code) or closes ('') a multi-line reply, switching regexes at the same place. */
	const setOpen = (code: string): void => {
		openCode = code;
		const next = code === '' ? strict : open;
		if (next !== re) {
			next.lastIndex = re.lastIndex;
			re = next;
		}
	};
	// Provider tags, found apart (tags.ts), are interleaved in position order as tokens are pushed:
	// one comparison per token while no tag is due.
	const tags = scanTags(text);
	// Every tag found is pushed: with one, the text has a token.
	if (first && tags.length > 0) return [tags[0]!];
	let nextTag = 0;
	let nextTagStart = tags.length > 0 ? tags[0]!.start : n;
	const push = (m: CodeMatch): void => {
		if (m.start > nextTagStart) {
			while (nextTag < tags.length && tags[nextTag]!.start < m.start) out.push(tags[nextTag++]!);
			nextTagStart = nextTag < tags.length ? tags[nextTag]!.start : n;
		}
		out.push(m);
	};

	/** Accepts the reply at `i` (and the enhanced code at `enh` the regex paired with it, if valid). */
	const reply = (i: number, enh: number): boolean => {
		const end = i + 3;
		if (i > 0) {
			const p = text.charCodeAt(i - 1);
			if (badBefore(p)) return false;
			// `2024-550`, `abc-550`, `550-550`: a hyphenated id or number, not a reply.
			if (p === 45 && i > 1 && isWordChar(text.charCodeAt(i - 2))) return false;
		}
		const c = end < n ? text.charCodeAt(end) : 10;
		const d = end + 1 < n ? text.charCodeAt(end + 1) : 0;
		let e = enh >= 0 ? enhancedEnd(text, enh) : -1;
		// Most lone replies are followed by a space and a word (`550 User unknown`): no enhanced code
		// can follow, so the wider search is skipped.
		if (e < 0 && !(c === 32 && ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)))) {
			enh = pairedEnhanced(text, end);
			e = enh >= 0 ? enhancedEnd(text, enh) : -1;
		}
		// `550-0100`, `550-12`: a phone number or range unless an enhanced code follows. `550:` only
		// before one (`550: 5.2.2`) or an address (`550: <a@b>: User unknown`, Yahoo), else it is a
		// label, a time or a port.
		if (e < 0 && ((c === 45 && isDigit(d)) || (c === 58 && !(d === 32 && text.charCodeAt(end + 2) === 60)))) {
			return false;
		}
		const code = replyCode(text, i);
		// Amazon SES quotes the remote reply after a hyphen: `550-'Unknown user …'`.
		let ok = e > 0 || (c === 45 && d === 39);
		if (!ok && openCode === code) {
			if (i - openEnd <= CONTINUATION_GAP && !blankBetween(text, openEnd, i)) ok = true;
			else setOpen('');
		}
		if (!ok) {
			const position = replyPosition(text, i);
			if (position === 'none' || quantityAfter(text, end)) return false;
			if (position === 'weak' && !replyTextAfter(text, end) && !(atLineStart(text, i) && sentenceReplyAt(text, i, end))) return false;
		}
		push(new Token('reply', code, i, end));
		setOpen(c === 45 ? code : '');
		openEnd = end;
		if (e > 0) {
			push(new Token('enhanced', enhancedCode(text, enh, e), enh, e));
			re.lastIndex = e;
		}
		return true;
	};

	while ((!first || out.length === 0) && re.test(text)) {
		const end = re.lastIndex;
		if (text.charCodeAt(end - 2) !== 46) {
			reply(end - 3, -1);
			continue;
		}
		const i = end - 5;
		const r = pairedReply(text, i);
		if (r >= 0 && reply(r, i)) continue;
		// Not paired, or the reply was refused (`€550 5.1.1`): the enhanced code on its own.
		const e = standaloneEnhanced(text, i);
		if (e > 0) {
			push(new Token('enhanced', enhancedCode(text, i, e), i, e));
			re.lastIndex = e;
		}
	}
	while (nextTag < tags.length) out.push(tags[nextTag++]!);
	return out;
}
