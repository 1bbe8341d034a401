// Where one gzip member ends (RFC 1952 §2.2: a file may hold several members one after the other, as
// `cat a.gz b.gz` makes it; §2.3.1: each ends in a trailer of the CRC-32 and the size, modulo 2^32,
// of what it inflates to). The CLI reads every member with its own inflater and checks each trailer
// (src/cli/gzip.ts); the popup's inflater, the browser's DecompressionStream, stops at the end of
// the first member, so the popup finds where that member ended from what it inflated to and reads
// on from there (src/popup/file-bytes.ts).

/** Bytes of a member's trailer: CRC32 and ISIZE, four bytes each, least significant first. */
export const GZIP_TRAILER = 8;

/** The smallest member: a 10-byte header, an empty final deflate block (2 bytes) and the trailer. */
const SMALLEST_MEMBER = 20;

let table: Uint32Array | undefined;

/** The CRC-32 of ISO 3309 that gzip uses (RFC 1952 §8), of `bytes`, carried on from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let c = ~crc >>> 0;
	for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
	return ~c >>> 0;
}

/** The trailer a member whose data has this CRC-32 and size ends in. */
export function gzipTrailer(crc: number, size: number): Uint8Array {
	const out = new Uint8Array(GZIP_TRAILER);
	const view = new DataView(out.buffer);
	view.setUint32(0, crc >>> 0, true);
	view.setUint32(4, size >>> 0, true);
	return out;
}

/**
 * Whether data whose last bytes that are not all zero end in `tail`, followed by `zeros` zero bytes,
 * ends in the trailer of a member of that CRC-32 and size: the trailer's own last bytes may be zeros
 * (an ISIZE below 2^24 ends in one), counted among those that follow.
 */
export function endsInTrailer(tail: Uint8Array, zeros: number, crc: number, size: number): boolean {
	const trailer = gzipTrailer(crc, size);
	let own = GZIP_TRAILER;
	while (own > 0 && trailer[own - 1] === 0) own--;
	return own <= tail.length && zeros >= GZIP_TRAILER - own && trailer.subarray(0, own).every((byte, i) => tail[tail.length - own + i] === byte);
}

/** True when data[from…] is zero bytes only, or nothing (gzip(1) ignores such padding after the last member). */
export function onlyZeros(data: Uint8Array, from: number): boolean {
	for (let i = from; i < data.length; i++) if (data[i] !== 0) return false;
	return true;
}

/**
 * Where the member that starts at `start` ends (the offset after its trailer), given the CRC-32 and
 * size of what it inflated to; undefined when no such trailer is followed by the end of the data,
 * zero bytes only, or the start of another member (0x1f 0x8b): then what was inflated is not the
 * whole member (the data is cut or damaged). Of several such places the first is the member's end.
 */
export function memberEnd(data: Uint8Array, start: number, crc: number, size: number): number | undefined {
	const trailer = gzipTrailer(crc, size);
	const first = trailer[0]!;
	for (let at = data.indexOf(first, start + SMALLEST_MEMBER - GZIP_TRAILER); at >= 0; at = data.indexOf(first, at + 1)) {
		let k = 1;
		while (k < GZIP_TRAILER && data[at + k] === trailer[k]) k++;
		if (k < GZIP_TRAILER) continue;
		const end = at + GZIP_TRAILER;
		if ((data[end] === 0x1f && data[end + 1] === 0x8b) || onlyZeros(data, end)) return end;
	}
	return undefined;
}
