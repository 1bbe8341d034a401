// Grouping tokens into findings: one finding per SMTP reply as written (reply code + enhanced code
// + provider tags + its text). A reply's extent runs from its first token to the end of its line
// and on over continuation lines: lines indented at least as deep (Postfix folds at ~76 columns with
// a 4-space indent; DSN headers fold with one space) or lines starting with the same `550-`/`550 `
// prefix while a multi-line reply is open. A blank line, an unindented line, the next token that
// cannot join, or RAW_CAP chars end it. Each char is looked at a bounded number of times: linear.

import type {CodeMatch, Finding} from '../types';
import {foldSpaces} from '../fold-spaces';
import {isHSpace} from './guards';

/** Longest raw span a finding's text is taken from, and the longest folded text kept. */
const RAW_CAP = 2000;
const TEXT_CAP = 1000;
/** How far back to look for the start of a finding's line (its indentation). */
const LINE_LOOKBACK = 200;

interface Open {
	f: Finding;
	/** Quote depth (`>`) and indentation of the line the finding starts on. */
	quote: number;
	ws: number;
	/** Code of an open multi-line reply (last prefix was `550-`), else ''. */
	cont: string;
	scan: number;
	/** End of the extent once known, else -1. */
	end: number;
	lim: number;
	/** Raw [start, end) ranges left out of the text: repeated `550-5.1.1 ` continuation prefixes. */
	skips: number[];
	lastEnd: number;
}

const isSpace = (c: number): boolean => isHSpace(c) || c === 10 || c === 13;

/** Quote depth and indentation of the line starting at `ls`; ws = -1 for a blank line. */
function linePrefix(text: string, ls: number): {quote: number; ws: number; at: number} {
	const stop = Math.min(text.length, ls + 64);
	let quote = 0;
	let ws = 0;
	let j = ls;
	for (; j < stop; j++) {
		const c = text.charCodeAt(j);
		if (c === 62) {
			quote++;
			ws = 0;
		} else if (isHSpace(c)) ws++;
		else break;
	}
	const c = j < text.length ? text.charCodeAt(j) : 10;
	if (c === 10 || c === 13) return {quote, ws: -1, at: j};
	// `> text`: the one space after the quote mark is part of quoting, not indentation.
	return {quote, ws: quote > 0 && ws > 0 ? ws - 1 : ws, at: j};
}

export function groupFindings(text: string, matches: readonly CodeMatch[]): Finding[] {
	const n = text.length;
	const findings: Finding[] = [];
	// Cache of the next newline: queries only move forward, so all indexOf calls together scan once.
	let nlFrom = -1;
	let nlAt = -1;
	const nextNewline = (from: number): number => {
		if (from >= nlFrom && nlFrom >= 0 && (nlAt < 0 || from <= nlAt)) return nlAt;
		nlFrom = from;
		nlAt = text.indexOf('\n', from);
		return nlAt;
	};

	const continues = (o: Open, ls: number): boolean => {
		const p = linePrefix(text, ls);
		if (p.ws < 0 || p.quote !== o.quote) return false;
		if (p.ws >= 1 && p.ws >= o.ws) return true;
		if (o.cont === '' || !text.startsWith(o.cont, p.at)) return false;
		const c = p.at + 3 < n ? text.charCodeAt(p.at + 3) : 0;
		return c === 45 || isHSpace(c);
	};

	const advance = (o: Open, pos: number): void => {
		if (o.end >= 0) return;
		const to = Math.min(pos, o.lim);
		while (o.scan < to) {
			const nl = nextNewline(o.scan);
			if (nl < 0 || nl >= to) {
				o.scan = to;
				break;
			}
			if (!continues(o, nl + 1)) {
				o.end = nl;
				return;
			}
			o.scan = nl + 1;
		}
		if (pos > o.lim) o.end = o.lim;
	};

	const open = (m: CodeMatch): Open => {
		const f: Finding = {tags: [], text: '', start: m.start, end: m.end};
		let ls = m.start;
		const floor = Math.max(0, m.start - LINE_LOOKBACK);
		while (ls > floor && text.charCodeAt(ls - 1) !== 10) ls--;
		const p = ls === 0 || text.charCodeAt(ls - 1) === 10 ? linePrefix(text, ls) : {quote: 0, ws: 0};
		const o: Open = {f, quote: p.quote, ws: Math.max(0, p.ws), cont: '', scan: m.start, end: -1,
			lim: m.start + RAW_CAP, skips: [], lastEnd: m.end};
		attach(o, m);
		return o;
	};

	const attach = (o: Open, m: CodeMatch): boolean => {
		const f = o.f;
		if (m.kind === 'reply') {
			if (f.reply) {
				if (o.cont !== m.code) return false;
				// A continuation line's prefix: keep the token, leave it out of the folded text.
				o.skips.push(m.start, Math.min(n, m.end + 1));
			} else if (f.enhanced || f.tags.length > 0) return false;
			else f.reply = m;
			o.cont = text.charCodeAt(m.end) === 45 ? m.code : '';
		} else if (m.kind === 'enhanced') {
			if (!f.enhanced) f.enhanced = m;
			else if (f.enhanced.code !== m.code) return false;
			else {
				const last = o.skips.length > 0 ? o.skips[o.skips.length - 1]! : -1;
				// `550-5.1.1 ` repeated on each line: drop the repeated enhanced code with its prefix.
				if (last >= 0 && m.start - last <= 2) o.skips[o.skips.length - 1] = Math.min(n, m.end + 1);
			}
		} else f.tags.push(m);
		o.lastEnd = Math.max(o.lastEnd, m.end);
		return true;
	};

	const close = (o: Open, limit: number): void => {
		const f = o.f;
		let end = o.end >= 0 ? o.end : Math.min(limit, o.lim);
		// Trim what belongs to the surroundings: spaces, a nested `->`, an opening quote or bracket.
		for (;;) {
			const c = text.charCodeAt(end - 1);
			if (end > o.lastEnd && (isSpace(c) || c === 40 || c === 91 || c === 35 || c === 39 || c === 34)) end--;
			else if (end - 1 > o.lastEnd && c === 62 && text.charCodeAt(end - 2) === 45) end -= 2;
			else break;
		}
		f.end = Math.max(end, o.lastEnd);
		let raw = '';
		let from = f.start;
		for (let k = 0; k + 1 < o.skips.length; k += 2) {
			raw += text.slice(from, o.skips[k]) + ' ';
			from = Math.max(from, o.skips[k + 1]!);
		}
		raw += text.slice(from, f.end);
		if (f.reply && text.charCodeAt(f.reply.end) === 45) {
			const off = f.reply.end - f.start;
			raw = raw.slice(0, off) + ' ' + raw.slice(off + 1);
		}
		f.text = foldSpaces(raw).trim().slice(0, TEXT_CAP);
		findings.push(f);
	};

	let cur: Open | undefined;
	for (const m of matches) {
		if (cur) {
			advance(cur, m.start);
			if (cur.end < 0 && attach(cur, m)) continue;
			close(cur, m.start);
		}
		cur = open(m);
	}
	if (cur) {
		advance(cur, n);
		close(cur, n);
	}
	return findings;
}
