// RFC 3464 delivery status notifications: per-message and per-recipient fields.
// Works on the body of a message/delivery-status part and on DSN fields pasted into a text
// body (forwarded or non-MIME bounces), so it is line-based and forgiving.
import {cleanAddress, fold} from './text';
import {findStatus} from './codes';
import {anchored, testAnchored} from './anchored';

export interface DsnRecipient {
	/** RFC 3464 §2.3.2 Final-Recipient (address part), lower-cased. */
	finalRecipient: string;
	/** §2.3.1 Original-Recipient. */
	originalRecipient: string;
	/** §2.3.3 Action: failed / delayed / delivered / relayed / expanded. */
	action: string;
	/** §2.3.4 Status, the code only (`5.0.0 (permanent failure)` → `5.0.0`). */
	status: string;
	/** §2.3.5 Remote-MTA, the host part. */
	remoteMta: string;
	/** §2.3.6 Diagnostic-Code type (`smtp`, `x-postfix`, `x-unix`, …). */
	diagnosticType: string;
	/** §2.3.6 Diagnostic-Code text, folded. */
	diagnostic: string;
	/** The sending MTA's own classification, e.g. PowerMTA's X-PowerMTA-BounceCategory (`bad-mailbox`). */
	category?: string;
}

export interface DsnReport {
	reportingMta: string;
	recipients: DsnRecipient[];
}

// Fields that belong to one recipient (RFC 3464 §2.3) and the X- ones MTAs add there.
const RECIPIENT_FIELDS = new Set([
	'final-recipient',
	'original-recipient',
	'action',
	'status',
	'remote-mta',
	'diagnostic-code',
	'last-attempt-date',
	'will-retry-until',
	'final-log-id',
	'x-actual-recipient',
	'x-supplementary-info',
	'x-display-name',
	'x-powermta-bouncecategory',
]);

function emptyRecipient(): DsnRecipient {
	return {finalRecipient: '', originalRecipient: '', action: '', status: '', remoteMta: '', diagnosticType: '', diagnostic: ''};
}

/** Whether the field's value is read: a per-recipient field, or the Reporting-MTA. */
function kept(name: string): boolean {
	return RECIPIENT_FIELDS.has(name) || name === 'reporting-mta';
}

/**
 * Unfolds RFC 5322 continuation lines: `field` is called with each field's lower-cased name and its
 * value (its continuation lines joined with a space each, for a kept field only: no other is read),
 * and with null where a blank line, or a line that is no field, separates them.
 */
function readFields(text: string, field: (name: string | null, value: string) => void): void {
	let name: string | null = null;
	let value = '';
	// Line by line with indexOf: no array of the lines, and a line is sliced only where it is read.
	for (let start = 0; start <= text.length; ) {
		let stop = text.indexOf('\n', start);
		if (stop < 0) stop = text.length;
		const lineStart = start;
		start = stop + 1;
		const c = text.charCodeAt(lineStart);
		// A line that starts with a letter is not blank: only the others need trimming to tell.
		const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
		if (!letter && blankLine(text, lineStart, stop)) {
			if (name !== null) field(name, value);
			name = null;
			field(null, '');
			continue;
		}
		if ((c === 0x20 || c === 0x09) && name !== null) {
			if (kept(name)) value += ` ${text.slice(lineStart, stop).trim()}`;
			continue;
		}
		const colon = letter ? fieldColon(text, lineStart, stop) : -1;
		if (name !== null) field(name, value);
		if (colon < 0) {
			name = null;
			value = '';
			field(null, '');
			continue;
		}
		name = text.slice(lineStart, nameEnd(text, lineStart)).toLowerCase();
		let v = colon + 1;
		while (v < stop && (text.charCodeAt(v) === 0x20 || text.charCodeAt(v) === 0x09)) v++;
		value = text.slice(v, stop);
	}
	if (name !== null) field(name, value);
}

/** Whether text[from, to) is white space only (what `!line.trim()` tells). */
function blankLine(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0b && c !== 0x0c && (c < 0x80 || !/\s/.test(text[i]!))) return false;
	}
	return true;
}

/** The end of a field name starting at `from` (a letter): its letters, digits and hyphens. */
function nameEnd(text: string, from: number): number {
	let i = from + 1;
	for (let c = text.charCodeAt(i); (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d; c = text.charCodeAt(++i));
	return i;
}

/**
 * Where the colon of a field line text[from, to) is (starting with a letter), or -1 when the line is
 * not one: what FIELD (`^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*(.*)$` on the line) accepts, a
 * name of at most 61 characters, blanks, a colon, and a value without a line terminator of its own.
 */
function fieldColon(text: string, from: number, to: number): number {
	let i = nameEnd(text, from);
	if (i - from > 61 || i > to) return -1;
	while (i < to && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
	if (i >= to || text.charCodeAt(i) !== 0x3a) return -1;
	for (let k = i + 1; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c === 0x0d || c === 0x2028 || c === 0x2029) return -1;
	}
	return i;
}

/** The value after the type of a typed field: `rfc822; a@b` → `a@b`, `dns; mx.example` → `mx.example`. */
function typedValue(value: string): [string, string] {
	const semi = value.indexOf(';');
	if (semi < 0 || semi > 40) return ['', value.trim()];
	return [value.slice(0, semi).trim().toLowerCase(), value.slice(semi + 1).trim()];
}

/**
 * The Final-Recipient address. RFC 3464 §2.3.2 types it; an X.400 gateway reports an O/R address
 * ("x400; /S=user/ADMD= /C=GB/") that is no mail address — left empty, the Original-Recipient
 * (the rfc822 address the sender wrote) stands in for it.
 */
function finalAddress(value: string): string {
	const [type, address] = typedValue(value);
	if (type && type !== 'rfc822' && !address.includes('@')) return '';
	return cleanAddress(address);
}

const RECIPIENT_FIELD = anchored(/^(?:final-recipient|original-recipient)[ \t]*:/im);
const ACTION_FIELD = anchored(/^(?:action|status)[ \t]*:/im);

/**
 * True when the text carries RFC 3464 per-recipient fields. `anchorPass`: rule the fields out by the
 * anchor pass first, for the message's own text (the layouts read that same reading next); a text
 * nothing else reads (the raw body) is searched directly, which costs less than reading its words
 * and leaves the message text's reading the current one.
 */
export function hasDsnFields(text: string, anchorPass = true): boolean {
	if (anchorPass) return testAnchored(RECIPIENT_FIELD, text) && testAnchored(ACTION_FIELD, text);
	return RECIPIENT_FIELD.test(text) && ACTION_FIELD.test(text);
}

export function parseDsn(text: string): DsnReport {
	const report: DsnReport = {reportingMta: '', recipients: []};
	let cur: DsnRecipient | null = null;
	const flush = (): void => {
		if (cur && (cur.finalRecipient || cur.originalRecipient)) report.recipients.push(cur);
		cur = null;
	};
	readFields(text, (name, value) => {
		// RFC 3464 §2.1: per-recipient groups are separated by blank lines.
		if (name === null) {
			if (cur && (cur.finalRecipient || cur.originalRecipient)) flush();
			return;
		}
		if (!RECIPIENT_FIELDS.has(name)) {
			if (name === 'reporting-mta') report.reportingMta = typedValue(value)[1];
			return;
		}
		// A second Final-Recipient (or a recipient field after a finished record) starts a new recipient.
		const c: DsnRecipient = cur ?? emptyRecipient();
		if (name === 'final-recipient') {
			if (c.finalRecipient) {
				flush();
				cur = emptyRecipient();
				cur.finalRecipient = finalAddress(value);
				return;
			}
			c.finalRecipient = finalAddress(value);
		} else if (name === 'original-recipient') {
			if (c.originalRecipient || (c.finalRecipient && c.status && c.action)) {
				flush();
				cur = emptyRecipient();
				cur.originalRecipient = cleanAddress(typedValue(value)[1]);
				return;
			}
			c.originalRecipient = cleanAddress(typedValue(value)[1]);
		} else if (name === 'action') {
			c.action = (value.trim().split(/[\s(;]/)[0] ?? '').toLowerCase();
		} else if (name === 'status') {
			const status = findStatus(value);
			c.status = status || c.status;
			// A Status field holding an SMTP reply instead of an RFC 3463 code ("Status: 553 Exceeded
			// maximum inbound message size", some non-conforming MTAs): the reply is the diagnostic
			// (a Diagnostic-Code field, when present, still takes precedence).
			if (!status && !c.diagnostic && /^[ \t]*[245]\d\d[ \t]+[A-Za-z]/.test(value)) c.diagnostic = fold(value.trim());
		} else if (name === 'remote-mta') {
			c.remoteMta = typedValue(value)[1].replace(/^\[|\]$/g, '').split(/\s/)[0] ?? '';
		} else if (name === 'diagnostic-code') {
			const [type, text] = typedValue(value);
			c.diagnosticType = type;
			c.diagnostic = fold(text);
		} else if (name === 'x-powermta-bouncecategory') {
			c.category = value.trim().toLowerCase();
		} else if (name === 'x-actual-recipient' && !c.finalRecipient) {
			c.finalRecipient = cleanAddress(typedValue(value)[1]);
		}
		cur = c;
	});
	flush();
	for (const r of report.recipients) if (!r.finalRecipient) r.finalRecipient = r.originalRecipient;
	return report;
}
