// @vitest-environment happy-dom
// A large body's text layout is primed at its first and last visible text; small bodies are left alone.
import {afterEach, expect, test, vi} from 'vitest';
import {PRIME_MIN_CHARS, primeTextLayout} from '../../src/content/prime';

afterEach(() => {
	vi.restoreAllMocks();
	document.body.replaceChildren();
});

/** The text nodes whose layout a prime reads (a collapsed range's boxes at their start). */
function primed(body: Element): Node[] {
	const read: Node[] = [];
	vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
		expect(this.collapsed).toBe(true);
		read.push(this.startContainer);
		return [] as unknown as DOMRectList;
	});
	primeTextLayout(body);
	return read;
}

test('a small body is not primed', () => {
	const body = document.createElement('div');
	body.append('550 5.1.1 '.repeat(1000));
	document.body.append(body);
	expect(primed(body)).toEqual([]);
});

test('a large body is primed at its first and last visible text, past whitespace-only runs', () => {
	const body = document.createElement('div');
	const line = 'said: 550 5.1.1 user unknown\n'.repeat(100);
	const first = document.createTextNode(line);
	const last = document.createTextNode(line);
	const lines = Array.from({length: Math.ceil(PRIME_MIN_CHARS / line.length)}, () => document.createTextNode(line));
	const p = document.createElement('p');
	p.append('\n  ', first);
	const pre = document.createElement('pre');
	pre.append(...lines, document.createElement('br'), last, '\n');
	body.append('  ', p, pre, '\n');
	document.body.append(body);
	expect(primed(body)).toEqual([first, last]);
});

test('a large body of one text node is primed once', () => {
	const body = document.createElement('div');
	body.append('550 5.1.1 user unknown\n'.repeat(PRIME_MIN_CHARS / 16));
	document.body.append(body);
	expect(primed(body)).toEqual([body.firstChild]);
});
