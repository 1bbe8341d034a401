// Where one gzip member of several ends: the CRC-32 gzip uses, the trailer a member's data calls for,
// and the first trailer of that data followed by the end, zero padding or another member.
import {crc32 as zlibCrc32, gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {crc32, endsInTrailer, gzipTrailer, memberEnd, onlyZeros} from '../../src/core/gzip-members';
import {noise} from '../helpers/binary';

const bytes = (text: string) => new TextEncoder().encode(text);
const joined = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap(part => [...part]));

describe('crc32', () => {
	it('is the CRC-32 gzip uses, whole or carried on piece by piece', () => {
		// RFC 1952 §8 / ISO 3309: the check value of "123456789" is 0xCBF43926.
		expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array(0))).toBe(0);
		const data = noise(10_000);
		expect(crc32(data)).toBe(zlibCrc32(data));
		expect(crc32(data.subarray(4000), crc32(data.subarray(0, 4000)))).toBe(zlibCrc32(data));
	});
});

describe('gzipTrailer and endsInTrailer', () => {
	it('is the trailer zlib writes, CRC-32 then size, least significant byte first', () => {
		const text = bytes('Final-Recipient: rfc822; a@b.example\n');
		const gz = gzipSync(text);
		expect([...gzipTrailer(crc32(text), text.length)]).toEqual([...gz.subarray(gz.length - 8)]);
		// Its size (38) ends in three zero bytes: the data's last non-zero byte is the trailer's fifth.
		const end = gz.length - 3;
		expect(endsInTrailer(gz.subarray(end - 8, end), 3, crc32(text), text.length)).toBe(true);
		expect(endsInTrailer(gz.subarray(end - 8, end), 3, crc32(text), text.length + 1)).toBe(false);
	});

	it('counts zero bytes of the trailer’s own end among the padding after it', () => {
		// ISIZE 5 ends in three zero bytes: data cut at its last non-zero byte still ends in the trailer.
		const text = bytes('hello');
		const gz = gzipSync(text);
		const padded = joined(gz, new Uint8Array(16));
		let end = padded.length;
		while (padded[end - 1] === 0) end--;
		expect(endsInTrailer(padded.subarray(end - 8, end), padded.length - end, crc32(text), text.length)).toBe(true);
		expect(endsInTrailer(padded.subarray(end - 8, end), 0, crc32(text), text.length)).toBe(false);
	});
});

describe('memberEnd', () => {
	const first = bytes('From: a@example.org\n\nThe first message.\n'.repeat(30));
	const second = bytes('From: b@example.org\n\nThe second message.\n');
	const a = gzipSync(first);
	const b = gzipSync(second);

	it('is the end of a member followed by another member, by the end, or by zero padding', () => {
		expect(memberEnd(joined(a, b), 0, crc32(first), first.length)).toBe(a.length);
		expect(memberEnd(joined(a, b), a.length, crc32(second), second.length)).toBe(a.length + b.length);
		expect(memberEnd(a, 0, crc32(first), first.length)).toBe(a.length);
		expect(memberEnd(joined(a, new Uint8Array(512)), 0, crc32(first), first.length)).toBe(a.length);
	});

	it('is undefined where what was inflated is not the whole member, or other bytes follow its trailer', () => {
		// Half of what the member holds (a member cut short): no trailer of that data.
		const half = first.subarray(0, first.length / 2);
		expect(memberEnd(joined(a, b), 0, crc32(half), half.length)).toBeUndefined();
		expect(memberEnd(joined(a, bytes('not gzip')), 0, crc32(first), first.length)).toBeUndefined();
		expect(memberEnd(a.subarray(0, a.length - 1), 0, crc32(first), first.length)).toBeUndefined();
	});

	it('onlyZeros tells padding from data', () => {
		expect(onlyZeros(new Uint8Array(8), 0)).toBe(true);
		expect(onlyZeros(Uint8Array.from([1, 0, 0]), 1)).toBe(true);
		expect(onlyZeros(Uint8Array.from([0, 0, 1]), 0)).toBe(false);
		expect(onlyZeros(new Uint8Array(0), 0)).toBe(true);
	});
});
