// @vitest-environment happy-dom
// Single-page life: the observer batches mutations into the set of bodies to rescan.
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {observeBodies, type BodyChanges} from '../../src/content/observe';
import {PRIME_MIN_CHARS} from '../../src/content/prime';
import {gmail} from '../../src/content/webmail/gmail';
import {GMAIL, loadFixture} from './fixtures';

let controller: AbortController;
let batches: BodyChanges[];

const idsOf = (changes: BodyChanges[]) => changes.flatMap(c => [...c.dirty]).map(b => b.closest('.adn')?.id);

beforeEach(() => {
	loadFixture(GMAIL);
	controller = new AbortController();
	batches = [];
	observeBodies(gmail, controller.signal, changes => batches.push(changes));
});

afterEach(() => controller.abort());

test('an expanded message is one batch with its new body', async () => {
	const message = document.querySelector('#msg-collapsed')!;
	message.append((document.querySelector('#tpl-collapsed-body') as HTMLTemplateElement).content.cloneNode(true));
	await vi.waitFor(() => expect(idsOf(batches)).toEqual(['msg-collapsed']));
});

test('a change inside a body dirties that body only; changes elsewhere dirty nothing', async () => {
	const p = document.querySelector('#msg-gmail-bounce .a3s p')!;
	p.append(' 421 4.7.0 later');
	document.querySelector('.g3')!.textContent = 'just now';
	document.querySelector('.M9 [contenteditable]')!.append(' 554 5.7.1');
	await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0));
	expect(idsOf(batches)).toEqual(['msg-gmail-bounce']);
});

test('text edited in place (a keystroke in a compose box, a text node changed) is not observed at all', async () => {
	const editor = document.querySelector('.M9 [contenteditable]')!;
	editor.append('5');
	await vi.waitFor(() => expect(batches.length).toBe(1));
	const typed = editor.lastChild as Text;
	for (const key of '50 5.1.1') typed.data += key;
	(document.querySelector('#msg-gmail-bounce .a3s p')!.firstChild as Text).data = '554 5.7.1 changed';
	await new Promise(resolve => setTimeout(resolve, 50));
	expect(batches.length).toBe(1);
	expect(idsOf(batches)).toEqual([]);
});

test('a large body is primed in the task that inserted it (before our batch); a small one is not', async () => {
	const read: Node[] = [];
	const spy = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
		read.push(this.startContainer);
		return [] as unknown as DOMRectList;
	});
	const message = (text: string) => {
		const wrapper = document.createElement('div');
		wrapper.className = 'ii gt';
		const body = document.createElement('div');
		body.className = 'a3s aiL';
		body.append(text);
		wrapper.append(body);
		document.querySelector('#msg-collapsed')!.append(wrapper);
		return body;
	};
	message('550 5.1.1 small');
	const large = message('550 5.1.1 user unknown\n'.repeat(PRIME_MIN_CHARS / 16));
	for (let i = 0; i < 5; i++) await Promise.resolve();
	expect(read).toEqual([large.firstChild]);
	expect(batches).toEqual([]);
	await vi.waitFor(() => expect(batches.length).toBe(1));
	spy.mockRestore();
});

test('our own hosts are ignored', async () => {
	const host = document.createElement('div');
	host.setAttribute('data-bounce-decoder', 'banner');
	document.querySelector('#msg-gmail-bounce')!.prepend(host);
	document.querySelector('.g3')!.append('x');
	await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0));
	expect(idsOf(batches)).toEqual([]);
});

test('stops with the signal', async () => {
	controller.abort();
	document.querySelector('#msg-collapsed')!.append((document.querySelector('#tpl-collapsed-body') as HTMLTemplateElement).content.cloneNode(true));
	await new Promise(resolve => setTimeout(resolve, 50));
	expect(batches).toEqual([]);
});
