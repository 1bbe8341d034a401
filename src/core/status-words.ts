// The words a bare status code stands for in a decoded report. A sending server that never got a reply
// (no answer, a refused connection, a domain missing from DNS, a TLS policy it could not meet) writes
// its own account with no reply code: `Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.1]:25:
// Connection timed out` beside `Status: 4.4.1` (RFC 3464 §2.3.4, §2.3.6). The status is then the only
// code in the report, found alone and without words, while the recipient's diagnostic says what
// happened; reading the status with those words lets the words name the situation (receivers/situations-*.ts).
// A diagnostic that holds codes of its own is read as its own reply, and one status shared by recipients
// whose diagnostics differ cannot tell which it belongs to: both keep the status's own words.
import {hasCodes} from './find-codes';
import type {BounceReport, Finding} from './types';

/** Whether a finding's text is its codes and nothing else (`4.4.1`, `Status: 4.4.1`). */
export function wordless(f: Finding): boolean {
	const plain = f.tags.length === 0 && digitsAndDots(f.reply?.code) && digitsAndDots(f.enhanced?.code);
	return (plain ? plainWordless(f.text) : undefined) ?? wordlessBy(f);
}

/** wordless() by its definition: the codes and the word `status` taken out, no three letters in a row are left (and tests). */
export function wordlessBy(f: Finding): boolean {
	let rest = f.text;
	if (f.reply) rest = rest.replace(f.reply.code, ' ');
	if (f.enhanced) rest = rest.replace(f.enhanced.code, ' ');
	for (const token of f.tags) rest = rest.replace(token.code, ' ');
	return !threeLetters(rest.replace(STATUS_WORD, ' '));
}

const STATUS_WORD = /\bstatus\b/gi;

/** A code of digits and dots only (the scanner's `550`, `5.1.1`), or none. */
function digitsAndDots(code: string | undefined): boolean {
	if (code === undefined) return true;
	for (let i = 0; i < code.length; i++) {
		const c = code.charCodeAt(i);
		if (c !== 46 && (c < 48 || c > 57)) return false;
	}
	return true;
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * wordlessBy() of a finding without tags whose codes are digits and dots, read in one pass over an ASCII
 * text: taking such codes out leaves every run of letters as it is, so a run of three or more letters
 * is left unless it is a whole word `status` between two chars that are no word chars. Undefined where the codes taken out could decide (a `status` glued to a digit or `_`) or the
 * text is not ASCII: wordlessBy() reads those.
 */
function plainWordless(text: string): boolean | undefined {
	const n = text.length;
	let run = 0;
	for (let i = 0; i <= n; i++) {
		const c = i < n ? text.charCodeAt(i) : 32;
		if (c >= 128) return undefined;
		const lower = c | 32;
		if (lower >= 97 && lower <= 122) {
			run++;
			continue;
		}
		if (run >= 3) {
			if (run !== 6 || text.slice(i - 6, i).toLowerCase() !== 'status') return false;
			if (isWordChar(c) || (i > 6 && isWordChar(text.charCodeAt(i - 7)))) return undefined;
		}
		run = 0;
	}
	return true;
}

/** `/\p{L}{3}/u.test(text)`: three letters in a row; an ASCII text is read char by char, any other by the regex. */
function threeLetters(text: string): boolean {
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 128) return /\p{L}{3}/u.test(text);
		const lower = c | 32;
		if (lower >= 97 && lower <= 122) {
			if (++run === 3) return true;
		} else run = 0;
	}
	return false;
}

/**
 * The text to read `f` with: its own, or its own followed by the one code-less diagnostic of the
 * recipients whose status or reply code is the finding's (see above).
 */
export function statusWords(f: Finding, report: BounceReport | undefined): string {
	if (!report || !(f.enhanced || f.reply)) return f.text;
	// The one diagnostic first (a few string comparisons per recipient), the finding's words only then.
	let diagnostic: string | undefined;
	for (const r of report.recipients) {
		const mine = f.enhanced ? r.status === f.enhanced.code : r.replyCode === f.reply!.code;
		if (!mine || !r.diagnostic || r.diagnostic === diagnostic) continue;
		if (diagnostic !== undefined) return f.text;
		diagnostic = r.diagnostic;
	}
	if (diagnostic === undefined || !wordless(f)) return f.text;
	return hasCodes(diagnostic) ? f.text : `${f.text} ${diagnostic}`;
}
