// When a run takes worker threads: as asked, else past the length at which the default's worker
// repays its start, later from the source (whose worker loads the TypeScript first).
import {describe, expect, it} from 'vitest';
import {DEFAULT_AFTER, defaultThreads, longRun, SOURCE_AFTER, START_AFTER} from '../../src/cli/threads';

describe('longRun', () => {
	it('is START_AFTER items or 4 MB looked ahead at with --jobs, from the bundle or the source alike', () => {
		expect(longRun(true, false)).toEqual({after: START_AFTER, aheadBytes: 4 * 1024 * 1024});
		expect(longRun(true, true)).toEqual(longRun(true, false));
	});

	it('without --jobs, DEFAULT_AFTER items (4 MB) from the bundle and SOURCE_AFTER (16 MB) from the source', () => {
		expect(longRun(false, false)).toEqual({after: DEFAULT_AFTER, aheadBytes: 4 * 1024 * 1024});
		expect(longRun(false, true)).toEqual({after: SOURCE_AFTER, aheadBytes: 16 * 1024 * 1024});
		expect([START_AFTER, DEFAULT_AFTER, SOURCE_AFTER]).toEqual([256, 1_000, 10_000]);
	});
});

describe('defaultThreads', () => {
	it('is two where the output shows codes and a second core is there, else one', () => {
		expect([defaultThreads(true, 2), defaultThreads(true, 16), defaultThreads(true, 1), defaultThreads(false, 2), defaultThreads(false, 16)]).toEqual([2, 2, 1, 1, 1]);
	});
});
