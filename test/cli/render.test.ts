// The renderer of each output format, and what it needs of a result: codes only where it shows them.
import {describe, expect, it} from 'vitest';
import type {Item} from '../../src/cli/inputs';
import type {Format} from '../../src/cli/options';
import {renderer, renderItem} from '../../src/cli/render';
import {processItem} from '../../src/cli/run';
import {bounce} from './helpers';

const content = (text: string, label = 'in.eml'): Item => ({label, type: 'content', value: new TextEncoder().encode(text)});
const renderOf = (format: Format) => renderer({format, explanations: false, width: 80, colour: false});

describe('renderer', () => {
	it('asks for codes where its output shows them: the JSON line and the text for a person, not CSV rows or a summary', () => {
		expect(renderOf('json').codes).toBe(true);
		expect(renderOf('human').codes).toBe(true);
		expect(renderOf('csv').codes).toBe(false);
		expect(renderOf('summary').codes).toBe(false);
	});

	it('writes the same CSV rows and summary tally from a result made without codes as from the whole result', async () => {
		const items: Item[] = [
			content(bounce('a@b.example'), 'a.eml'),
			content(bounce('c@d.example', '4.2.2', '452 4.2.2 Mailbox full'), 'c.eml'),
			content('550 5.1.1 user unknown', 'line'),
			{label: '550 5.1.1', type: 'code', value: '550 5.1.1'},
			{label: 'gone.eml', type: 'error', error: 'no such file or folder.'},
		];
		for (const format of ['csv', 'summary'] as const) {
			const render = renderOf(format);
			for (const item of items) {
				const whole = render(item, await processItem(item));
				expect(await renderItem(item, render)).toEqual(whole);
			}
		}
		const rows = await renderItem(items[0]!, renderOf('csv'));
		expect(rows.out).toContain('a@b.example');
	});

	it('reads the codes for the JSON line', async () => {
		const line = JSON.parse((await renderItem(content(bounce('a@b.example')), renderOf('json'))).out) as {codes: unknown[]};
		expect(line.codes.length).toBeGreaterThan(1);
	});
});
