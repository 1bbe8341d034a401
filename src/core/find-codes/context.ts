// When is a bare 3-digit number a reply code? Only in reply position (shared/reference/
// webmail-and-bounces.md §2.9: "for bare 3-digit codes, an SMTP context"). Strong positions need
// nothing more: `said:`, `returned '`, `smtp;`, `-> `, `<<< `, `[192.0.2.1]: `, a line under one
// ending in `:`. Weak ones, the start of any line or any other `label:`, are also where street
// numbers, head counts and prices sit (`221 Baker Street`, `Attendees: 250 people`), so there the
// reply's first word must read like SMTP — or, at the start of a line, a 4xx or 5xx code must open a
// sentence or a tag (`554 Your access to this mail system has been rejected`, `421 RP-001 …`) that
// is no street address (`450 Park Avenue`). Every loop is bounded by a small constant.

import {isAsciiLetter, isCurrency, isDigit, isHSpace, isNewline, isWordChar} from './guards';
import {WordSet} from './words';

export type Position = 'strong' | 'weak' | 'none';

/** Words that, before a `:` or a quote, introduce a server's reply (`said:`, `returned '`). */
const INTRO_WORDS = new WordSet([
	'said', 'replied', 'reply', 'returned', 'error', 'errors', 'reason', 'response', 'me', 'answer',
	'answered', 'code', 'diagnostic', 'smtp', 'esmtp', 'lmtp', 'status', 'failure', 'problem', 'was',
	'details', 'text', 'rejected', 'deferred', 'message', 'server',
]);

/** First words of bare replies seen in the wild (RFC 5321 texts, Postfix, Exim, Exchange, Yahoo). */
const REPLY_WORDS = new WordSet([
	'access', 'account', 'address', 'administrative', 'auth', 'authentication', 'bad', 'blacklisted',
	'blocked', 'bye', 'callout', 'cannot', 'client', 'closing', 'command', 'connection', 'content',
	'data', 'deferred', 'delivery', 'denied', 'disabled', 'dkim', 'dmarc', 'dns', 'does', 'domain',
	'ehlo', 'error', 'esmtp', 'exceeded', 'failed', 'failure', 'forbidden', 'full', 'greylisted',
	'greylisting', 'header', 'helo', 'high', 'host', 'inactive', 'insufficient', 'internal', 'invalid',
	'ip', 'limit', 'listed', 'local', 'mail', 'mailbox', 'malformed', 'message', 'no', 'not', 'ok',
	'over', 'permanent', 'please', 'policy', 'protocol', 'quota', 'rate', 'rbl', 'rcpt', 'recipient',
	'refused', 'reject', 'rejected', 'relay', 'relaying', 'requested', 'retry', 'sender', 'server',
	'service', 'size', 'smtp', 'sorry', 'spam', 'spf', 'starttls', 'storage', 'syntax', 'system',
	'temporarily', 'temporary', 'timed', 'timeout', 'tls', 'too', 'transaction', 'try', 'unable',
	'unauthenticated', 'unavailable', 'unknown', 'unrecognized', 'unroutable', 'unrouteable', 'user',
	'verification', 'virus',
]);

/** Diagnostic-Code types whose text is an SMTP reply (RFC 3464 §2.3.6). */
const SMTP_TYPES = new WordSet(['smtp', 'esmtp', 'lmtp']);

/** Start of the ASCII word ending at `end` (exclusive; at most 17 letters are looked at). */
function wordStart(text: string, end: number): number {
	let j = end;
	while (j > 0 && j > end - 17 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
	return j;
}

/** Whether the ASCII word ending at `end` (exclusive) introduces a reply (`said`, `returned`). */
const introWordEndingAt = (text: string, end: number): boolean => INTRO_WORDS.has(text, wordStart(text, end), end);

/**
 * Line-start position for the prefix ending at `j` (inclusive): only quoting or transcript marks
 * (`>`, `<<<`, `#`, `*`, `|`, `-`, quotes) and spaces back to the line start. `<<<` (a Sendmail
 * transcript) or a previous line ending in `:` (`… after end of data:` then `    550 …`) make it strong.
 */
function lineStart(text: string, j: number): Position {
	const floor = j - 24;
	let transcript = false;
	for (; j >= 0; j--) {
		if (j < floor) return 'none';
		const c = text.charCodeAt(j);
		if (isNewline(c)) break;
		if (c === 60 && j >= 2 && text.charCodeAt(j - 1) === 60 && text.charCodeAt(j - 2) === 60) transcript = true;
		if (!(isHSpace(c) || c === 62 || c === 60 || c === 35 || c === 42 || c === 124 || c === 45 || c === 39 || c === 34)) {
			return 'none';
		}
	}
	if (transcript) return 'strong';
	let k = j - 1;
	while (k >= 0 && k > j - 40 && (isHSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 13)) k--;
	return k >= 0 && text.charCodeAt(k) === 58 ? 'strong' : 'weak';
}

/** How strongly the place of a bare 3-digit code at `i` says "reply". */
export function replyPosition(text: string, i: number): Position {
	let j = i - 1;
	const stop = i - 40;
	while (j >= 0 && j > stop && isHSpace(text.charCodeAt(j))) j--;
	if (j < 0) return 'weak';
	const c = text.charCodeAt(j);
	if (isNewline(c)) return lineStart(text, j);
	if (c === 58) {
		// `said: 550`, but not a time (`10:550`) nor a port glued to a host (`mx.example:550`).
		const p = j > 0 ? text.charCodeAt(j - 1) : 10;
		if (isDigit(p) || (j === i - 1 && (isWordChar(p) || p === 93))) return 'none';
		// `[192.0.2.1]: 550`, `RCPT TO:<a@b>: 550`, `(mx.example): 550`
		if (p === 93 || p === 62 || p === 41) return 'strong';
		return introWordEndingAt(text, j) ? 'strong' : 'weak';
	}
	// `smtp;550`, `SMTP; 550`, but `X-Unix; 255` is an exit status.
	if (c === 59) return SMTP_TYPES.has(text, wordStart(text, j), j) ? 'strong' : 'weak';
	if (c === 39 || c === 34) {
		// `returned '550 …'`
		let k = j - 1;
		while (k >= 0 && k > j - 4 && isHSpace(text.charCodeAt(k))) k--;
		return introWordEndingAt(text, k + 1) ? 'strong' : lineStart(text, j);
	}
	if (c === 62 && j > 0 && text.charCodeAt(j - 1) === 45) return 'strong'; // `-> 550` (Exchange)
	return lineStart(text, j);
}

/** Units after which a number is a quantity (`550 KB`, `550 EUR`, `450 ms`), not a reply. */
const UNIT_WORDS = new WordSet([
	'b', 'kb', 'mb', 'gb', 'tb', 'kib', 'mib', 'gib', 'k', 'byte', 'bytes', 'kbytes', 'mbytes', 'octets',
	'eur', 'euro', 'euros', 'usd', 'gbp', 'chf', 'cad', 'aud', 'jpy', 'inr', 'dollars', 'dollar',
	'pounds', 'km', 'mi', 'miles', 'ms', 'sec', 'secs', 'seconds', 'min', 'mins', 'minutes', 'hours',
	'hrs', 'days', 'weeks', 'months', 'years', 'kg', 'g', 'lbs', 'px', 'pt', 'dpi', 'mhz', 'ghz', 'kbps',
	'mbps', 'pages', 'pcs', 'x', 'am', 'pm', 'percent',
]);

/** End of the ASCII word starting at `j` (at most 17 letters are looked at). */
function wordEnd(text: string, j: number): number {
	const n = text.length;
	let k = j;
	while (k < n && k < j + 17 && isAsciiLetter(text.charCodeAt(k))) k++;
	return k;
}

/**
 * What follows a bare reply code (`end` = just after its 3 digits) marks it as a quantity or a phone
 * number: a unit or currency (`550 KB`, `550 €`), a percent, or more digit groups (`550 555 0100`).
 */
export function quantityAfter(text: string, end: number): boolean {
	const n = text.length;
	if (end >= n || !isHSpace(text.charCodeAt(end))) return false;
	const j = end + 1;
	const c = j < n ? text.charCodeAt(j) : 0;
	if (isCurrency(c) || c === 37) return true;
	if (isDigit(c)) {
		// `550 555 0100`, `550 555-0100` (phone); `554 30` (Yahoo) and `552 1` stay replies.
		let k = j;
		while (k < n && k < j + 5 && isDigit(text.charCodeAt(k))) k++;
		const sep = k < n ? text.charCodeAt(k) : 0;
		return k - j >= 3 && (isHSpace(sep) || sep === 45 || sep === 46) && isDigit(k + 1 < n ? text.charCodeAt(k + 1) : 0);
	}
	const k = wordEnd(text, j);
	// A unit is never glued to a colon: `550 MI:SPF` is NetEase's tag, not 550 miles.
	return (k >= n || (!isAsciiLetter(text.charCodeAt(k)) && text.charCodeAt(k) !== 58)) && UNIT_WORDS.has(text, j, k);
}

/**
 * In a weak position, the reply's text must read like SMTP: a known first word (`550 Requested
 * action not taken`, `421 Service not available`), a host name (`421 mx.example.com closing`), an
 * address or quote (`550 <a@b>: …`, `554 "|IFS=…"`), or nothing when the code is the whole input
 * (the popup).
 */
export function replyTextAfter(text: string, end: number): boolean {
	const n = text.length;
	let j = end;
	if (j < n && text.charCodeAt(j) === 58) j++; // `550: <a@b>`
	if (j < n && (text.charCodeAt(j) === 45 || isHSpace(text.charCodeAt(j)))) j++;
	if (j >= n) return text.trim().length === 3;
	const c = text.charCodeAt(j);
	if (c === 60 || c === 91 || c === 34) return true; // `<a@b>`, `[host]`, `"quoted text"`
	const k = wordEnd(text, j);
	if (k === j) return false;
	if (REPLY_WORDS.has(text, j, k)) return true;
	return k + 1 < n && text.charCodeAt(k) === 46 && isAsciiLetter(text.charCodeAt(k + 1));
}

/** Words of a street address after a house number (`450 Park Avenue`, `550 Rue de Rivoli`). */
const PLACE_WORDS = new WordSet([
	'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
	'way', 'place', 'pl', 'court', 'ct', 'square', 'sq', 'suite', 'floor', 'highway', 'hwy', 'parkway',
	'pkwy', 'terrace', 'plaza', 'strasse', 'str', 'weg', 'platz', 'allee', 'rue', 'via', 'calle', 'rua',
	'corso', 'piazza', 'viale',
]);

/** Whether text[j, k) is all capital letters. */
function isUpperRun(text: string, j: number, k: number): boolean {
	for (let i = j; i < k; i++) {
		const c = text.charCodeAt(i);
		if (c < 65 || c > 90) return false;
	}
	return true;
}

/** Whether only quote or transcript marks and spaces stand between the line's start and `i`. */
export function atLineStart(text: string, i: number): boolean {
	for (let j = i - 1; j >= 0 && j > i - 24; j--) {
		const c = text.charCodeAt(j);
		if (isNewline(c)) return true;
		if (!(isHSpace(c) || c === 62 || c === 35 || c === 42 || c === 124 || c === 34 || c === 39)) return false;
	}
	return i === 0 || i - 24 < 0;
}

/**
 * A 4xx or 5xx code at the start of a line (`i`: its first digit, `end` just after it) that opens a
 * reply whatever its first word: a capitalised word and at least one more (`554 Your access …`,
 * `451 Resources temporarily unavailable`) or a provider's tag (`421 RP-001 …`, `550 SC-001 …`,
 * NetEase's `550 MI:SPF …`),
 * and no street address among its first words (`450 Park Avenue`, `500 Fifth Avenue`).
 */
export function sentenceReplyAt(text: string, i: number, end: number): boolean {
	const cls = text.charCodeAt(i);
	if (cls !== 52 && cls !== 53) return false;
	const n = text.length;
	if (end + 1 >= n || text.charCodeAt(end) !== 32) return false;
	const j = end + 1;
	const first = text.charCodeAt(j);
	if (!(first >= 65 && first <= 90)) return false;
	const k = wordEnd(text, j);
	// `RP-001`, `SC-001`, `DY-001`, `OU-001`: a tag of letters, a hyphen and digits; NetEase's
	// `MI:SPF`, `DT:SPM`, `RP:TRC`: capitals, a colon and capitals.
	const after = k + 1 < n ? text.charCodeAt(k + 1) : 0;
	if (k > j && text.charCodeAt(k) === 45 && isDigit(after)) return true;
	if (k - j >= 2 && k - j <= 4 && text.charCodeAt(k) === 58 && after >= 65 && after <= 90 && isUpperRun(text, j, k)) return true;
	if (k - j < 2) return false;
	let words = 0;
	let at = j;
	for (let w = 0; w < 4 && at < n; w++) {
		const stop = wordEnd(text, at);
		if (stop === at) break;
		if (PLACE_WORDS.has(text, at, stop)) return false;
		words++;
		at = stop;
		// The next word: one space, or a comma or period and a space.
		if (at < n && (text.charCodeAt(at) === 44 || text.charCodeAt(at) === 46)) at++;
		if (at >= n || !isHSpace(text.charCodeAt(at))) break;
		at++;
	}
	return words >= 2;
}

