// Provider tags: short codes a receiver adds to its reply text (shared/reference/webmail-and-bounces.md
// §2.9, §3.4–3.6). Strict on purpose: a tag is only recognised with a known prefix and digits, inside
// brackets (`[TSS04]`, `(S3150)`), as Microsoft's `AS(2005)`, as a numbered provider code whose
// prefix and separator no word has (Spectrum `AUP#I-1310`, Orange `OFR_506`, `OFR004_506`, La Poste
// `LPN007_416`), or as the whole input (the popup), so ordinary words and footnotes are never tags.
// The token excludes the brackets around it.

import type {CodeMatch} from '../types';
import {AS_PAREN_DIGITS, AS_PAREN_SOURCE, BRACKET_DIGITS, BRACKET_PREFIXES, BRACKET_TAG_SOURCE, OUTLOOK_DIGITS} from '../tag-forms';
import {isDigit, isWordChar} from './guards';
import {Token} from './token';

/** Which prefix the capitals at [from, to) are: 'yahoo-apple', 'outlook' (`S`, `AS`) or ''. */
function prefixKind(text: string, from: number, to: number): 'yahoo-apple' | 'outlook' | '' {
	const len = to - from;
	const c0 = text.charCodeAt(from);
	if (len === 1) return c0 === 83 ? 'outlook' : '';
	if (len === 2 && c0 === 65 && text.charCodeAt(from + 1) === 83) return 'outlook';
	for (const prefix of BRACKET_PREFIXES) {
		if (prefix.length === len && prefix.charCodeAt(0) === c0 && text.startsWith(prefix, from)) return 'yahoo-apple';
	}
	return '';
}

/**
 * A tag in the brackets opened at `p` (`[` or `(`): Yahoo/Apple prefixes with 1–2 digits, or
 * Outlook.com's `(S3150)`, `(S843)`, `(S2017062302)` and anti-spam `(AS3150)`, `(AS16012611)`.
 * Returns the end of the token, which starts at p + 1, or -1.
 */
export function bracketTag(text: string, p: number): number {
	const n = text.length;
	let j = p + 1;
	while (j < n && j < p + 5) {
		const c = text.charCodeAt(j);
		if (c < 65 || c > 90) break;
		j++;
	}
	let k = j;
	while (k < n && k < j + OUTLOOK_DIGITS.max + 1 && isDigit(text.charCodeAt(k))) k++;
	const close = k < n ? text.charCodeAt(k) : 0;
	if (close !== 93 && close !== 41) return -1;
	const kind = prefixKind(text, p + 1, j);
	const digits = k - j;
	if (kind === 'outlook') return digits >= OUTLOOK_DIGITS.min && digits <= OUTLOOK_DIGITS.max ? k : -1;
	return kind === 'yahoo-apple' && digits >= BRACKET_DIGITS.min && digits <= BRACKET_DIGITS.max ? k : -1;
}

/**
 * Microsoft's `AS(2005)` form at `a` (the `A`): the token keeps its parentheses, because without
 * them the number means nothing. Returns the end of the token, which starts at `a`, or -1.
 */
export function asParenTag(text: string, a: number): number {
	if (a > 0 && isWordChar(text.charCodeAt(a - 1))) return -1;
	const n = text.length;
	const j = a + 3;
	let k = j;
	while (k < n && k < j + AS_PAREN_DIGITS.max + 1 && isDigit(text.charCodeAt(k))) k++;
	if (k - j < AS_PAREN_DIGITS.min || k - j > AS_PAREN_DIGITS.max || k >= n || text.charCodeAt(k) !== 41) return -1;
	return k + 1;
}

/** Interned tag strings by a hash of their chars: a text with many `[TSS04]` allocates one string. */
const TAG_CACHE: string[] = Array.from({length: 1024}, () => '');

function tagCode(text: string, start: number, end: number): string {
	let h = end - start;
	for (let j = start; j < end; j++) h = (h * 31 + text.charCodeAt(j)) & 1023;
	const s = TAG_CACHE[h]!;
	if (s.length === end - start && text.startsWith(s, start)) return s;
	return (TAG_CACHE[h] = text.slice(start, end));
}

const BARE_TAG = new RegExp(`^\\s*(${BRACKET_TAG_SOURCE}|${AS_PAREN_SOURCE})\\s*$`);

/**
 * A text that is nothing but a tag (`TSS04`, `S3150`, typed into the popup) is that tag: there is
 * no ordinary word it could be.
 */
function bareTag(text: string): CodeMatch | undefined {
	const m = BARE_TAG.exec(text);
	if (!m?.[1]) return undefined;
	const start = text.indexOf(m[1]);
	return new Token('provider-tag', m[1], start, start + m[1].length);
}

const upper = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

/** True when the three letters at `i` are OFR, LPN or OUK, in any case (Orange, La Poste). */
function orangePrefix(text: string, i: number): boolean {
	const a = upper(text.charCodeAt(i));
	const b = upper(text.charCodeAt(i + 1));
	const c = upper(text.charCodeAt(i + 2));
	return (a === 79 && b === 70 && c === 82) || (a === 76 && b === 80 && c === 78) || (a === 79 && b === 85 && c === 75);
}

const threeDigits = (text: string, i: number): boolean =>
	isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2));

/** A word boundary before `i`: the start of the text or a char that is no letter, digit or `_`. */
const boundaryBefore = (text: string, i: number): boolean => i === 0 || !isWordChar(text.charCodeAt(i - 1));

/**
 * Orange / La Poste codes around the `_` at `u`: `OFR_506`, `OFR004_506`, `LPN007_416`, `OUK_513`
 * (any case). Returns the start of the token, which ends at u + 4, or -1.
 */
export function orangeTag(text: string, u: number): number {
	const n = text.length;
	if (u + 3 >= n || !threeDigits(text, u + 1) || (u + 4 < n && isWordChar(text.charCodeAt(u + 4)))) return -1;
	if (u >= 3 && orangePrefix(text, u - 3) && boundaryBefore(text, u - 3)) return u - 3;
	if (u >= 6 && threeDigits(text, u - 3) && orangePrefix(text, u - 6) && boundaryBefore(text, u - 6)) return u - 6;
	return -1;
}

/**
 * Spectrum codes at `a` (the `A` of `AUP#`): `AUP#I-1310`, `AUP#In-1310`, `AUP#O-1010`, `AUP#1310`.
 * Returns the end of the token, which starts at `a`, or -1 (`AUP#CXSNDR` names no number).
 */
export function spectrumTag(text: string, a: number): number {
	if (!boundaryBefore(text, a)) return -1;
	const n = text.length;
	let j = a + 4;
	while (j < n && j < a + 7) {
		const c = text.charCodeAt(j);
		if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
		j++;
	}
	if (j < n && text.charCodeAt(j) === 45) j++;
	let k = j;
	while (k < n && k < j + 5 && isDigit(text.charCodeAt(k))) k++;
	if (k - j !== 4 || (k < n && isWordChar(text.charCodeAt(k)))) return -1;
	return k;
}

/** Spectrum codes, in order, found by `indexOf` on `#` (one char: a fast scan), then `AUP` before it. */
function scanSpectrum(text: string): CodeMatch[] {
	const out: CodeMatch[] = [];
	for (let h = text.indexOf('#', 3); h >= 0; h = text.indexOf('#', h + 1)) {
		if (text.charCodeAt(h - 3) !== 65 || text.charCodeAt(h - 2) !== 85 || text.charCodeAt(h - 1) !== 80) continue;
		const end = spectrumTag(text, h - 3);
		if (end > 0) out.push(new Token('provider-tag', tagCode(text, h - 3, end), h - 3, end));
	}
	return out;
}

/** Orange / La Poste codes, in order, found by `indexOf` on `_` (one char: a fast scan). */
function scanOrange(text: string): CodeMatch[] {
	const out: CodeMatch[] = [];
	const n = text.length;
	for (let u = text.indexOf('_'); u >= 0 && u + 3 < n; u = text.indexOf('_', u + 1)) {
		// Most `_` join words or numbers (`TLS_ECDHE`, `AES_256_GCM`): three digits and a word end must
		// follow, checked here before the call (a text can hold many `_`). Reads stay inside the text:
		// a read past its end makes V8 drop this function's optimised code.
		const c1 = text.charCodeAt(u + 1);
		const c2 = text.charCodeAt(u + 2);
		const c3 = text.charCodeAt(u + 3);
		if (c1 < 48 || c1 > 57 || c2 < 48 || c2 > 57 || c3 < 48 || c3 > 57 || (u + 4 < n && isWordChar(text.charCodeAt(u + 4)))) continue;
		const start = orangeTag(text, u);
		if (start >= 0) out.push(new Token('provider-tag', tagCode(text, start, u + 4), start, u + 4));
	}
	return out;
}

/** Two lists of tokens sorted by position, as one. */
function merge(a: CodeMatch[], b: CodeMatch[]): CodeMatch[] {
	if (b.length === 0) return a;
	if (a.length === 0) return b;
	const out: CodeMatch[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
	while (i < a.length) out.push(a[i++]!);
	while (j < b.length) out.push(b[j++]!);
	return out;
}

/** Every provider tag of a text, in order: bracketed tags and numbered codes. */
export function scanTags(text: string): CodeMatch[] {
	return merge(merge(scanBracketed(text), scanSpectrum(text)), scanOrange(text));
}

/**
 * Where bracketed tags start: `[` (Yahoo, Apple, Outlook.com) and `(`, which covers `(S3150)`,
 * `(AS843)` and, looking back two chars, Microsoft's `AS(2005)`. Searched with one-char `indexOf`
 * (a vectorised byte search in V8), far faster than a regex alternative or a two-char needle would
 * be. The two cursors advance together, so tags come out in order.
 */
function scanBracketed(text: string): CodeMatch[] {
	const out: CodeMatch[] = [];
	if (text.length <= 24) {
		const bare = bareTag(text);
		if (bare) return [bare];
	}
	// A small integer (not MAX_SAFE_INTEGER), so the cursor arithmetic stays on V8's fast integer path.
	const none = 0x3fffffff;
	let sq = text.indexOf('[');
	let pa = text.indexOf('(');
	for (;;) {
		const a = sq < 0 ? none : sq;
		const b = pa < 0 ? none : pa;
		let start = -1;
		let end = -1;
		if (a < b) {
			sq = text.indexOf('[', a + 1);
			const ch = text.charCodeAt(a + 1);
			if (ch >= 65 && ch <= 90) {
				start = a + 1;
				end = bracketTag(text, a);
			}
		} else if (b < none) {
			pa = text.indexOf('(', b + 1);
			const ch = text.charCodeAt(b + 1);
			if (ch === 83 || (ch === 65 && text.charCodeAt(b + 2) === 83)) {
				start = b + 1;
				end = bracketTag(text, b);
			} else if (b >= 2 && text.charCodeAt(b - 1) === 83 && text.charCodeAt(b - 2) === 65) {
				start = b - 2;
				end = asParenTag(text, start);
			}
		} else return out;
		if (end > 0) out.push(new Token('provider-tag', tagCode(text, start, end), start, end));
	}
}
