// Which of a body's marks are near the viewport. Chromium re-validates every registered highlight
// range in each frame where a highlight changes, so tens of thousands of ranges make every change a
// long task (20,000 ranges: ~45 ms per frame on the 2-core CI machine, 149 ms under load). Very large
// bodies therefore register only the marks near the viewport; the rest stay indexed (hit-testing is
// unaffected) and are registered as they scroll near.
// Even a few hundred ranges cost the page 5–10 ms of re-validation in a frame where they change, so
// the span registered reaches two screens past the viewport and is kept while it still covers half a
// screen past it: a reader scrolling a screen at a time changes it every few screens, not every frame.
// Layout reads per frame are bounded: two element boxes per body, then, only for a body near the
// viewport, a binary search over its ranges in document order (at most 2⌈log2(n + 1)⌉ range boxes:
// 30 for 25,000 marks; twice that in a frame that renews the span). Once the page has laid out, a
// range box costs microseconds; the first one in a block builds the block's text map, which prime.ts
// moves into the frame that inserted the body.

/** Whether a box from `top` to `bottom` (viewport px) is within `margin` px of a viewport `height` high. */
export function boxNear(top: number, bottom: number, height: number, margin = height): boolean {
	return bottom >= -margin && top <= height + margin;
}

/** Whether a body is shown and within `margin` px of the viewport (two element boxes, no range read). */
export function bodyNearViewport(body: Element, height: number, margin = height): boolean {
	if (!body.isConnected || body.getClientRects().length === 0) return false;
	const box = body.getBoundingClientRect();
	return boxNear(box.top, box.bottom, height, margin);
}

/** How far past the viewport (in viewport heights) marks must be registered… */
export const NEEDED_MARGIN = 0.5;
/** …and how far they are when the span is renewed. */
export const REGISTERED_MARGIN = 2;

/**
 * The span [lo, hi) to register: the current one while it covers the needed one, else the wider one
 * `renew` gives; nothing when nothing is needed.
 */
export function spanToRegister(current: [number, number], needed: [number, number], renew: () => [number, number]): [number, number] {
	if (needed[0] >= needed[1]) return [0, 0];
	if (current[0] <= needed[0] && needed[1] <= current[1]) return current;
	return renew();
}

/** The most range boxes nearViewport reads for `n` ranges. */
export const maxRangeReads = (n: number): number => 2 * Math.ceil(Math.log2(n + 1));

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
