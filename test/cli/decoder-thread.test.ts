// What a --jobs worker answers for a batch: decodings for this thread to finish, or whole renderings.
import {describe, expect, it} from 'vitest';
import {answerBatch, isHandoff} from '../../src/cli/decoder-thread';
import type {Item} from '../../src/cli/inputs';
import type {Format} from '../../src/cli/options';
import {renderer, renderItem} from '../../src/cli/render';
import {bounce} from './helpers';

const content = (text: string, label: string): Item => ({label, type: 'content', value: new TextEncoder().encode(text)});
const renderOf = (format: Format) => renderer({format, explanations: false, width: 80, colour: false});

const ITEMS: Item[] = [content(bounce('a@b.example'), 'a.eml'), {label: '550 5.1.1', type: 'code', value: '550 5.1.1'}, content(bounce('c@d.example', '4.2.2', '452 4.2.2 Mailbox full'), 'c.eml')];

describe('answerBatch (a worker’s answer to a batch)', () => {
	it('hands a content item’s decoding back where the output shows codes, and renders any other item', async () => {
		const answers = await answerBatch(ITEMS, renderOf('json'));
		expect(answers.map(a => a !== null && isHandoff(a))).toEqual([true, false, true]);
	});

	it('renders every item whole where the output shows no codes, as this thread renders it alone', async () => {
		for (const format of ['csv', 'summary'] as const) {
			const render = renderOf(format);
			const answers = await answerBatch(ITEMS, render);
			expect(answers.some(a => a === null || isHandoff(a))).toBe(false);
			for (const [i, item] of ITEMS.entries()) expect(answers[i]).toEqual(await renderItem(item, render));
		}
	});
});
