// The displayed-text path and the report shape shared with the raw-MIME path. Synchronous and free
// of postal-mime: a bundle that only needs displayed text (the content script) can import decodeText
// from this module directly and leave the MIME parser out.
import type {BounceKind, BounceReport, OriginalMessage, RecipientResult} from '../types';
import {assemble} from './assemble';
import {textMessage, type MimeMessage} from './message';
import {originalOf} from './original';
import {reportVerdict} from '../verdict';
import {beginEmail} from '../email-scope';

// Budget: a 10 MB input decodes in < 1 s (DESIGN.md). The report of a bounce sits at its start
// (notice, then delivery-status, then the returned message, RFC 3464 §2 / RFC 6522), so only the
// first 512 KiB of each message are parsed; the tail is the returned message's body.
export const MAX_MESSAGE = 512 * 1024;
export const MAX_INPUT = 64 * 1024 * 1024;

function kindOf(recipients: RecipientResult[]): BounceKind {
	if (!recipients.length) return 'none';
	const reasons = new Set(recipients.map((r) => r.reason));
	if (reasons.has('feedback')) return 'feedback';
	if (reasons.has('vacation')) return 'autoreply';
	if (recipients.every((r) => r.reason === 'delivered')) return 'delivered';
	const failing = recipients.filter((r) => r.reason !== 'delivered');
	if (failing.every((r) => r.action === 'delayed')) return 'delay';
	return 'bounce';
}

export function report(recipients: RecipientResult[]): BounceReport {
	const kind = kindOf(recipients);
	return {kind, recipients, summary: reportVerdict({kind, recipients}).summary};
}

/** The report with what it is about, when that is known (BounceReport.original). */
export function withOriginal(r: BounceReport, original: OriginalMessage | undefined): BounceReport {
	return original ? {...r, original} : r;
}

export const NONE: BounceReport = {kind: 'none', recipients: [], summary: reportVerdict({kind: 'none', recipients: []}).summary};

/** Displayed text as the decoder reads it (its first MAX_MESSAGE characters), and its recipients. Throws as assemble may. */
export function readText(text: string): {msg: MimeMessage; recipients: RecipientResult[]} {
	const msg = textMessage(text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE) : text);
	return {msg, recipients: assemble(msg)};
}

/**
 * Decode displayed text (a bounce body as a webmail shows it, no headers). Synchronous, for the
 * content script. Never throws.
 */
export function decodeText(text: string): BounceReport {
	try {
		if (typeof text !== 'string' || !text.trim()) return NONE;
		beginEmail();
		const {msg, recipients} = readText(text);
		return withOriginal(report(recipients), recipients.length ? originalOf(msg) : undefined);
	} catch {
		return NONE;
	}
}

