// @vitest-environment happy-dom
// Reading a body's displayed text from its text nodes, and mapping offsets back to the DOM.
import {beforeEach, expect, test} from 'vitest';
import {positionAt, textChunks} from '../../src/content/text-map';

function body(...nodes: (Node | string)[]): HTMLElement {
	const div = document.createElement('div');
	div.append(...nodes);
	document.body.append(div);
	return div;
}

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
	const e = document.createElement(tag);
	e.append(...children);
	return e;
}

const textOf = (root: Element, size?: number, quotes?: string) => [...textChunks(root, size, quotes)].map(c => c.text).join('');

beforeEach(() => document.body.replaceChildren());

test('joins inline runs and breaks lines at <br> and block boundaries', () => {
	expect(textOf(body(el('b', '55'), '0 ', el('span', '5.1.1')))).toBe('550 5.1.1');
	expect(textOf(body('550', el('br'), '5.1.1'))).toBe('550\n5.1.1');
	expect(textOf(body(el('p', '550'), el('p', '5.1.1')))).toBe('550\n5.1.1');
	expect(textOf(body(el('div', 'said: 550', el('div', '5.1.1')), 'after'))).toBe('said: 550\n5.1.1\nafter');
});

test('skips editors, scripts, form fields and our own hosts', () => {
	const editable = el('div', '554 5.7.1');
	editable.setAttribute('contenteditable', 'true');
	const ours = el('div', '421');
	ours.setAttribute('data-bounce-decoder', 'banner');
	expect(textOf(body('a ', editable, el('textarea', '550'), el('script', '550'), ours, el('span', 'b')))).toBe('a b');
});

test('collapses whitespace-only source runs to one space', () => {
	expect(textOf(body(el('span', '550'), '\n      ', el('span', '5.1.1')))).toBe('550 5.1.1');
});

test('cuts long text into chunks at line breaks, and maps offsets back to nodes', () => {
	const lines = Array.from({length: 50}, (_, i) => `line ${i} 550 5.1.1`);
	const root = body(lines.join('\n'));
	const chunks = [...textChunks(root, 100)];
	expect(chunks.length).toBeGreaterThan(5);
	expect(chunks.map(c => c.text).join('')).toBe(lines.join('\n'));
	const node = root.firstChild as Text;
	for (const chunk of chunks) {
		const at = chunk.text.indexOf('550');
		const start = positionAt(chunk, at, false)!;
		const end = positionAt(chunk, at + 3, true)!;
		expect(start.node).toBe(node);
		expect(node.data.slice(start.offset, end.offset)).toBe('550');
	}
});

test('maps a token split across nodes to a range over both', () => {
	const root = body(el('b', '55'), '0 5.1.1');
	const [chunk] = [...textChunks(root)];
	const start = positionAt(chunk!, 0, false)!;
	const end = positionAt(chunk!, 3, true)!;
	const range = document.createRange();
	range.setStart(start.node, start.offset);
	range.setEnd(end.node, end.offset);
	expect(range.toString()).toBe('550');
});

test('keeps quoted text out of the message\'s own text', () => {
	const root = body(el('div', 'Hi, see below.'), el('blockquote', '550 5.1.1 User unknown'));
	const [chunk] = [...textChunks(root, undefined, 'blockquote')];
	expect(chunk!.text).toContain('550 5.1.1');
	expect(chunk!.own).not.toContain('550');
});

test('jumps over a skipped subtree at any depth and goes on after it', () => {
	const editor = el('div', el('p', '554'), el('p', el('span', '5.7.1')));
	editor.setAttribute('contenteditable', '');
	const root = body(el('div', el('p', 'a 550', el('b', el('i', 'x', el('script', '421')))), editor), el('p', 'b 5.1.1'));
	expect(textOf(root)).toBe('a 550x\nb 5.1.1');
});

/** A seeded random tree of blocks, inlines, breaks, skipped elements and text. */
function randomTree(seed: number): HTMLElement {
	let state = seed;
	const next = (n: number) => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state % n;
	};
	const words = ['550', '5.1.1', 'said:', ' ', '\n  ', 'user@example.org', '', 'TSS04', '4.2.2 quota'];
	const tags = ['div', 'p', 'span', 'b', 'br', 'script', 'textarea', 'editable', 'ours', 'pre', 'blockquote', 'svg'];
	const grow = (parent: Element, depth: number) => {
		for (let i = next(5); i > 0; i--) {
			if (depth > 3 || next(3) === 0) {
				parent.append(document.createTextNode(words[next(words.length)]!));
				continue;
			}
			const tag = tags[next(tags.length)]!;
			const child = document.createElement(tag === 'editable' || tag === 'ours' ? 'div' : tag);
			if (tag === 'editable') child.setAttribute('contenteditable', next(2) ? 'true' : '');
			if (tag === 'ours') child.setAttribute('data-bounce-decoder', 'banner');
			if (tag !== 'br') grow(child, depth + 1);
			parent.append(child);
		}
	};
	const root = body();
	grow(root, 0);
	return root;
}

test('reads the same text nodes as a walk whose node filter rejects the skipped subtrees (200 random trees)', () => {
	const skip = new Set(['SCRIPT', 'TEXTAREA', 'svg']);
	for (let seed = 1; seed <= 200; seed++) {
		const root = randomTree(seed);
		const filtered = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
			acceptNode(node) {
				if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
				const e = node as Element;
				const editable = e.getAttribute('contenteditable');
				if (skip.has(e.tagName) || (editable !== null && editable !== 'false') || e.hasAttribute('data-bounce-decoder')) return NodeFilter.FILTER_REJECT;
				return NodeFilter.FILTER_SKIP;
			},
		});
		const expected: Node[] = [];
		for (let node = filtered.nextNode(); node; node = filtered.nextNode()) {
			if (/\S/.test((node as Text).data)) expected.push(node);
		}
		const read = [...textChunks(root, 16)].flatMap(c => c.slices.map(s => s.node));
		expect(read.filter((node, i) => node !== read[i - 1] && /\S/.test(node.data)), `seed ${seed}`).toEqual(expected);
		root.remove();
	}
});
