// @vitest-environment happy-dom
// The mark store: highlight registration per tone, the per-text-node index for hit-testing, teardown.
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {LIVE_LIMIT, MarkStore, type Mark, type MarkTone} from '../../src/content/marks';
import {maxRangeReads, nearViewport} from '../../src/content/viewport';

class FakeHighlight extends Set<AbstractRange> {}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
	registry = new Map();
	vi.stubGlobal('Highlight', FakeHighlight);
	vi.stubGlobal('CSS', {highlights: registry});
	document.body.replaceChildren();
});

afterEach(() => vi.unstubAllGlobals());

function markOf(node: Text, start: number, end: number, body: Element, tone: MarkTone = 'permanent'): Mark {
	const range = document.createRange();
	range.setStart(node, start);
	range.setEnd(node, end);
	return {range, code: node.data.slice(start, end), kind: 'reply', tone, group: {reply: '550', tags: [], text: ''}, body};
}

test('registers one highlight per tone under bounce-decoder-* names', () => {
	new MarkStore();
	expect([...registry.keys()]).toEqual(['bounce-decoder-permanent', 'bounce-decoder-transient', 'bounce-decoder-success', 'bounce-decoder-information']);
});

test('finds the mark at a caret offset, inclusive of both ends, and nothing between marks', () => {
	const store = new MarkStore();
	const body = document.createElement('div');
	const node = document.createTextNode('said: 550 5.1.1 User unknown');
	body.append(node);
	const a = markOf(node, 6, 9, body);
	const b = markOf(node, 10, 15, body);
	store.add([a, b]);
	expect(registry.get('bounce-decoder-permanent')!.size).toBe(2);
	expect(store.at(node, 6)).toBe(a);
	expect(store.at(node, 9)).toBe(a);
	expect(store.at(node, 12)).toBe(b);
	expect(store.at(node, 3)).toBeUndefined();
	expect(store.at(node, 20)).toBeUndefined();
	expect(store.at(document.createTextNode('x'), 0)).toBeUndefined();
});

test('clears a body\'s marks, re-tones, and on destroy removes only its own highlights', () => {
	const store = new MarkStore();
	const body = document.createElement('div');
	const node = document.createTextNode('[TSS04] 550');
	body.append(node);
	const tag = markOf(node, 1, 6, body, 'information');
	store.add([tag, markOf(node, 8, 11, body)]);
	store.retone(mark => (mark === tag ? 'transient' : mark.tone));
	expect(registry.get('bounce-decoder-transient')!.has(tag.range)).toBe(true);
	expect(registry.get('bounce-decoder-information')!.size).toBe(0);
	store.clearBody(body);
	expect(store.size).toBe(0);
	expect(store.at(node, 9)).toBeUndefined();
	expect([...registry.values()].every(h => h.size === 0)).toBe(true);
	// A newer instance took one of the names: leave it alone.
	const newer = new FakeHighlight();
	registry.set('bounce-decoder-success', newer);
	store.destroy();
	expect([...registry.keys()]).toEqual(['bounce-decoder-success']);
	expect(registry.get('bounce-decoder-success')).toBe(newer);
});

test('works without the Highlight API (marks are still indexed)', () => {
	vi.unstubAllGlobals();
	const store = new MarkStore();
	const node = document.createTextNode('550');
	const body = document.createElement('div');
	body.append(node);
	store.add([markOf(node, 0, 3, body)]);
	expect(store.at(node, 1)?.code).toBe('550');
});

test('a body with more than LIVE_LIMIT marks registers only those near the viewport', () => {
	const store = new MarkStore();
	const body = document.createElement('div');
	const marks: Mark[] = [];
	for (let i = 0; i <= LIVE_LIMIT; i++) {
		const node = document.createTextNode('550');
		body.append(node);
		marks.push(markOf(node, 0, 3, body));
	}
	store.add(marks.slice(0, LIVE_LIMIT));
	expect(registry.get('bounce-decoder-permanent')!.size).toBe(LIVE_LIMIT);
	store.add(marks.slice(LIVE_LIMIT));
	// Windowed now: nothing registered until the next frame computes the span near the viewport.
	expect(registry.get('bounce-decoder-permanent')!.size).toBe(0);
	expect(store.size).toBe(LIVE_LIMIT + 1);
	expect(store.at(marks[LIVE_LIMIT]!.range.startContainer, 1)).toBe(marks[LIVE_LIMIT]);
});

test('a windowed body keeps its registered span while scrolling stays within it, and renews it past it', () => {
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		callback(0);
		return 0;
	});
	const store = new MarkStore();
	const body = document.createElement('div');
	document.body.append(body);
	const n = LIVE_LIMIT + 500;
	// Mark i is 20 px below mark i - 1; `scroll` moves them all up.
	let scroll = 0;
	let reads = 0;
	const marks = Array.from({length: n}, (_, i) => {
		const node = document.createTextNode('550');
		body.append(node);
		const mark = markOf(node, 0, 3, body);
		mark.range.getBoundingClientRect = () => {
			reads++;
			return {top: 20 * i - scroll, bottom: 20 * i + 15 - scroll} as DOMRect;
		};
		return mark;
	});
	body.getClientRects = () => [{}] as unknown as DOMRectList;
	body.getBoundingClientRect = () => ({top: -scroll, bottom: 20 * n - scroll}) as DOMRect;
	const registered = () => [...registry.get('bounce-decoder-permanent')!].map(r => marks.findIndex(m => m.range === r)).sort((a, b) => a - b);
	const height = window.innerHeight;
	scroll = 10_000;
	store.add(marks);
	const first = registered();
	// Two screens past the viewport each way, in 20 px steps.
	expect(first[0]).toBe(Math.ceil((scroll - 2 * height - 15) / 20));
	expect(first.at(-1)).toBe(Math.floor((scroll + 3 * height) / 20));
	expect(first.length).toBe(first.at(-1)! - first[0]! + 1);
	// A screen further down: still covered (half a screen of margin needed), nothing changes.
	scroll += height;
	reads = 0;
	store.scheduleRefresh();
	expect(registered()).toEqual(first);
	expect(reads).toBeLessThanOrEqual(maxRangeReads(n));
	// Two screens down: renewed around the new position.
	scroll += height;
	store.scheduleRefresh();
	const renewed = registered();
	expect(renewed[0]).toBe(Math.ceil((scroll - 2 * height - 15) / 20));
	expect(renewed).not.toEqual(first);
	// Far past the body: nothing registered.
	scroll = 20 * n + 10 * height;
	store.scheduleRefresh();
	expect(registered()).toEqual([]);
	body.remove();
});

test('nearViewport finds the span of ranges within a screen of the viewport', () => {
	// 100 ranges, 20 px apart, viewport 100 px high scrolled to y = 1000: range i is at 20 * i - 1000.
	const ranges = Array.from({length: 100}, (_, i) => ({getBoundingClientRect: () => ({top: 20 * i - 1000, bottom: 20 * i - 985})}) as unknown as Range);
	expect(nearViewport(ranges.length, i => ranges[i]!, 100)).toEqual([45, 61]);
	expect(nearViewport(ranges.length, i => ranges[i]!, 100, 0)).toEqual([50, 56]);
	expect(nearViewport(0, i => ranges[i]!, 100)).toEqual([0, 0]);
});

test('clearing a body frees its index even after its text left the page (the live Ranges moved)', () => {
	const store = new MarkStore();
	const pane = document.createElement('div');
	document.body.append(pane);
	const open = (text: string) => {
		const body = document.createElement('div');
		const nodes = text.split('\n').map(line => document.createTextNode(line));
		body.append(...nodes);
		pane.replaceChildren(body);
		const marks = nodes.map(node => markOf(node, 0, 3, body));
		store.add(marks);
		return {body, nodes, marks};
	};
	const other = document.createElement('div');
	const kept = document.createTextNode('421 later');
	other.append(kept);
	document.body.append(other);
	store.add([markOf(kept, 0, 3, other, 'transient')]);
	for (let round = 0; round < 3; round++) {
		const {body, nodes, marks} = open('550 a\n554 b\n452 c');
		expect(store.indexedNodes).toBe(4);
		// The message leaves the page: in a browser its live Ranges collapse onto the pane, away from
		// the text nodes (happy-dom does not move them, so this does what the browser does).
		body.remove();
		for (const {range} of marks) {
			range.setStart(pane, 0);
			range.setEnd(pane, 0);
		}
		store.clearBody(body);
		expect(store.marksOf(body)).toEqual([]);
		expect(nodes.map(node => store.at(node, 1))).toEqual([undefined, undefined, undefined]);
		expect(store.indexedNodes).toBe(1);
		expect(store.size).toBe(1);
	}
	expect(store.at(kept, 1)?.code).toBe('421');
	expect([...store.bodies()]).toEqual([other]);
	expect(registry.get('bounce-decoder-permanent')!.size).toBe(0);
	expect(registry.get('bounce-decoder-transient')!.size).toBe(1);
});
