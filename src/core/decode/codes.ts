// Local code extraction for the decoder: enhanced status codes (RFC 3463), SMTP reply codes
// (RFC 5321 §4.2) and the SMTP command a reply answered. Deliberately small and linear; the
// richer finder for displayed text lives in ../find-codes.ts.

import {wordBefore} from '../find-codes/guards';
import {anchored, mayMatch} from './anchored';

// RFC 3463 §2: class "." subject "." detail; class is 2, 4 or 5, subject 0-7 in the registry.
// The look-arounds reject IP addresses and version numbers (`192.5.1.1`, `v5.1.1`, `5.1.1.1`).
const STATUS = /(?<![\w.])([245])\.([0-7])\.(\d{1,3})(?![\w]|\.\d)/g;

/**
 * Every enhanced status code in the text, in order. A number after a version word is a version
 * (`Dovecot 2.3.16`, `version 4.1.1`), and a lone 2.X.X after any other word is one far more often
 * than a success status (`Mailman 2.1.39`): read as a status, it would call a failure delivered.
 */
export function findStatuses(text: string): string[] {
	const out: string[] = [];
	// An exec loop rather than matchAll, which copies the regex on every call.
	STATUS.lastIndex = 0;
	for (let m = STATUS.exec(text); m; m = STATUS.exec(text)) {
		const word = wordBefore(text, m.index);
		if (word === 'version' || (m[1] === '2' && word === 'other')) continue;
		out.push(`${m[1]}.${m[2]}.${Number(m[3])}`);
	}
	return out;
}

/** The first enhanced code of the text, preferring one whose class agrees with `cls` if given. */
export function findStatus(text: string, cls?: string): string {
	const all = findStatuses(text);
	if (cls) {
		const same = all.find((s) => s[0] === cls);
		if (same) return same;
	}
	return all[0] ?? '';
}

// RFC 5321 §4.2: a reply is three digits, first 2-5, second 0-5. It stands alone: not glued to
// a word, a dot (IP, version), a time ("18:35") or a slash (date), and is followed by a space,
// a hyphen (multi-line reply), a colon (Yahoo's "550: 5.1.1"), or the end.
const REPLY = /(?<![\w.\-+$=,/])(?<!\d:)([245][0-5]\d)(?=[ \-\t:,]|$|\]|;|'|\))/g;

// Reply codes that RFC 5321 (§4.2.2, §4.2.3), RFC 3207, RFC 4954, RFC 7504 and RFC 7505 define,
// plus the few non-standard ones large providers send. A number outside this set is more often a
// size, a count or a provider's own tag than a reply.
const KNOWN_REPLIES = new Set([
	'211', '214', '220', '221', '235', '250', '251', '252', '253',
	'421', '422', '430', '432', '450', '451', '452', '453', '454', '455', '458', '459',
	'500', '501', '502', '503', '504', '510', '511', '512', '513', '521', '523', '524', '525', '530', '533', '534', '535', '538',
	'550', '551', '552', '553', '554', '555', '556', '557',
]);

/**
 * The first SMTP reply code in the text whose class agrees with `cls` (if given), or ''. Without a
 * class, failure replies (4xx/5xx) are preferred over the 2xx lines of a session transcript.
 */
/**
 * The reply code written right before the enhanced code it pairs with ("550 4.4.7", "550-5.7.1",
 * "550 #5.1.1"), whatever its class: a pair whose classes disagree is still what the server sent
 * (Microsoft's final "550 4.4.7 QUEUE.Expired"). '' when the status stands alone.
 */
export function pairedReply(text: string, status: string): string {
	if (!status) return '';
	const at = text.indexOf(status);
	if (at < 4) return '';
	const m = /(?<![\w.])([245]\d\d)[ -]#?$/.exec(text.slice(Math.max(0, at - 6), at));
	return m && KNOWN_REPLIES.has(m[1] ?? '') ? (m[1] ?? '') : '';
}

export function findReply(text: string, cls?: string): string {
	let success = '';
	// An exec loop rather than matchAll, which copies the regex on every call (reset first: a return
	// from inside the loop leaves lastIndex where it was).
	REPLY.lastIndex = 0;
	for (let m = REPLY.exec(text); m; m = REPLY.exec(text)) {
		const code = m[1] ?? '';
		if (!KNOWN_REPLIES.has(code)) continue;
		const after = text.slice(m.index + 3, m.index + 12).toLowerCase();
		// Sizes and counts are not replies: "552 bytes", "250 messages".
		if (/^ ?(?:bytes|kb|mb|messages|octets|seconds|minutes|hours|days)\b/.test(after)) continue;
		if (cls && code[0] !== cls) continue;
		if (!cls && code[0] === '2') {
			success ||= code;
			continue;
		}
		return code;
	}
	return cls === '2' ? success : '';
}

/** SMTP commands a bounce names as the one the remote server answered (RFC 5321 §4.1.1). */
export const COMMANDS: readonly [RegExp, string][] = [
	[/\bin reply to (?:the )?end of data\b|\bafter end of data\b|\bend of data command\b|\bafter data\b|>>> \.\s*$|\[data\]/im, 'DATA'],
	// "rcpt" as a word, not a label of a host or an address ("bob@rcpt.example").
	[/\brcpt to\b|(?<![\w.@-])rcpt(?![\w.@-])|\[rcpt_to\]|\brecipient address rejected\b/i, 'RCPT'],
	[/\bmail from\b|\[mail_from\]|\bafter mail\b|\bsender address rejected\b/i, 'MAIL'],
	[/\bin reply to data\b|\bdata command\b|>>> data\b|\bafter data\b/i, 'DATA'],
	[/\bstarttls\b/i, 'STARTTLS'],
	[/\bin reply to (?:ehlo|helo)\b|\bafter (?:ehlo|helo)\b|>>> (?:ehlo|helo)\b|\b(?:ehlo|helo) command\b/i, 'EHLO'],
	[/\bin reply to auth\b|\bauth command\b/i, 'AUTH'],
	[/\bafter (?:initial )?connection\b|\bconnection refused\b|\bconnect to\b|\bbanner\b|\bgreeting\b/i, 'CONN'],
];

// All of them as one search: most replies name no command, and one search tells so. It matches wherever
// one of them does (every pattern reads case-insensitively, and only the first reads `$`, with the m
// flag the join takes), so no command is missed; the list, in its order, then says which.
const ANY_COMMAND = new RegExp(COMMANDS.map(([re]) => `(?:${re.source})`).join('|'), 'im');

/** The SMTP command named in the text, or ''. */
export function findCommand(text: string): string {
	if (!ANY_COMMAND.test(text)) return '';
	for (const [re, cmd] of COMMANDS) if (re.test(text)) return cmd;
	return '';
}

// A notice that names the failed command in a field of its own: m-FILTER's "-------SMTP command"
// section, "SMTP command: RCPT", "Last command: DATA". Only the first such field counts.
const LABELLED = anchored(/^[ \t-]{0,12}(?:last |failed )?smtp command[ \t]*(?::[ \t]*)?(?:\n[ \t]*)?(EHLO|HELO|MAIL|RCPT|DATA|STARTTLS|AUTH)\b/im);

/** The SMTP command a notice names in a labelled field, or ''. */
export function labelledCommand(text: string): string {
	const c = ((mayMatch(LABELLED, text) ? LABELLED.exec(text)?.[1] : '') ?? '').toUpperCase();
	return c === 'HELO' ? 'EHLO' : c;
}
