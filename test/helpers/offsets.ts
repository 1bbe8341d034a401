import {expect} from 'vitest';
import type {CodeMatch} from '../../src/core/types';

/** Every match is exactly its token, in order, without overlaps. */
export function expectValidOffsets(text: string, matches: readonly CodeMatch[]): void {
	let last = 0;
	for (const m of matches) {
		expect(text.slice(m.start, m.end)).toBe(m.code);
		expect(m.start).toBeGreaterThanOrEqual(last);
		last = m.end;
	}
}
