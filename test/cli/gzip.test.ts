// Gzip data read as what it inflates to, in chunks cut anywhere, in bounded pieces, and what is
// said of data that cannot be read on.
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {gunzip, gunzipWhole} from '../../src/cli/gzip';
import {mulberry32} from '../helpers/prng';

/** Bytes that compress a little, as mail does: words from a small list in a pseudo-random order. */
function mailish(length: number, seed = 7): Buffer {
	const rnd = mulberry32(seed);
	const words = ['Final-Recipient:', 'rfc822;', 'alice@example.org', 'Action: failed', 'Status: 5.1.1', '550', 'user', 'unknown\r\n', 'From ', 'Received:', 'by', 'mx.example.net'];
	let text = '';
	while (text.length < length) text += `${words[Math.floor(rnd() * words.length)]} ${Math.floor(rnd() * 1e6)} `;
	return Buffer.from(text.slice(0, length), 'latin1');
}

/** `bytes` cut at these offsets. */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
	const points = [0, ...at.filter(n => n > 0 && n < bytes.length).sort((a, b) => a - b), bytes.length];
	return points.slice(1).map((end, i) => bytes.subarray(points[i], end));
}

/** Every piece gunzip gives, joined, and what it says at the end. */
function read(chunks: Iterable<Uint8Array>) {
	const data = gunzip(chunks);
	const pieces = [...data.chunks];
	return {bytes: Buffer.concat(pieces), pieces, consumed: data.consumed, failure: data.failure?.message};
}

describe('gunzip', () => {
	const original = mailish(300_000);
	const compressed = gzipSync(original);

	it('gives the inflated bytes whatever the chunks are cut at, its header included, and counts what it read', () => {
		const rnd = mulberry32(11);
		for (let round = 0; round < 30; round++) {
			const at = Array.from({length: 1 + Math.floor(rnd() * 8)}, () => Math.floor(rnd() * (round < 10 ? 24 : compressed.length)));
			const out = read(cut(compressed, at));
			expect(out.failure).toBeUndefined();
			expect(out.bytes.equals(original)).toBe(true);
			expect(out.consumed).toBe(compressed.length);
		}
	});

	it('reads chunks that are views of one buffer the next chunk overwrites, as read.ts gives them', () => {
		const second = gzipSync(mailish(5000, 3));
		const both = Buffer.concat([compressed, second]);
		// Cut inside each member's header: the inflater may keep that much until the next chunk.
		const at = [5, 200, compressed.length + 4, compressed.length + 9];
		const shared = Buffer.alloc(both.length);
		const views = function* () {
			for (const part of cut(both, at)) {
				shared.fill(0xee);
				shared.set(part);
				yield shared.subarray(0, part.length);
			}
		};
		expect(read(views()).bytes.equals(Buffer.concat([original, mailish(5000, 3)]))).toBe(true);
	});

	it('reads a chunk whose buffer is overwritten while its pieces are being read (another file read meanwhile)', () => {
		const shared = Buffer.alloc(compressed.length);
		const source = function* () {
			compressed.copy(shared);
			yield shared.subarray(0, compressed.length);
		};
		const data = gunzip(source());
		const pieces: Uint8Array[] = [];
		for (const piece of data.chunks) {
			pieces.push(piece);
			shared.fill(0x5a);
		}
		expect(data.failure).toBeUndefined();
		expect(pieces.length).toBeGreaterThan(1);
		expect(Buffer.concat(pieces).equals(original)).toBe(true);
	});

	it('reads members one after another (cat a.gz b.gz) and ignores zero bytes of padding after the last', () => {
		const other = mailish(40_000, 5);
		const joined = Buffer.concat([compressed, gzipSync(other)]);
		expect(read([joined]).bytes.equals(Buffer.concat([original, other]))).toBe(true);
		const padded = read(cut(Buffer.concat([joined, Buffer.alloc(10_000)]), [joined.length + 100]));
		expect(padded.failure).toBeUndefined();
		expect(padded.bytes.equals(Buffer.concat([original, other]))).toBe(true);
		expect(padded.consumed).toBe(joined.length + 10_000);
		// An empty file compressed ends in zero bytes of its own (its last block and its trailer).
		expect(read([gzipSync('')])).toMatchObject({failure: undefined, consumed: gzipSync('').length});
		expect(read([gzipSync('')]).bytes.length).toBe(0);
	});

	it('gives what came before a cut, then says the data ends early', () => {
		const out = read(cut(compressed.subarray(0, compressed.length >> 1), [5000]));
		expect(out.failure).toMatch(/^the gzip data ends early \(a cut or partly copied file\): the [\d,]+ bytes before the cut were read\.$/);
		expect(out.bytes.length).toBeGreaterThan(0);
		expect(out.bytes.equals(original.subarray(0, out.bytes.length))).toBe(true);
	});

	it('gives what came before corrupt data, then says it is corrupt', () => {
		const broken = Buffer.from(compressed);
		for (let i = 20_000; i < 20_040; i++) broken[i] = 0xff;
		const out = read([broken]);
		expect(out.failure).toMatch(/^the gzip data is corrupt \(.+\) after [\d,]+ bytes: those were read\.$/);
		expect(out.bytes.equals(original.subarray(0, out.bytes.length))).toBe(true);
	});

	it('checks each member’s CRC-32 and size (RFC 1952 §2.3.1), as gzip does: corrupt data that inflates is not taken for whole', () => {
		const other = mailish(40_000, 5);
		const first = gzipSync(original);
		for (const at of [first.length - 8, first.length - 3]) {
			// The first member's trailer, where the next member starts.
			const joined = Buffer.concat([first, gzipSync(other)]);
			joined[at] = joined[at]! ^ 1;
			const out = read([joined]);
			expect(out.failure).toMatch(/^the gzip data is corrupt \(a member's CRC-32 or size does not match its data\)/);
			expect(out.bytes.equals(original)).toBe(true);
			// The last member's, at the end of the data.
			const alone = Buffer.from(first);
			alone[at] = alone[at]! ^ 1;
			expect(read([alone]).failure).toMatch(/CRC-32 or size does not match/);
		}
		// Deflate data overwritten with bytes that still inflate (to the wrong bytes).
		const broken = Buffer.from(first);
		broken.fill(0xff, first.length >> 1, (first.length >> 1) + 40);
		expect(read([broken]).failure).toMatch(/^the gzip data is corrupt/);
	});

	it('reads a member whose header names its file (FNAME), its header cut across feeds', () => {
		const named = (data: Buffer, name: string) => {
			const plain = gzipSync(data);
			const header = Buffer.from(plain.subarray(0, 10));
			header[3] = 0x08; // FLG.FNAME
			return Buffer.concat([header, Buffer.from(`${name}\0`, 'latin1'), plain.subarray(10)]);
		};
		const other = mailish(40_000, 5);
		const joined = Buffer.concat([named(original, 'box.mbox'), named(other, 'x'.repeat(5000))]);
		const out = read(cut(joined, [joined.length - 50_000]));
		expect(out.failure).toBeUndefined();
		expect(out.bytes.equals(Buffer.concat([original, other]))).toBe(true);
	});

	it('gives a highly compressed stream in bounded pieces', () => {
		const zeros = gzipSync(Buffer.alloc(64 * 1024 * 1024));
		const out = read([zeros]);
		expect(out.bytes.length).toBe(64 * 1024 * 1024);
		expect(Math.max(...out.pieces.map(p => p.length))).toBeLessThanOrEqual(16384 * 1032 + 32 * 1024);
	});
});

describe('gunzipWhole', () => {
	const whole = (bytes: Uint8Array) => {
		const data = gunzipWhole(bytes);
		return data && {bytes: Buffer.concat([...data.chunks]), consumed: data.consumed, failure: data.failure};
	};

	it('gives what gunzip gives for one member that inflates whole and ends the data, zero padding after it aside', () => {
		const one = gzipSync(mailish(30_000));
		const cases = [one, Buffer.concat([one, Buffer.alloc(512)]), gzipSync(''), gzipSync(mailish(2000, 9))];
		for (const bytes of cases) {
			const streamed = read([bytes]);
			expect(streamed.failure).toBeUndefined();
			expect(whole(bytes)).toEqual({bytes: streamed.bytes, consumed: bytes.length, failure: undefined});
		}
	});

	it('leaves to the stream what does not inflate whole, inflates past 4 MiB, holds several members or has junk after its member', () => {
		const one = gzipSync(mailish(30_000));
		const broken = Buffer.from(one);
		broken[one.length - 6] = broken[one.length - 6]! ^ 1;
		const several = Buffer.concat([one, gzipSync(mailish(2000, 9))]);
		// zlib reads past zero bytes and junk after a member; gzip and the stream call the junk corrupt.
		const junk = Buffer.concat([one, Buffer.alloc(300), Buffer.from('*ZMvw')]);
		expect(read([junk]).failure).toMatch(/^the gzip data is corrupt/);
		for (const bytes of [one.subarray(0, one.length >> 1), broken, gzipSync(Buffer.alloc(4 * 1024 * 1024 + 1)), several, junk]) expect(gunzipWhole(bytes)).toBeUndefined();
		expect(whole(gzipSync(Buffer.alloc(4 * 1024 * 1024)))?.bytes.length).toBe(4 * 1024 * 1024);
	});
});
