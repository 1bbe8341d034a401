// Gzip-compressed input (RFC 1952): an mbox or a message archived as .gz (logrotate's rotated mail
// spools, `gzip box.mbox`, a Maildir whose messages the mail server keeps compressed) is read as the
// bytes it holds, as they are inflated, in bounded memory: read.ts then splits and gathers them as
// it does a pipe's. The inflating is fflate's, a synchronous stream, as the reading here is; each
// member's CRC-32 and size (RFC 1952 §2.3.1, which fflate does not check) are checked here, as
// gzip(1) checks them, so that corrupt data that still inflates is not read as if it were whole.
import {createRequire} from 'node:module';
import {crc32, gunzipSync} from 'node:zlib';
import type * as Fflate from 'fflate';
import {endsInTrailer, gzipTrailer, GZIP_TRAILER} from '../core';
import {counted} from './grouped';

let fflate: typeof Fflate | undefined;

/**
 * fflate, loaded at the first gzip input. The command's bundle runs every module it holds as it
 * loads, and fflate builds its decoding tables as it loads: bundled, it cost ~6 ms of every start
 * (`bounce-decoder --json 550`, 40 interleaved runs: 0.122 s against 0.116 s without it), whether
 * or not a run reads gzip. So the bundle ships fflate's CommonJS build beside itself
 * (dist-cli/fflate.cjs, scripts/build-lib.mjs), found from the bundle's own place; run from the
 * source (tsx, the tests), it is the dependency itself.
 */
function inflaters(): typeof Fflate {
	if (!fflate) {
		const load = createRequire(import.meta.url);
		try {
			fflate = load('./fflate.cjs') as typeof Fflate;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
			fflate = load('fflate') as typeof Fflate;
		}
	}
	return fflate;
}

/**
 * Compressed bytes given to the inflater at a time: deflate expands a byte at most ~1,032 times
 * (RFC 1951: a 258-byte match in two bits or so), so no piece it gives is much over 16 MiB. Each
 * push has the inflater allocate buffers of its own (an output of at least 128 KiB, a copy of its
 * 32 KiB window), so larger feeds read faster: a 3 MB gzip of a 15 MB mbox took 175 ms 4 KiB at a
 * time, 126 ms 16 KiB at a time, 90 ms 64 KiB at a time (zlib at once: 41 ms).
 */
const FEED = 16384;
const ZEROS = new Uint8Array(FEED);
/** Bytes of compressed data kept to read trailers in. */
const RING = 64 * 1024;

/** Gzip data that cannot be read on; what was inflated before it has been given. */
export class GzipError extends Error {}

/** fflate's error, in words that say what was read. */
function refusal(error: unknown, inflated: number): GzipError {
	if (error instanceof GzipError) return error;
	const what = error instanceof Error ? error.message : String(error);
	const read = counted(inflated, 'byte', 'bytes');
	if (what === 'unexpected EOF') return new GzipError(`the gzip data ends early (a cut or partly copied file): the ${read} before the cut were read.`);
	return new GzipError(`the gzip data is corrupt (${what}) after ${read}: those were read.`);
}

/** A member whose trailer does not match what it inflated to. */
function mismatch(inflated: number): GzipError {
	return new GzipError(`the gzip data is corrupt (a member's CRC-32 or size does not match its data) in the ${counted(inflated, 'byte', 'bytes')} read: some of them may be wrong.`);
}

/** Inflated bytes past which gunzipWhole leaves the data to the stream (gunzip). */
const WHOLE_MOST = 4 * 1024 * 1024;

/**
 * A gzip source as it is inflated: its chunks end where the data cannot be read on, `failure` then
 * says why; `consumed` counts the compressed bytes read so far (for progress).
 */
export interface Gunzipped {
	chunks: Generator<Uint8Array>;
	readonly consumed: number;
	readonly failure: GzipError | undefined;
}

/**
 * The inflated bytes of gzip data given in chunks (one member, or several as `cat a.gz b.gz` makes
 * them), each piece its own bytes, as they come. Zero bytes after the last member (a tape block's
 * padding) are ignored, as gzip(1) ignores them. Data that is corrupt or ends early ends the
 * chunks once what was inflated before it has been given, and sets `failure`.
 */
export function gunzip(source: Iterable<Uint8Array>): Gunzipped {
	const pieces: Uint8Array[] = [];
	let inflated = 0;
	let consumed = 0;
	let failure: GzipError | undefined;
	// The current member's CRC-32 and size so far.
	let crc = 0;
	let size = 0;
	// The last RING bytes given to the inflater, by their offset in the data (`fed` so far): a member's
	// trailer is read there once the next member has started, or the data has ended.
	let fed = 0;
	const ring = new Uint8Array(RING);
	const remember = (bytes: Uint8Array): void => {
		const at = fed % RING;
		const first = Math.min(bytes.length, RING - at);
		ring.set(bytes.subarray(0, first), at);
		ring.set(bytes.subarray(first), 0);
		fed += bytes.length;
	};
	const endsWith = (end: number, bytes: Uint8Array): boolean => bytes.every((byte, i) => ring[(end - bytes.length + i) % RING] === byte);
	const inflater = new (inflaters().Gunzip)(data => {
		if (data.length === 0) return;
		pieces.push(data);
		inflated += data.length;
		crc = crc32(data, crc);
		size = (size + data.length) >>> 0;
	});
	// A member after the first starts at `offset`: the one before ended with its trailer there (past
	// the ring only after a header of tens of kilobytes, which is not checked).
	inflater.onmember = offset => {
		if (offset - GZIP_TRAILER >= fed - RING && !endsWith(offset, gzipTrailer(crc, size))) throw mismatch(inflated);
		crc = 0;
		size = 0;
	};
	/**
	 * The pieces `bytes` inflate to (pushed FEED bytes at a time), those of an error's slice too, then
	 * the error: none for `padding` (zero bytes at the end) where the inflater took them for a member's
	 * header, as gzip(1) ignores such bytes (then it returns true: the inflater has stopped).
	 */
	function* feed(bytes: Uint8Array, final: boolean, padding = false): Generator<Uint8Array, boolean> {
		let at = 0;
		do {
			const slice = bytes.subarray(at, at + FEED);
			at += slice.length;
			remember(slice);
			let failed: unknown;
			try {
				inflater.push(slice, final && at >= bytes.length);
			} catch (error) {
				failed = error ?? new Error('unreadable');
			}
			yield* pieces.splice(0);
			if (failed === undefined) continue;
			if (padding && failed instanceof Error && failed.message === 'invalid gzip data') return true;
			throw refusal(failed, inflated);
		} while (at < bytes.length);
		return false;
	}
	/** `count` zero bytes fed as feed() feeds them, FEED at a time from one buffer of zeros. */
	function* zeroBytes(count: number, final: boolean, padding: boolean): Generator<Uint8Array> {
		let left = count;
		do {
			const n = Math.min(left, FEED);
			left -= n;
			if (yield* feed(ZEROS.subarray(0, n), final && left === 0, padding)) return;
		} while (left > 0);
	}
	function* all(): Generator<Uint8Array> {
		// Zero bytes at the end of what has come: given to the inflater once something follows them, or
		// at the end as what may be padding.
		let zeros = 0;
		for (const chunk of source) {
			consumed += chunk.length;
			let end = chunk.length;
			while (end > 0 && chunk[end - 1] === 0) end--;
			if (end > 0) {
				if (zeros > 0) yield* zeroBytes(zeros, false, false);
				zeros = 0;
				// A copy: a chunk is a view of a read buffer, which the next read overwrites, and another
				// file may be read while this one's pieces are (a Buffer's slice() would be a view too);
				// the inflater may also keep what it was given (a member's header cut by a chunk's end)
				// until the next push.
				yield* feed(new Uint8Array(chunk.subarray(0, end)), false);
			}
			zeros += chunk.length - end;
		}
		// The last member's trailer: the bytes up to the last that is not zero end it, and the zero bytes
		// its own end holds (an ISIZE below 2^24 ends in one) are among those that follow. Read once
		// the last of its data has been inflated, which may take the final push.
		const end = fed;
		const tail = new Uint8Array(Math.min(end, GZIP_TRAILER));
		for (let i = 0; i < tail.length; i++) tail[i] = ring[(end - tail.length + i) % RING]!;
		yield* zeroBytes(zeros, true, true);
		if (!endsInTrailer(tail, zeros, crc, size)) throw mismatch(inflated);
	}
	function* chunks(): Generator<Uint8Array> {
		try {
			yield* all();
		} catch (error) {
			if (!(error instanceof GzipError)) throw error;
			failure = error;
		}
	}
	return {
		chunks: chunks(),
		get consumed() {
			return consumed;
		},
		get failure() {
			return failure;
		},
	};
}

/**
 * Gzip data held whole (a small file, read by one read) inflated by zlib at once, as gunzip gives it,
 * when it is one member that inflates whole to at most 4 MiB and ends the data (zero bytes after it
 * aside); else undefined, and gunzip reads it and says what is wrong, if anything. zlib checks the
 * CRC-32 and size itself, but reads past junk after a member that gunzip calls corrupt, so the data
 * must end in the trailer of what it gave. It takes a small file's data in ~1/10 of the time and
 * none of the stream's buffers (a folder of 6,000 .eml.gz copies: 4.9 s of CPU and 191 MB through
 * the stream alone, 3.4 s and 131 MB so).
 */
export function gunzipWhole(bytes: Uint8Array): Gunzipped | undefined {
	let inflated: Uint8Array;
	try {
		inflated = gunzipSync(bytes, {maxOutputLength: WHOLE_MOST});
	} catch {
		return undefined;
	}
	let end = bytes.length;
	while (end > 0 && bytes[end - 1] === 0) end--;
	if (!endsInTrailer(bytes.subarray(Math.max(0, end - GZIP_TRAILER), end), bytes.length - end, crc32(inflated), inflated.length)) return undefined;
	return {
		chunks: (function* () {
			if (inflated.length > 0) yield inflated;
		})(),
		consumed: bytes.length,
		failure: undefined,
	};
}
