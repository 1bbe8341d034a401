// @vitest-environment happy-dom
// Single-page life: the observer batches mutations into the set of bodies to rescan.
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {observeBodies, type BodyChanges} from '../../src/content/observe';
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
	(p.firstChild as Text).data = '550 5.1.1 changed';
	document.querySelector('.g3')!.textContent = 'just now';
	document.querySelector('.M9 [contenteditable]')!.append(' 554 5.7.1');
	await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0));
	expect(idsOf(batches)).toEqual(['msg-gmail-bounce']);
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
