// When a run takes worker threads (pool.ts), and how many it takes without --jobs: the run's length,
// counted ahead before any of it is decoded, past which a worker repays its start and its own JIT
// warm-up, and the threads the default gives a long run.

/** A run of more than this many items is decoded in several threads (when asked for more than one). */
export const START_AFTER = 256;
/** Content bytes looked ahead at (standard input, an mbox's messages) past which a run is long too. */
const AHEAD_BYTES = 4 * 1024 * 1024;
/**
 * Without --jobs, the same for a worker started by default (defaultThreads): below them its start and
 * its own JIT warm-up cost more than it gives. The bundled command, --json, medians of interleaved
 * rounds on two cores (the eleventh session of 2026-12-07, once it kept the core's built tables,
 * kept-tables.ts), one thread against two: 0.60 against 0.59 s for 500 files, 0.72 against 0.69 s for
 * 700, 0.86 against 0.82 s for 1,000, 1.31 against 1.23 s for 2,000, 1.66 against 1.46 s for 3,000,
 * 2.37 against 1.96 s for 5,000 (six to ten rounds); with another process keeping a core busy, 1.17
 * against 1.11 s for 1,000, 1.86 against 1.60 s for 2,000, 2.83 against 2.46 s for 4,000 (six). Before
 * the tables were kept the two met later: 0.88 against 0.94 s for 2,000, 1.34 against 1.38 s for
 * 4,000, 1.77 against 1.65 s for 6,000 (the seventh session of 2026-12-07), so the default was 5,000.
 */
export const DEFAULT_AFTER = 1_000;
const DEFAULT_AHEAD_BYTES = 4 * 1024 * 1024;
/**
 * The same from the source (`npm run explain`), whose worker loads the TypeScript source through tsx
 * first: one thread against two, 2.00 against 2.67 s for 1,000 files, 3.68 against 3.93 s for 5,000,
 * 4.49 against 4.49 s for 8,000, 5.43 against 5.22 s for 12,000 (three rounds each, the eleventh
 * session of 2026-12-07).
 */
export const SOURCE_AFTER = 10_000;
const SOURCE_AHEAD_BYTES = 16 * 1024 * 1024;

/**
 * Past how many items, or content bytes looked ahead at, a run is long: as asked (--jobs), else as
 * the default's worker repays itself, from the bundle or from the source.
 */
export function longRun(asked: boolean, fromSource: boolean): {after: number; aheadBytes: number} {
	if (asked) return {after: START_AFTER, aheadBytes: AHEAD_BYTES};
	return fromSource ? {after: SOURCE_AFTER, aheadBytes: SOURCE_AHEAD_BYTES} : {after: DEFAULT_AFTER, aheadBytes: DEFAULT_AHEAD_BYTES};
}

/**
 * The threads of a long run (past DEFAULT_AFTER items) when --jobs is not given: two where the
 * output shows codes and the machine has a second core, one otherwise. With codes, a worker decodes
 * while this thread finds and explains each item's codes (about a quarter of its work), and the two
 * overlap: 19,383 copies, --json, medians of interleaved rounds on two cores (2026-12-07), one
 * thread against two: 3.91 against 3.33 s idle (eight rounds), 5.30 against 5.05 s with one other
 * busy process, 7.14 against 6.46 s with two, 11.46 against 9.25 s with four (four rounds each);
 * peak memory on 100,394 emails 133–142 MB in five runs (budget 150). Without codes (--csv,
 * --summary) the worker renders each item whole and this thread only writes: 2.60 against 2.70 s
 * idle, so one thread. More than two is --jobs N's: each worker takes ~35 MB more.
 */
export function defaultThreads(codes: boolean, cores: number): number {
	return codes && cores >= 2 ? 2 : 1;
}
