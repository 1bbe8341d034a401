// `explain-batch`: the content script's explanations, computed in the worker from the message alone —
// one body's replies read together, as explainText reads the same text.
import {describe, expect, it, vi} from 'vitest';
import {explainBatch} from '../../src/background/explain-batch';
import {fakeBrowser} from '@webext-core/fake-browser';
import {handleMessage} from '../../src/background/messages';
import {explainReplies} from '../../src/core/explain-text';
import {replyVerdict} from '../../src/core/reply-verdict';
import {MAX_EXPLAIN_ITEMS, type CardExplanation, type ExplainItem} from '../../src/shared/messages';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

/** A message from our content script in a tab (the worker answers no one else). */
const fromContent = {id: fakeBrowser.runtime.id, tab: {id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false}};

const GOOGLE = '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. gsmtp';

/** The core's own explanations of the replies, as the card shows them (no parts; the reply's verdict). */
function core(items: ExplainItem[]): (CardExplanation | null)[] {
	return explainReplies(items).map(e => {
		if (!e) return null;
		const {parts: _parts, ...card} = e;
		return {...card, verdict: replyVerdict(e)};
	});
}

describe('explainBatch', () => {
	it('answers every reply in order, with the provider rules the reply text selects', () => {
		const items: ExplainItem[] = [
			{reply: '550', enhanced: '5.7.26', text: GOOGLE, tags: []},
			{reply: '421', enhanced: '4.7.0', text: '421 4.7.0 [TSS04] Messages temporarily deferred', tags: ['TSS04']},
			{text: '[TSS04] Messages temporarily deferred', tags: ['TSS04']},
		];
		const answer = explainBatch(items);
		expect(answer).toEqual(core(items));
		expect(answer[0]!.provider?.id).toBe('google');
		expect(answer[0]!.parts).toBeUndefined();
		expect(answer[0]!.verdict?.line).toMatch(/^The message failed the receiver’s SPF, DKIM or DMARC checks — /);
		expect(answer[1]!.provider?.id).toBe('yahoo');
		expect(answer[2]!.kind).toBe('provider-tag');
	});

	it('reads the bounce\'s provider from the context, and one code in one body one way', () => {
		const items: ExplainItem[] = [
			{reply: '550', enhanced: '5.1.10', text: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', tags: []},
			{enhanced: '5.1.10', text: '5.1.10', tags: []},
		];
		const [first, second] = explainBatch(items);
		expect(second).toEqual(first);
		expect(first!.title).toMatch(/Recipient not found/);
		const alone = [{enhanced: '5.1.10', text: '5.1.10', tags: []}];
		expect(explainBatch(alone)[0]!.provider).toBeUndefined();
		expect(explainBatch(alone, 'Reporting-MTA: dns; BN8PR01MB1234.namprd01.prod.outlook.com')[0]!.provider?.id).toBe('microsoft');
	});

	it('answers null for what the core does not know, and survives malformed items', () => {
		expect(explainBatch([{tags: ['ZZ99'], text: ''}, {reply: 42}, null, 'x', {reply: '550', enhanced: '5.1.1<script>', text: 7, tags: 'no'}]))
			.toEqual([null, null, null, null, ...core([{reply: '550', text: '', tags: []}])]);
		expect(explainBatch('nope')).toEqual([]);
		expect(explainBatch([{tags: [], text: ''}])).toEqual([null]);
	});

	it('answers at most MAX_EXPLAIN_ITEMS items', () => {
		const items = Array.from({length: MAX_EXPLAIN_ITEMS + 10}, () => ({reply: '550', text: '', tags: []}));
		expect(explainBatch(items)).toHaveLength(MAX_EXPLAIN_ITEMS);
	});
});

it('is a runtime message the worker answers', async () => {
	const item: ExplainItem = {reply: '552', enhanced: '5.2.2', text: '552 5.2.2 Mailbox full', tags: []};
	await expect(handleMessage({type: 'explain-batch', items: [item], context: ''}, fromContent)).resolves.toEqual(core([item]));
});
