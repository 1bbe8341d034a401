// @vitest-environment happy-dom
import {describe, expect, it, vi} from 'vitest';
import {orderedMarks, stepFrom} from '../../src/content/keyboard';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));
import type {Mark, MarkStore} from '../../src/content/marks';

const mark = (code: string, body: Element, group: object = {}): Mark => ({code, body, group} as unknown as Mark);

describe('stepping through the marks', () => {
	const body = document.createElement('div');
	const marks = ['550', '5.1.1', 'TSS04'].map(code => mark(code, body));

	it('starts at the first (or last) code when no card is open', () => {
		expect(stepFrom(marks, undefined, 1)?.code).toBe('550');
		expect(stepFrom(marks, undefined, -1)?.code).toBe('TSS04');
	});

	it('moves from the open card and wraps around', () => {
		expect(stepFrom(marks, marks[0], 1)?.code).toBe('5.1.1');
		expect(stepFrom(marks, marks[2], 1)?.code).toBe('550');
		expect(stepFrom(marks, marks[0], -1)?.code).toBe('TSS04');
	});

	it('passes over the other codes of the same reply: they share one card', () => {
		const reply = {};
		const pair = [mark('550', body, reply), mark('5.1.1', body, reply), mark('451', body), mark('4.7.1', body)];
		expect(stepFrom(pair, pair[0], 1)?.code).toBe('451');
		expect(stepFrom(pair, pair[2], -1)?.code).toBe('5.1.1');
		const lone = [mark('550', body, reply), mark('5.1.1', body, reply)];
		expect(stepFrom(lone, lone[0], 1)?.code).toBe('550');
	});

	it('has nothing to show without marks', () => {
		expect(stepFrom([], undefined, 1)).toBeUndefined();
	});

	it('orders the bodies as the page does, and leaves out bodies no longer in it', () => {
		const first = document.createElement('div');
		const second = document.createElement('div');
		const gone = document.createElement('div');
		document.body.append(first, second);
		const byBody = new Map<Element, Mark[]>([[second, [mark('451', second)]], [gone, [mark('421', gone)]], [first, [mark('550', first), mark('5.1.1', first)]]]);
		const store = {bodies: () => byBody.keys(), marksOf: (b: Element) => byBody.get(b) ?? []} as unknown as MarkStore;
		expect(orderedMarks(store).map(m => m.code)).toEqual(['550', '5.1.1', '451']);
	});
});
