// Which of a body's marks are near the viewport. Chromium re-validates every registered highlight
// range in each frame where a highlight changes, so tens of thousands of ranges make every change a
// long task (20,000 ranges: ~45 ms per frame on the 2-core CI machine, 149 ms under load). Very large
// bodies therefore register only the marks within a screen of the viewport; the rest stay indexed
// (hit-testing is unaffected) and are registered as they scroll near.

/** Span [lo, hi) of the `n` ranges (in document order) whose boxes are within `margin` px of the viewport. */
export function nearViewport(n: number, rangeAt: (i: number) => Range, height: number, margin = height): [number, number] {
	const top = -margin;
	const bottom = height + margin;
	// First range whose box ends below the top bound.
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (rangeAt(mid).getBoundingClientRect().bottom < top) lo = mid + 1;
		else hi = mid;
	}
	const first = lo;
	// First range (from there) whose box starts below the bottom bound.
	hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (rangeAt(mid).getBoundingClientRect().top <= bottom) lo = mid + 1;
		else hi = mid;
	}
	return [first, lo];
}
