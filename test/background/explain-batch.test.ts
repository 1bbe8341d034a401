// `explain-batch`: the content script's explanations, computed in the worker from the message alone.
import {describe, expect, it, vi} from 'vitest';
import {explainBatch, explainItem} from '../../src/background/explain-batch';
import {handleMessage} from '../../src/background/messages';
import {explain, isInvalid} from '../../src/core/explain';
import type {Explanation} from '../../src/core/types';
import {MAX_EXPLAIN_ITEMS, type ExplainItem} from '../../src/shared/messages';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const GOOGLE = '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. gsmtp';

/** The core's own explanation, as the card shows it (no parts). */
function core(item: ExplainItem): Explanation {
	const result = explain(item.code, {text: item.text, tags: item.tags});
	if (isInvalid(result)) throw new Error(result.error);
	const {parts: _parts, ...card} = result;
	return card;
}

describe('explainBatch', () => {
	it('answers every item in order, with the provider rules the reply text selects', () => {
		const items: ExplainItem[] = [
			{code: '550 5.7.26', text: GOOGLE, tags: []},
			{code: '421', text: '421 4.7.0 [TSS04] Messages temporarily deferred', tags: ['TSS04']},
			{code: 'TSS04', text: '421 4.7.0 [TSS04] Messages temporarily deferred', tags: ['TSS04']},
		];
		const answer = explainBatch(items);
		expect(answer).toEqual(items.map(core));
		expect(answer[0]!.provider).toBeDefined();
		expect(answer[0]!.parts).toBeUndefined();
		expect(answer[2]!.kind).toBe('provider-tag');
	});

	it('answers null for what the core does not know, and survives malformed items', () => {
		expect(explainBatch([{code: 'ZZ99', text: '', tags: []}, {code: 42}, null, 'x', {code: '550', text: 7, tags: 'no'}]))
			.toEqual([null, null, null, null, core({code: '550', text: '', tags: []})]);
		expect(explainBatch('nope')).toEqual([]);
		expect(explainItem({code: '', text: '', tags: []})).toBeNull();
	});

	it('answers at most MAX_EXPLAIN_ITEMS items', () => {
		const items = Array.from({length: MAX_EXPLAIN_ITEMS + 10}, () => ({code: '550', text: '', tags: []}));
		expect(explainBatch(items)).toHaveLength(MAX_EXPLAIN_ITEMS);
	});
});

it('is a runtime message the worker answers', async () => {
	const item: ExplainItem = {code: '552 5.2.2', text: '552 5.2.2 Mailbox full', tags: []};
	await expect(handleMessage({type: 'explain-batch', items: [item]}, {})).resolves.toEqual([core(item)]);
});
