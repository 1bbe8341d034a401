// Binary data for the tests of what bytes are (src/core/binary-data.ts) and of what each surface says of them.
import {mulberry32} from './prng';

/** Bytes that stand for no format: a fixed pseudo-random sequence, mostly binary by any measure. */
export function noise(length: number, seed = 3): Uint8Array<ArrayBuffer> {
	const next = mulberry32(seed);
	return Uint8Array.from({length}, () => Math.floor(next() * 256));
}

/** `head` (bytes, or a string's Latin-1 bytes) at offset `at` of 4 KiB of noise. */
export function starting(head: number[] | string, at = 0): Uint8Array<ArrayBuffer> {
	const bytes = noise(4096);
	bytes.set(typeof head === 'string' ? Buffer.from(head, 'latin1') : head, at);
	return bytes;
}
