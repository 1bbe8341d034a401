// False-positive guards for the code finder: cheap char-code checks around a candidate, after
// go-sisimai smtp/status/find.go (no digit or `v` before a code, subject 0–7, IPs masked) and the
// look-alikes listed in shared/reference/webmail-and-bounces.md §2.9. Every loop here is bounded by
// a small constant, so the finder stays linear however hostile the text.

import {WordSet} from './words';

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** ASCII letter, digit or `_`: glued to one of these, a number is part of a word, id or hex. */
export const isWordChar = (c: number): boolean => isDigit(c) || isAsciiLetter(c) || c === 95;

/** Space or tab, plus the Unicode spaces webmails put into rendered text (NBSP above all). */
export const isHSpace = (c: number): boolean =>
	c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;

export const isNewline = (c: number): boolean => c === 10 || c === 13;

/** Currency signs (`$550`, `€550`) and other prefixes that make a number a quantity. */
export const isCurrency = (c: number): boolean =>
	c === 36 || c === 163 || c === 165 || c === 162 || (c >= 0x20a0 && c <= 0x20cf);
/** `§5.1.1` is a section, `№550` a number. */
const isNumberSign = (c: number): boolean => c === 167 || c === 0x2116;

/** The candidate regex's lookbehind, `[\w.,+/@$%&\\~]`, as a char-code test. */
export function regexGuardBefore(c: number): boolean {
	return (
		isWordChar(c) ||
		c === 46 || // .
		c === 44 || // ,
		c === 43 || // +
		c === 47 || // /
		c === 64 || // @
		c === 36 || // $
		c === 37 || // %
		c === 38 || // &
		c === 92 || // \
		c === 126 // ~
	);
}

/**
 * Characters that, right before a code, show it is part of something else: a word, hex or id
 * (`0x550`, `id4.1.1`), an IP or version (`10.5.1.1`, `15.1.112.19`), an amount (`$550`, `1,550`),
 * a phone number (`+550`), a path or address (`/550`, `@550`).
 */
export function badBefore(c: number): boolean {
	return regexGuardBefore(c) || isCurrency(c) || isNumberSign(c);
}

/**
 * End of an enhanced status code (RFC 3463: class 2/4/5, one-digit subject 0–7, detail 1–3 digits)
 * starting at `i`, or -1. Checks the shape and what follows: no 4th part (`5.1.1.1`, IPs), no
 * 4-digit detail (`5.1.2024`), nothing glued on (`4.1.1a`, `5.1.1@host`, `smtp-5.1.1.example`).
 */
export function enhancedEnd(text: string, i: number): number {
	const n = text.length;
	if (i + 4 >= n) return -1;
	const k = text.charCodeAt(i);
	if (k !== 50 && k !== 52 && k !== 53) return -1;
	const s = text.charCodeAt(i + 2);
	if (text.charCodeAt(i + 1) !== 46 || s < 48 || s > 55 || text.charCodeAt(i + 3) !== 46) return -1;
	let j = i + 4;
	while (j < n && j < i + 8 && isDigit(text.charCodeAt(j))) j++;
	if (j === i + 4 || j > i + 7) return -1;
	if (j >= n) return j;
	const c = text.charCodeAt(j);
	if (isWordChar(c) || c === 64 || c === 47 || c === 92 || c === 37) return -1;
	const d = j + 1 < n ? text.charCodeAt(j + 1) : 0;
	// `5.1.1.1`, `5.1.1.example.com`, `5.4.0-150`, `4.5.6-beta`, `5.1.1,2`, `5.1.1:30`
	if (((c === 46 || c === 45) && isWordChar(d)) || ((c === 44 || c === 58) && isDigit(d))) return -1;
	return j;
}

/**
 * The word (ASCII letters, at most 12) that ends just before `i`, across up to 3 spaces and one `:`
 * or `=` (`Version: 5.1.1`, `status=5.1.1`): 'version' for a version or section word, 'status' for
 * a word that may introduce a status, 'other', or 'none' when there is no word.
 */
export function wordBefore(text: string, i: number): 'version' | 'status' | 'other' | 'none' {
	let j = i - 1;
	const stop = Math.max(0, i - 4);
	while (j >= stop && isHSpace(text.charCodeAt(j))) j--;
	if (j >= 0 && (text.charCodeAt(j) === 58 || text.charCodeAt(j) === 61)) j--;
	const end = j + 1;
	const floor = Math.max(0, end - 13);
	while (j >= floor && isAsciiLetter(text.charCodeAt(j))) j--;
	const start = j + 1;
	if (start === end) return 'none';
	if (end - start > 12) return 'other';
	const k = WORDS_BEFORE.indexOf(text, start, end);
	return k < 0 ? 'other' : k < VERSION_WORDS.length ? 'version' : 'status';
}

/**
 * Words after which `X.Y.Z` is a software version or a section number, not a status
 * (`PHP 5.6.40`, `version 4.2.2`, `section 5.1.1`).
 */
const VERSION_WORDS = [
	'section', 'sections', 'sec', 'chapter', 'chap', 'paragraph', 'para', 'clause', 'article', 'art',
	'appendix', 'annex', 'figure', 'fig', 'table', 'step', 'item', 'part', 'page',
	'v', 'ver', 'version', 'versions', 'release', 'rel', 'build', 'rev', 'revision', 'patch', 'update',
	'updated', 'upgrade', 'upgraded', 'sp', 'php', 'perl', 'python', 'ruby', 'java', 'node', 'nodejs',
	'linux', 'kernel', 'openssl', 'dovecot', 'exim', 'postfix', 'sendmail', 'qmail', 'courier',
	'firefox', 'chrome', 'thunderbird', 'ios', 'android', 'macos', 'windows', 'wordpress', 'mysql',
	'apache', 'nginx', 'spamassassin', 'rspamd', 'amavis', 'clamav', 'zimbra', 'roundcube', 'ubuntu',
	'debian', 'centos', 'app', 'sdk', 'api', 'library', 'plugin', 'firmware',
];

/** Words that may introduce a success-class (2.X.X) code standing alone. */
const STATUS_WORDS = ['status', 'code', 'dsn', 'ndr', 'error', 'reply', 'ok'];

/** Both lists in one table, so a word is looked up once: its index tells which list holds it. */
const WORDS_BEFORE = new WordSet([...VERSION_WORDS, ...STATUS_WORDS]);
