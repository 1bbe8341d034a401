// @vitest-environment happy-dom
// The scanner over a whole fixture: marks every body, writes nothing into them, hands the message's own
// text (quotes left out) to the banner, and drops marks of bodies that left the page.
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {MarkStore} from '../../src/content/marks';
import {currentBodies} from '../../src/content/observe';
import {Scanner, type ScannedBody} from '../../src/content/scanner';
import {gmail} from '../../src/content/webmail/gmail';
import {GMAIL, loadFixture} from './fixtures';

let controller: AbortController;

beforeEach(() => {
	loadFixture(GMAIL);
	controller = new AbortController();
});

afterEach(() => controller.abort());

test('marks every body without changing a byte of it', async () => {
	const bodies = [...currentBodies(gmail)];
	const before = bodies.map(b => b.innerHTML);
	const store = new MarkStore();
	const scanned: ScannedBody[] = [];
	new Scanner(store, gmail.quoteSelector, controller.signal, s => scanned.push(s)).enqueue(bodies);
	await vi.waitFor(() => expect(scanned).toHaveLength(3));
	expect(bodies.map(b => b.innerHTML)).toEqual(before);
	expect(store.size).toBe(2 + 4 + 3);
	const reply = scanned.find(s => s.body.closest('#msg-reply'))!;
	expect(reply.marks.map(m => m.code)).toEqual(['421', '4.7.0', 'TSS04']);
	expect(reply.text).toContain('Our relay is on Exchange');
	expect(reply.text).not.toContain('421');
});

test('sweeps the marks of bodies that left the document', async () => {
	const store = new MarkStore();
	const scanned: ScannedBody[] = [];
	const scanner = new Scanner(store, gmail.quoteSelector, controller.signal, s => scanned.push(s));
	scanner.enqueue(currentBodies(gmail));
	await vi.waitFor(() => expect(scanned).toHaveLength(3));
	document.querySelector('#msg-gmail-bounce')!.remove();
	expect(scanner.sweep()).toHaveLength(1);
	expect(store.size).toBe(4 + 3);
});
