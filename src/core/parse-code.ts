// Reads what a person types as a code: `550`, `5.7.26`, `550 5.7.26`, `550-5.1.1`, `#5.1.1`, `[TSS04]`.
// Returns a parsed code or a clear reason why the input is not one; it never throws.

import {AS_PAREN_SOURCE, BRACKET_TAG_SOURCE, LEGACY_TAG_SOURCE, NUMBERED_TAG} from './tag-forms';

export type ParsedCode =
	| {kind: 'reply'; reply: string}
	| {kind: 'enhanced'; enhanced: string; classless?: true}
	| {kind: 'pair'; reply: string; enhanced: string}
	| {kind: 'provider-tag'; tag: string};

export type ParseResult = {ok: true; code: ParsedCode} | {ok: false; error: string};

const PAIR = /^([2-5]\d\d)[\s-]+['#(]?(\d{1,3}\.\d{1,3}\.\d{1,3})\)?$/;
const ENHANCED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** The registry's class-independent notation (IANA lists X.1.1): read as its permanent form, 5.1.1. */
const CLASSLESS = /^[Xx]\.(\d{1,3}\.\d{1,3})$/;
const REPLY = /^\d{3}$/;
// Provider tags in the forms tag-forms.ts defines (TSS04, CS01, HME1, S3150, S2017062302, AS843,
// AS(2005), SC-001): every form the scanner marks in a page, so a tag copied from a bounce reads as one.
const TAG = new RegExp(`^(?:${BRACKET_TAG_SOURCE}|${AS_PAREN_SOURCE}|${LEGACY_TAG_SOURCE})$`);
/** `AS(2005)` as typed: its parentheses are part of it, so `clean` must not strip the closing one. */
const AS_PAREN = new RegExp(`^\\s*(${AS_PAREN_SOURCE})[\\s.,;:]*$`, 'i');

/** Strips the decorations bounces put around codes: `#…##`, `(#…)`, `[…]`, quotes, `smtp;`. */
function clean(input: string): string {
	return input
		.trim()
		.replace(/^(?:smtp|x-[a-z]+)\s*;\s*/i, '')
		.replace(/^[\s#'"[(<]+|[\s#'"\])>.,;:]+$/g, '')
		.trim();
}

export function checkEnhanced(code: string): string | undefined {
	const m = ENHANCED.exec(code);
	if (!m) return `“${code}” is not an enhanced status code: it needs three numbers, as in 5.1.1.`;
	const [, cls, subject, detail] = m as unknown as [string, string, string, string];
	if (!['2', '4', '5'].includes(cls)) {
		return `“${code}” is not an enhanced status code: the class (first number) must be 2, 4 or 5 (RFC 3463 §3.1).`;
	}
	if (subject.length > 1 || Number(subject) > 7) {
		return `“${code}” is not an enhanced status code: the subject (second number) must be 0 to 7 (RFC 3463 §3.1 defines subjects 0–7).`;
	}
	if (detail.length > 1 && detail.startsWith('0')) {
		return `“${code}” is not an enhanced status code: numbers are written without leading zeros (RFC 3463 §3.1).`;
	}
	return undefined;
}

export function checkReply(code: string): string | undefined {
	if (!REPLY.test(code)) return `“${code}” is not a reply code: SMTP reply codes have three digits, as in 550.`;
	if (!'2345'.includes(code[0]!)) {
		return `“${code}” is not an SMTP reply code: the first digit must be 2, 3, 4 or 5 (RFC 5321 §4.2.1).`;
	}
	if (!'012345'.includes(code[1]!)) {
		return `“${code}” is not an SMTP reply code: the second digit must be 0 to 5 (RFC 5321 §4.2.1).`;
	}
	return undefined;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export function parseCode(input: string): ParseResult {
	if (typeof input !== 'string' || input.trim() === '') {
		return {ok: false, error: 'Nothing to look up: type a code such as 550, 5.7.26, “550 5.1.1” or TSS04.'};
	}
	if (input.length > 64) {
		return {ok: false, error: 'That is too long to be one code; paste it as a bounce text to decode instead.'};
	}
	// A code that starts and ends with a digit (`550`, `5.1.1`, `550 5.1.1`, as the scanner gives them)
	// is no `AS(…)` and has no decoration for `clean` to strip: it is read as it is.
	const bare = isDigitCode(input.charCodeAt(0)) && isDigitCode(input.charCodeAt(input.length - 1));
	const asParen = bare ? null : AS_PAREN.exec(input);
	const text = bare ? input : asParen ? asParen[1]!.toUpperCase() : clean(input);
	const pair = PAIR.exec(text);
	if (pair) {
		const [, reply, enhanced] = pair as unknown as [string, string, string];
		const error = checkReply(reply) ?? checkEnhanced(enhanced);
		return error ? {ok: false, error} : {ok: true, code: {kind: 'pair', reply, enhanced}};
	}
	const classless = CLASSLESS.exec(text);
	if (classless) {
		const enhanced = `5.${classless[1]!}`;
		const error = checkEnhanced(enhanced);
		return error ? {ok: false, error: error.replace(enhanced, text)} : {ok: true, code: {kind: 'enhanced', enhanced, classless: true}};
	}
	if (ENHANCED.test(text)) {
		const error = checkEnhanced(text);
		return error ? {ok: false, error} : {ok: true, code: {kind: 'enhanced', enhanced: text}};
	}
	if (REPLY.test(text)) {
		const error = checkReply(text);
		return error ? {ok: false, error} : {ok: true, code: {kind: 'reply', reply: text}};
	}
	const upper = text.toUpperCase();
	if (TAG.test(upper)) return {ok: true, code: {kind: 'provider-tag', tag: upper}};
	// A numbered code keeps the form it was written in (`AUP#In-1310`); lookups normalise it.
	if (NUMBERED_TAG.test(upper)) return {ok: true, code: {kind: 'provider-tag', tag: text}};
	if (/^\d+(?:\.\d+)*$/.test(text)) {
		return {ok: false, error: `“${text}” is not a code: use three digits (550) or three dot-separated numbers (5.1.1).`};
	}
	return {ok: false, error: `“${text.slice(0, 40)}” is not an SMTP code or a known provider tag.`};
}
