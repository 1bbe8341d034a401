// Bytes gathered up to READ_LIMIT: what is past it is counted, not kept.
import {describe, expect, it} from 'vitest';
import {Gather} from '../../src/cli/gather';
import {READ_LIMIT} from '../../src/cli/limits';

describe('Gather', () => {
	it('keeps copies of what it is given, joined, and counts it', () => {
		const shared = new Uint8Array([1, 2, 3, 4]);
		const gather = new Gather();
		gather.add(shared.subarray(0, 2));
		shared.fill(9);
		gather.add(shared.subarray(0, 1));
		gather.add(new Uint8Array(0));
		expect([...gather.bytes()]).toEqual([1, 2, 9]);
		expect(gather.size).toBe(3);
		expect(gather.truncated).toBe(false);
	});

	it('keeps READ_LIMIT bytes at most, and says it left the rest out', () => {
		const gather = new Gather();
		gather.add(new Uint8Array(READ_LIMIT - 10).fill(1));
		gather.add(new Uint8Array(30).fill(2));
		gather.add(new Uint8Array(5).fill(3));
		const bytes = gather.bytes();
		expect(bytes.length).toBe(READ_LIMIT);
		expect(bytes.subarray(-10)).toEqual(new Uint8Array(10).fill(2));
		expect(gather.size).toBe(READ_LIMIT + 25);
		expect(gather.truncated).toBe(true);
	});
});
