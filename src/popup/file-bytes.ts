// A dropped or picked file's bytes as the decoder reads them (decode-job.ts, in the decode worker):
// gzip data (a bounce archived as .eml.gz, an mbox as .mbox.gz) inflated first, as the CLI reads it,
// and binary data that is no mail refused with what it is and what to give instead (the core tells
// which: binary-data.ts), rather than decoded into "no failed recipient was found".
// The inflating is the browser's own (Compression Streams, DecompressionStream 'gzip'), which checks
// what a member inflates to against its CRC-32 and size (RFC 1952 §2.3.1) and, in Chromium and
// Firefox, fails on anything after the first member. So a file of several members (`cat a.gz b.gz`)
// is read member by member, each from where the one before ended (its trailer tells where), and zero
// bytes after the last are padding, as the command line reads them (src/cli/gzip.ts). A file cut
// short, damaged, or with other bytes after a member is decoded as far as it was read, and a note
// says so (decode-job.ts).
import {binaryKind, crc32, isGzip, looksBinary, memberEnd, onlyZeros, utf16Of, type BinaryKind} from '../core';
import type {MessageKey} from '../shared/i18n';

/**
 * The largest file the popup reads (app.tsx refuses larger ones), and the most a gzip file may inflate
 * to: bounces with attachments run to a few MB, anything far bigger is not one (the command reads any size).
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** A file the popup does not decode: what it is, in a message of the reader's language and its substitutions. */
export interface Refusal {
	say: MessageKey;
	subs: string[];
}

export type FileBytes =
	/** `cut`: gzip data that could not be read to its end; `bytes` are what it inflated to before that. */
	| {bytes: Uint8Array; cut?: true}
	| {refused: Refusal};

const KIND_SAYS: Readonly<Record<BinaryKind, MessageKey>> = {
	gzip: 'file_kind_gzip',
	'gzip-other': 'file_kind_gzip_other',
	bzip2: 'file_kind_bzip2',
	xz: 'file_kind_xz',
	zstd: 'file_kind_zstd',
	zip: 'file_kind_zip',
	'7z': 'file_kind_7z',
	tar: 'file_kind_tar',
	msg: 'file_kind_msg',
	pdf: 'file_kind_pdf',
};

/** What the file's bytes hold, read in full (it is at most MAX_FILE_BYTES: app.tsx refuses larger ones). */
export async function fileBytes(file: Blob, most = MAX_FILE_BYTES): Promise<FileBytes> {
	const raw = new Uint8Array(await file.arrayBuffer());
	let bytes: Uint8Array = raw;
	let cut: true | undefined;
	if (isGzip(raw)) {
		const inflated = await inflate(raw, most);
		if (!inflated) return {refused: {say: 'file_inflates_too_large', subs: [String(Math.round(most / 1048576))]}};
		// Nothing before the failure: its header or first block is damaged.
		if (inflated.cut && inflated.bytes.length === 0) return {refused: {say: 'file_gzip_unreadable', subs: []}};
		({bytes, cut} = inflated);
	}
	// Text saved as UTF-16 is half NUL bytes, yet text: the core reads it as such (decode/utf16.ts).
	if (looksBinary(bytes) && !utf16Of(bytes)) {
		const kind = binaryKind(bytes);
		return {refused: {say: kind ? KIND_SAYS[kind] : 'file_binary', subs: []}};
	}
	return cut ? {bytes, cut} : {bytes};
}

/**
 * What one gzip member inflates to, read from the start of `gzip` (a member's reader): its pieces,
 * or undefined past `most` bytes; `failed` when the reading stopped at an error (in a browser, also
 * at anything after the member's end).
 */
export type MemberReader = (gzip: Uint8Array<ArrayBuffer>, most: number) => Promise<{pieces: Uint8Array[]; size: number; failed: boolean} | undefined>;

/** The browser's own reader: DecompressionStream, which checks the member's CRC-32 and size. */
const browserMember: MemberReader = async (gzip, most) => {
	const source = new ReadableStream<BufferSource>({
		start(controller) {
			controller.enqueue(gzip);
			controller.close();
		},
	});
	const reader = source.pipeThrough(new DecompressionStream('gzip')).getReader();
	const pieces: Uint8Array[] = [];
	let size = 0;
	try {
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			size += read.value.length;
			if (size > most) {
				void reader.cancel().catch(() => {});
				return undefined;
			}
			pieces.push(read.value);
		}
	} catch {
		return {pieces, size, failed: true};
	}
	return {pieces, size, failed: false};
};

/**
 * Gzip data inflated, every member of it, or undefined when it inflates to more than `most` bytes.
 * Where the reader stops at an error, the trailer of what the member inflated to tells where it ended
 * (core gzip-members.ts): another member there is read on, zero bytes there are padding, as gzip(1)
 * reads them. Otherwise the data is cut or damaged: what inflated before it is kept, and `cut` set.
 */
export async function inflate(gzip: Uint8Array<ArrayBuffer>, most: number, member: MemberReader = browserMember): Promise<{bytes: Uint8Array; cut?: true} | undefined> {
	const pieces: Uint8Array[] = [];
	let size = 0;
	let cut: true | undefined;
	for (let start = 0; ; ) {
		const read = await member(gzip.subarray(start), most - size);
		if (!read) return undefined;
		pieces.push(...read.pieces);
		size += read.size;
		if (!read.failed) break;
		let crc = 0;
		for (const piece of read.pieces) crc = crc32(piece, crc);
		const end = memberEnd(gzip, start, crc, read.size);
		if (end === undefined) {
			cut = true;
			break;
		}
		if (onlyZeros(gzip, end)) break;
		start = end;
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const piece of pieces) {
		bytes.set(piece, at);
		at += piece.length;
	}
	return cut ? {bytes, cut} : {bytes};
}
