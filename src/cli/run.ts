// Stage 2 of the pipeline: one item → one result object (the CLI JSON contract in DESIGN.md). Pure:
// no I/O, no shared state, so items may be decoded in any thread; every string and list taken from
// the input is bounded (limits.ts), so no result grows with its input.
import {decodeMessages, decodeMessagesLight, emailScope, explain, explainText, isInvalid, reportOf, type BounceReport, type DecodedMessage, type Explanation, type RecipientResult, type Severity} from '../core';
import type {Item} from './inputs';
import {MAX_CODES, MAX_EXPLANATIONS, MAX_LINE, MAX_RECIPIENTS, MAX_STRING} from './limits';

export interface CodeOut {
	code: string;
	kind: string;
	start: number;
	end: number;
	title: string;
	severity: Severity | '';
}

export interface ResultOut {
	input: string;
	/** The message's number (from 1) in an mbox of several. */
	message?: number;
	kind: BounceReport['kind'] | 'code' | 'invalid';
	summary: string;
	recipients: BounceReport['recipients'];
	codes: CodeOut[];
	/** Past MAX_CODES codes, the rest is left out. */
	codesTruncated?: true;
	/** Past MAX_RECIPIENTS recipients, the rest is left out. */
	recipientsTruncated?: true;
	/** Only the first READ_LIMIT bytes of the input (or mbox message) were read. */
	inputTruncated?: true;
	explanation?: Explanation;
	/** For a text: each reply found in it, explained in its own context (provider first). */
	explanations?: Explanation[];
	error?: string;
}

/**
 * Every code token of a text with the title and severity of the reply it belongs to (explainText: a
 * reply is explained as a whole, so `452` in `452 4.5.3 Too many recipients` reads as the reply does),
 * and each distinct explanation once, in order.
 */
export function codesIn(text: string, report?: BounceReport, decodedIn?: number): {codes: CodeOut[]; explanations: Explanation[]} {
	const codes: CodeOut[] = [];
	const explanations: Explanation[] = [];
	const seen = new Set<Explanation>();
	for (const {finding, explanation} of explainText(text, report, decodedIn)) {
		if (!seen.has(explanation)) {
			seen.add(explanation);
			explanations.push(explanation);
		}
		const {title, severity} = explanation;
		const {reply, enhanced, tags} = finding;
		// A reply's codes come before its enhanced code; tags may sit anywhere, so with tags they are sorted.
		if (tags.length === 0 && !(reply && enhanced && reply.start > enhanced.start)) {
			if (reply) codes.push({code: reply.code, kind: reply.kind, start: reply.start, end: reply.end, title, severity});
			if (enhanced) codes.push({code: enhanced.code, kind: enhanced.kind, start: enhanced.start, end: enhanced.end, title, severity});
			continue;
		}
		const tokens = [reply, enhanced, ...tags].filter(m => m !== undefined).sort((a, b) => a.start - b.start);
		for (const m of tokens) codes.push({code: m.code, kind: m.kind, start: m.start, end: m.end, title, severity});
	}
	return {codes, explanations};
}

function summarise(e: Explanation): string {
	const retry = {'will-retry': 'the sender will retry', 'do-not-retry': 'do not retry', 'retry-after-fix': 'retry after fixing it'}[e.retry];
	const who = e.provider ? ` (${e.provider.name})` : '';
	return `${e.code}${who}: ${e.title}. ${e.severity[0]!.toUpperCase()}${e.severity.slice(1)}; ${retry}.`;
}

/** A string from the input, cut to MAX_STRING characters. */
export function clip(text: string): string {
	return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING - 1)}…` : text;
}

function clipRecipient(r: RecipientResult): RecipientResult {
	const fields = r as unknown as Record<string, unknown>;
	const keys = Object.keys(fields);
	// Most recipients hold no string that long: they are written as they are.
	if (!keys.some(key => typeof fields[key] === 'string' && (fields[key] as string).length > MAX_STRING)) return r;
	const out: Record<string, unknown> = Object.assign({}, fields);
	for (const key of keys) {
		const value = out[key];
		if (typeof value === 'string' && value.length > MAX_STRING) out[key] = clip(value);
	}
	return out as unknown as RecipientResult;
}

/** The result with its lists and strings bounded, keys in the contract's order. */
export function bounded(result: ResultOut): ResultOut {
	const out = {input: clip(result.input)} as ResultOut;
	if (result.message !== undefined) out.message = result.message;
	out.kind = result.kind;
	out.summary = clip(result.summary);
	out.recipients = result.recipients;
	out.codes = result.codes;
	if (result.recipients.length > MAX_RECIPIENTS) out.recipientsTruncated = true;
	out.recipients = result.recipients.slice(0, MAX_RECIPIENTS).map(clipRecipient);
	if (result.codes.length > MAX_CODES) {
		out.codes = result.codes.slice(0, MAX_CODES);
		out.codesTruncated = true;
	}
	if (result.inputTruncated) out.inputTruncated = true;
	if (result.explanation) out.explanation = result.explanation;
	if (result.explanations) out.explanations = result.explanations.slice(0, MAX_EXPLANATIONS);
	if (result.error !== undefined) out.error = result.error;
	// Lists this short cannot pass MAX_LINE with every string clipped; longer ones are measured.
	if (out.recipients.length > 10 || out.codes.length > 100 || (out.explanations?.length ?? 0) > 10) fit(out);
	return out;
}

/** Halves the longest lists of a result until its JSON line fits in MAX_LINE bytes. */
function fit(out: ResultOut): void {
	while (Buffer.byteLength(JSON.stringify(out)) > MAX_LINE) {
		if (out.recipients.length > 10) {
			out.recipients = out.recipients.slice(0, out.recipients.length >> 1);
			out.recipientsTruncated = true;
		} else if (out.codes.length > 100) {
			out.codes = out.codes.slice(0, out.codes.length >> 1);
			out.codesTruncated = true;
		} else if ((out.explanations?.length ?? 0) > 10) out.explanations = out.explanations!.slice(0, out.explanations!.length >> 1);
		else return;
	}
}

function decodeCode(input: string, message: number | undefined, value: string, withCodes: boolean): ResultOut {
	const e = explain(value);
	if (isInvalid(e)) return {input, message, kind: 'invalid', summary: e.error, recipients: [], codes: [], error: e.error};
	return {input, message, kind: 'code', summary: summarise(e), recipients: [], codes: withCodes ? codesIn(value).codes : [], explanation: e};
}

/** What one input decoded to: decodeBounce's report, its one message's text, the email scope it was decoded in. */
export interface Decoded {
	report: BounceReport;
	text?: string;
	scope?: number;
}

/**
 * The decoded messages' report and the text of the only one (undefined for several), with the email
 * scope it was decoded in when that is still the current one (email-scope.ts): one message begins one
 * scope, so one more than `before` means that no other email (an item decoded meanwhile, between an
 * async decoding's awaits) began its own since.
 */
function decodedOf(parts: Iterable<DecodedMessage>, before: number): Decoded {
	const recipients: RecipientResult[] = [];
	let text: string | undefined;
	for (const part of parts) {
		for (const r of part.recipients) recipients.push(r);
		text = part.total === 1 ? part.text : undefined;
	}
	const scope = text !== undefined && emailScope() === before + 1 ? emailScope() : undefined;
	return {report: reportOf(recipients), text, scope};
}

/** decodeOnce through decodeMessages, for an input that needs postal-mime or holds several messages. */
async function decodeAsync(bytes: Uint8Array): Promise<Decoded> {
	const parts: DecodedMessage[] = [];
	const before = emailScope();
	try {
		for await (const part of decodeMessages(bytes)) parts.push(part);
		return decodedOf(parts, before);
	} catch {
		// As decodeBounce: an input it cannot read is no bounce.
		return {report: reportOf([])};
	}
}

/**
 * decodeBounce's report of the bytes, the text its one message was read as (undefined for several),
 * and the email scope it was decoded in when that is still the current one: synchronously when the
 * input needs no postal-mime (decodeMessagesLight), else through decodeMessages.
 */
function decodeOnce(bytes: Uint8Array): Decoded | Promise<Decoded> {
	const before = emailScope();
	let parts: DecodedMessage[] | undefined;
	try {
		parts = decodeMessagesLight(bytes);
	} catch {
		return {report: reportOf([])};
	}
	return parts ? decodedOf(parts, before) : decodeAsync(bytes);
}

/** The result of an input's bytes, decoded (decodeOnce); without `withCodes`, its codes are not read. */
function contentOf(input: string, message: number | undefined, bytes: Uint8Array, decoded: Decoded, withCodes: boolean): ResultOut {
	const {report} = decoded;
	if (!withCodes) return {input, message, kind: report.kind, summary: report.summary, recipients: report.recipients, codes: []};
	// The codes are read in the text the decoder read the message as (the bytes as UTF-8, decoded
	// once for both), so their offsets are those of the input as it was given.
	const text = decoded.text ?? new TextDecoder().decode(bytes);
	const {codes, explanations} = codesIn(text, report, decoded.scope);
	// A single reply line is no whole bounce, but its explanation is what the reader wants.
	const summary = report.kind === 'none' && explanations[0] ? summarise(explanations[0]) : report.summary;
	return {input, message, kind: report.kind, summary, recipients: report.recipients, codes, explanations};
}

/**
 * The first stage of an item's result: a content item's decoding (decodeOnce), synchronous unless it
 * needs postal-mime; undefined for a code or an error. An item's result is its two stages in turn
 * (processItem); items may also go through each stage together (batch.ts).
 */
export function decodeStage(item: Item): Decoded | Promise<Decoded> | undefined {
	return item.type === 'content' ? decodeOnce(item.value) : undefined;
}

/**
 * The second stage: the item's bounded result, from its decoding (decodeStage) when it has one. Without
 * `withCodes` (an output that shows no codes: render.ts Render.codes) the codes of the text are not
 * read: `codes` is empty, there are no `explanations`, and the summary of a text with no whole bounce
 * is the report's own rather than its first reply's.
 */
export function resultStage(item: Item, decoded: Decoded | undefined, withCodes = true): ResultOut {
	const {label: input, message} = item;
	if (item.type === 'error') return bounded({input, message, kind: 'invalid', summary: item.error, recipients: [], codes: [], error: item.error});
	if (item.type === 'code') return bounded(decodeCode(input, message, item.value, withCodes));
	const result = contentOf(input, message, item.value, decoded!, withCodes);
	if (item.truncated) result.inputTruncated = true;
	return bounded(result);
}

/** One item's result: a code's explanation, a bounce's decoding, or the error that says why there is none (`withCodes`: resultStage). */
export async function processItem(item: Item, withCodes = true): Promise<ResultOut> {
	// Most inputs decode synchronously: awaited only when they do not.
	const decoded = decodeStage(item);
	return resultStage(item, decoded instanceof Promise ? await decoded : decoded, withCodes);
}
