/** The shortest of two runs of `run`, in ms: one slow run (a GC pause, a neighbour's load) is dropped. */
export function bestOfTwo(run: () => unknown): number {
	let best = Infinity;
	for (let i = 0; i < 2; i++) {
		const start = performance.now();
		run();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}
