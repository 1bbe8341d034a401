// Public decoding API: raw MIME (a .eml, Gmail "Show original", an mbox of several messages) or
// the text a webmail displays → per-recipient verdicts. PURE: no DOM, no browser or Node API.
import type {BounceReport, RecipientResult} from './types';
import {assemble} from './decode/assemble';
import {isMbox, splitMbox, looksLikeMime} from './decode/mbox';
import {parseMime} from './decode/mime';
import type {MimeMessage} from './decode/mime';
import {MAX_INPUT, MAX_MESSAGE, NONE, decodeText, report} from './decode/text-report';
import {toLf} from './decode/text';

export {decodeText} from './decode/text-report';

export {classifyReason} from './reasons';

function head(raw: string | Uint8Array | ArrayBuffer): string | Uint8Array | ArrayBuffer {
	if (typeof raw === 'string') return raw.length > MAX_MESSAGE ? raw.slice(0, MAX_MESSAGE) : raw;
	const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
	return bytes.length > MAX_MESSAGE ? bytes.subarray(0, MAX_MESSAGE) : raw;
}

function asString(input: string | Uint8Array | ArrayBuffer): string {
	if (typeof input === 'string') return input;
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	// A UTF-8 view for structure detection (mbox, header block); the MIME parser decodes charsets itself.
	return new TextDecoder('utf-8', {fatal: false}).decode(bytes.length > MAX_INPUT ? bytes.subarray(0, MAX_INPUT) : bytes);
}

/**
 * Decode a bounce: raw MIME (one message or an mbox of several, results concatenated) or displayed
 * text. Never throws; an unreadable input gives kind 'none'.
 */
export function decodeBounce(input: string | Uint8Array | ArrayBuffer): Promise<BounceReport> {
	return decodeBounceWith(input, parseMime);
}

/**
 * decodeBounce with the given MIME parser (parseMime, or parseMimePostal: the tests and the bench
 * hold the light splitter to postal-mime through it).
 */
export async function decodeBounceWith(input: string | Uint8Array | ArrayBuffer, parse: (raw: string | Uint8Array | ArrayBuffer) => Promise<MimeMessage>): Promise<BounceReport> {
	try {
		if (input == null) return NONE;
		const text = asString(input);
		if (!text.trim()) return NONE;
		if (!looksLikeMime(text)) return decodeText(text);
		const recipients: RecipientResult[] = [];
		// An mbox is split on its From_ lines; a single message keeps its original bytes so that
		// the MIME parser decodes its charsets itself.
		const mbox = isMbox(text);
		let messages: (string | Uint8Array | ArrayBuffer)[] = mbox ? splitMbox(toLf(text)) : [input];
		// One message behind a From_ line: keep its bytes (the MIME parser decodes 8-bit charsets from them).
		if (mbox && messages.length === 1 && typeof input !== 'string') {
			const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
			messages = [bytes.subarray(bytes.indexOf(0x0a) + 1)];
		}
		for (const raw of messages) recipients.push(...assemble(await parse(head(raw))));
		return report(recipients);
	} catch {
		return NONE;
	}
}
