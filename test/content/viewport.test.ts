// @vitest-environment happy-dom
// Which marks are near the viewport, with a bounded number of layout reads per frame.
import {expect, test} from 'vitest';
import {bodyNearViewport, boxNear, maxRangeReads, nearViewport, spanToRegister} from '../../src/content/viewport';

/** `n` ranges 20 px apart from `offset`, counting the boxes read. */
function lines(n: number, offset: number) {
	const reads = {count: 0};
	const ranges = Array.from({length: n}, (_, i) => ({
		getBoundingClientRect: () => {
			reads.count++;
			return {top: offset + 20 * i, bottom: offset + 20 * i + 15};
		},
	}) as unknown as Range);
	return {ranges, reads};
}

/** The same span, found by reading every box. */
function linear(ranges: Range[], height: number, margin: number): [number, number] {
	const near = ranges.map(r => r.getBoundingClientRect()).map(box => box.bottom >= -margin && box.top <= height + margin);
	const first = near.indexOf(true);
	return first < 0 ? [near.length, near.length] : [first, near.lastIndexOf(true) + 1];
}

test('nearViewport gives the span a full scan gives, reading at most 2⌈log2(n + 1)⌉ boxes', () => {
	for (const n of [1, 2, 7, 100, 1500, 25_000]) {
		for (const offset of [0, -5_000, -20 * n + 300, 2_000, -20 * n - 5_000]) {
			const {ranges, reads} = lines(n, offset);
			const span = nearViewport(n, i => ranges[i]!, 900);
			expect(reads.count, `n ${n}, offset ${offset}`).toBeLessThanOrEqual(maxRangeReads(n));
			const [lo, hi] = linear(ranges, 900, 900);
			// Past the end both say "none": an empty span (the binary search puts it where the boxes stop).
			if (lo === hi) expect(span[0]).toBe(span[1]);
			else expect(span, `n ${n}, offset ${offset}`).toEqual([lo, hi]);
		}
	}
	expect(maxRangeReads(25_000)).toBe(30);
});

test('boxNear: within a margin of the viewport, edges included', () => {
	expect(boxNear(-1000, -901, 900)).toBe(false);
	expect(boxNear(-1000, -900, 900)).toBe(true);
	expect(boxNear(1800, 2000, 900)).toBe(true);
	expect(boxNear(1801, 2000, 900)).toBe(false);
	expect(boxNear(-50_000, 50_000, 900, 0)).toBe(true);
});

test('bodyNearViewport: a detached, hidden or far body reads no range box', () => {
	const body = document.createElement('div');
	expect(bodyNearViewport(body, 900)).toBe(false);
	document.body.append(body);
	const rects = (list: unknown[], box: {top: number; bottom: number}) => {
		body.getClientRects = () => list as unknown as DOMRectList;
		body.getBoundingClientRect = () => box as DOMRect;
	};
	rects([], {top: 0, bottom: 0});
	expect(bodyNearViewport(body, 900)).toBe(false);
	rects([{}], {top: 5_000, bottom: 700_000});
	expect(bodyNearViewport(body, 900)).toBe(false);
	rects([{}], {top: -700_000, bottom: 300});
	expect(bodyNearViewport(body, 900)).toBe(true);
	body.remove();
});

test('spanToRegister keeps the registered span while it covers what is needed, renews it otherwise', () => {
	const renewed: [number, number] = [40, 160];
	let renewals = 0;
	const renew = (): [number, number] => {
		renewals++;
		return renewed;
	};
	expect(spanToRegister([50, 150], [60, 80], renew)).toEqual([50, 150]);
	expect(spanToRegister([50, 150], [50, 150], renew)).toEqual([50, 150]);
	expect(renewals).toBe(0);
	// Scrolled past an edge, or marks appended near the viewport since (a scan reaching it): renewed.
	expect(spanToRegister([50, 150], [140, 170], renew)).toBe(renewed);
	expect(spanToRegister([50, 150], [45, 60], renew)).toBe(renewed);
	expect(spanToRegister([0, 0], [0, 12], renew)).toBe(renewed);
	expect(renewals).toBe(3);
	// Nothing near (the body scrolled away, or a stretch without codes): nothing registered.
	expect(spanToRegister([50, 150], [200, 200], renew)).toEqual([0, 0]);
	expect(spanToRegister([50, 150], [0, 0], renew)).toEqual([0, 0]);
	expect(renewals).toBe(3);
});
