// The light MIME splitter: raw message bytes → the parts the decoder reads (mime-parts.ts), in one
// synchronous pass over the lines. It is not a general MIME library: it reads the structure as
// postal-mime 4 does (postal-mime.ts processLine, mime-node.ts) — lines split at LF without their
// final CRs, a boundary line checked against every open multipart from the innermost out, a part's
// header block ended by the first empty line — and gives the same parts for every message it
// accepts. Whatever it cannot read the same way with confidence (a structured header beyond its
// plain form, a charset label outside mime-body.ts's lists, HTML standing alone beside plain
// text, a message past PARSER_LIMITS) makes it return undefined, and mime.ts asks postal-mime.
import {charsetDecoder, lineEnd, unflow} from './mime-body';
import {readFields} from './mime-fields';
import {encodingOf, leafText, LightPart, NotLight} from './mime-leaf';
import {boundaryBytes, NO_PARAMS, param, parseStructured, type StructuredValue} from './mime-params';
import {PARSER_LIMITS, readsPart} from './mime-parts';
import type {MimePart, MimeParts} from './mime-parts';
import type {MimeSource} from './mime-source';

const DASH = 0x2d;

interface Part {
	parent: Part | undefined;
	depth: number;
	/** Its parent is a multipart/digest: without a Content-Type it is a message/rfc822. */
	inDigest: boolean;
	/** Offset of its first line. */
	start: number;
	/** Offset of its body (after the empty line), -1 while its header block is open. */
	bodyAt: number;
	/** Offset of the line where it stopped receiving lines, -1 while it receives them. */
	stop: number;
	finished: boolean;
	children: Part[];
	/** How many of its children are finished (always the first ones): a delimiter finishes only the rest. */
	childrenDone: number;
	headers: [string, string][];
	type: string;
	/** The multipart subtype (`mixed`, `alternative`, `report`…), '' for a leaf. */
	sub: string;
	/** The first value of each content header (Content-Type, -Transfer-Encoding, -Disposition), undefined without one. */
	contentType: string | undefined;
	transferEncoding: string | undefined;
	disposition: string | undefined;
	params: StructuredValue['params'];
}

function newPart(parent: Part | undefined, start: number): Part {
	const depth = parent ? parent.depth + 1 : 0;
	if (depth > PARSER_LIMITS.maxNestingDepth) throw new NotLight();
	const part: Part = {parent, depth, inDigest: parent?.sub === 'digest', start, bodyAt: -1, stop: -1, finished: false, children: [], childrenDone: 0, headers: [], type: '', sub: '', contentType: undefined, transferEncoding: undefined, disposition: undefined, params: NO_PARAMS};
	parent?.children.push(part);
	return part;
}

/** Reads a part's header block bytes[part.start, end): its headers, type and parameters. */
function readHeaders(part: Part, source: MimeSource, end: number): void {
	part.headers = readFields(source, part.start, end);
	for (const [name, value] of part.headers) {
		// 'c': most names are not "content-…", and this is all it takes to see it. Fields, not a Map per part.
		if (name.charCodeAt(0) !== 0x63) continue;
		if (name === 'content-type') part.contentType ??= value;
		else if (name === 'content-transfer-encoding') part.transferEncoding ??= value;
		else if (name === 'content-disposition') part.disposition ??= value;
	}
	const given = part.contentType;
	const type = given === undefined ? {value: part.inDigest ? 'message/rfc822' : 'text/plain', params: NO_PARAMS} : parseStructured(given);
	if (!type) throw new NotLight();
	part.type = type.value;
	part.params = type.params;
	part.sub = type.value.startsWith('multipart/') ? type.value.slice('multipart/'.length) : '';
}

/** The start of the first line after `at` that starts with "--", or the end of the index. */
function nextDashLine(index: string, at: number): number {
	const nl = index.indexOf('\n--', at);
	return nl < 0 ? index.length : nl + 1;
}

interface Boundary {
	bytes: Uint8Array;
	part: Part;
}

/** The splitter's state over one message. */
class Splitter {
	readonly root: Part;
	current: Part;
	readonly boundaries: Boundary[] = [];
	readonly raw: Uint8Array;

	constructor(readonly source: MimeSource) {
		this.raw = source.bytes;
		this.root = this.current = newPart(undefined, 0);
	}

	/** The index of the open boundary the line raw[at, end) delimits (`~index` when it closes it), or undefined. */
	boundaryAt(at: number, end: number): number | undefined {
		const raw = this.raw;
		for (let i = this.boundaries.length - 1; i >= 0; i--) {
			const b = this.boundaries[i]!.bytes;
			if (end - at < b.length + 2) continue;
			let j = 0;
			while (j < b.length && raw[at + 2 + j] === b[j]) j++;
			if (j < b.length) continue;
			let after = at + 2 + b.length;
			const closes = end - at >= b.length + 4 && raw[after] === DASH && raw[after + 1] === DASH;
			if (closes) after += 2;
			while (after < end && (raw[after] === 0x20 || raw[after] === 0x09)) after++;
			if (after === end) return closes ? ~i : i;
		}
		return undefined;
	}

	finish(part: Part): void {
		if (part.finished) return;
		// A header block cut short by a boundary or the end: read as it stands, its boundary never opened.
		if (part.bodyAt < 0) readHeaders(part, this.source, part.stop);
		for (let i = this.boundaries.length - 1; i >= 0; i--) {
			if (this.boundaries[i]!.part === part) {
				this.boundaries.splice(i, 1);
				break;
			}
		}
		this.finishChildren(part);
		part.finished = true;
	}

	/** Finishes the children of a part not finished yet (each one once: linear in the number of parts). */
	finishChildren(part: Part): void {
		while (part.childrenDone < part.children.length) this.finish(part.children[part.childrenDone++]!);
	}

	split(): void {
		const raw = this.raw;
		const index = this.source.index;
		const n = raw.length;
		let headerBytes = 0;
		for (let at = 0; at < n; ) {
			// In a body only a "--" line can change anything; with no boundary open, the rest is this part's.
			if (this.current.finished || this.current.bodyAt >= 0) {
				if (!this.boundaries.length) break;
				if (raw[at] !== DASH) {
					at = nextDashLine(index, at);
					continue;
				}
			}
			const nl = index.indexOf('\n', at);
			const next = nl < 0 ? n : nl + 1;
			const end = lineEnd(raw, at, nl < 0 ? n : nl);
			const hit = this.boundaries.length && end - at > 2 && raw[at] === DASH && raw[at + 1] === DASH ? this.boundaryAt(at, end) : undefined;
			if (hit !== undefined) {
				if (this.current.stop < 0) this.current.stop = at;
				const owner = this.boundaries[hit < 0 ? ~hit : hit]!.part;
				if (hit < 0) {
					this.finish(owner);
					this.current = owner.parent ?? this.root;
				} else {
					this.finishChildren(owner);
					this.current = newPart(owner, next);
				}
			} else {
				const part = this.current;
				if (!part.finished && part.bodyAt < 0) {
					if (end === at) {
						readHeaders(part, this.source, at);
						part.bodyAt = next;
						const boundary = part.sub && param(part.params, 'boundary');
						if (boundary) this.boundaries.push({bytes: boundaryBytes(boundary), part});
					} else if ((headerBytes += end - at) > PARSER_LIMITS.maxHeadersSize) throw new NotLight();
				}
			}
			at = next;
		}
		if (this.current.stop < 0) this.current.stop = n;
		this.finish(this.root);
	}
}

/** True when the part is displayed inline (no `Content-Disposition: attachment`). */
function inline(part: Part): boolean {
	const given = part.disposition;
	if (given === undefined) return true;
	const disposition = parseStructured(given);
	if (!disposition) throw new NotLight();
	return disposition.value !== 'attachment';
}

interface TextEntry {
	plain: string[];
	/** Its HTML parts' texts, each read when asked for: only a message without plain text needs them. */
	html: (() => string)[];
}

/** A text leaf's text: in its charset, unwrapped when format=flowed. */
function leafString(source: MimeSource, part: Part, token: string, decoder: TextDecoder): string {
	const text = leafText(source, part, token, decoder);
	return /^flowed$/i.test(param(part.params, 'format') ?? '') ? unflow(text, /^yes$/i.test(param(part.params, 'delsp') ?? '')) : text;
}

/** The text parts (keyed by their closest multipart/alternative) and the attachments, in tree order. */
function collect(s: Splitter, part: Part, alternative: Part | undefined, texts: Map<Part, TextEntry>, attachments: MimePart[]): void {
	if (!part.sub) {
		const type = part.type;
		if ((type === 'text/plain' || type === 'text/html') && inline(part)) {
			const decoder = charsetDecoder(param(part.params, 'charset'));
			if (!decoder) throw new NotLight();
			const token = encodingOf(part);
			const key = alternative ?? part;
			let entry = texts.get(key);
			if (!entry) texts.set(key, (entry = {plain: [], html: []}));
			if (type === 'text/html') entry.html.push(() => leafString(s.source, part, token, decoder));
			else entry.plain.push(leafString(s.source, part, token, decoder));
		} else if (readsPart(type)) {
			attachments.push(new LightPart(type, s.source, part, encodingOf(part)));
		}
		return;
	}
	const closest = part.sub === 'alternative' ? part : alternative;
	for (const child of part.children) collect(s, child, closest, texts, attachments);
}

/**
 * The text of one kind over all text entries, joined as postal-mime joins them. An entry with only
 * the other kind would be converted by postal-mime's own reader: that message is left to it.
 */
function joined(texts: Map<Part, TextEntry>, kind: keyof TextEntry): string {
	const out: string[] = [];
	for (const entry of texts.values()) {
		if (!entry[kind].length) throw new NotLight();
		for (const text of entry[kind]) out.push(typeof text === 'string' ? text : text());
	}
	return out.join('\n');
}

function splitOrThrow(source: MimeSource): MimeParts {
	const s = new Splitter(source);
	s.split();
	const texts = new Map<Part, TextEntry>();
	const attachments: MimePart[] = [];
	collect(s, s.root, undefined, texts, attachments);
	let hasPlain = false;
	let hasHtml = false;
	for (const entry of texts.values()) {
		hasPlain ||= entry.plain.length > 0;
		hasHtml ||= entry.html.length > 0;
	}
	const text = hasPlain ? joined(texts, 'plain') : '';
	const html = hasHtml && !text.trim() ? joined(texts, 'html') : '';
	return {headers: s.root.headers, text, html, attachments};
}

/**
 * The parts of one message (bytes with the blanks at line ends already trimmed, as mime.ts hands
 * them to postal-mime), exactly as postal-mime gives them, or undefined for a message the light
 * splitter leaves to postal-mime.
 */
export function lightParts(source: MimeSource): MimeParts | undefined {
	if (!source.bytes.length) return undefined;
	try {
		return splitOrThrow(source);
	} catch (e) {
		if (e instanceof NotLight) return undefined;
		throw e;
	}
}
