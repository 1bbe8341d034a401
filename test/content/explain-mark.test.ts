// @vitest-environment happy-dom
// The content side of explanations: one `explain-batch` message per scanned body (its replies, its
// text as context), answers kept per body, misses asked on demand, and a run that stops asking when
// the extension went away. A card shows what the core's explainText gives for the same text.
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {explainBatch} from '../../src/background/explain-batch';
import {cachedExplanation, clearExplanations, Explainer, queryOf, tagTone, type SendBatch} from '../../src/content/explain-mark';
import type {Mark, Reply} from '../../src/content/marks';
import {toneOf} from '../../src/content/scan';
import {explain, isInvalid} from '../../src/core/explain';
import {explainText} from '../../src/core/explain-text';
import {findCodes} from '../../src/core/find-codes';
import type {MatchKind} from '../../src/core/types';
import {MAX_EXPLAIN_ITEMS, type ExplainItem} from '../../src/shared/messages';

const GOOGLE: Reply = {reply: '550', enhanced: '5.7.26', tags: [], text: '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. gsmtp'};
const TAG_ONLY: Reply = {tags: ['TSS04'], text: '[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints'};
const WITH_UNKNOWN_TAG: Reply = {reply: '552', enhanced: '5.2.2', tags: ['ZZ99'], text: '552 5.2.2 Mailbox full [ZZ99]'};

function markOf(group: Reply, code: string, kind: MatchKind): Mark {
	return {range: document.createRange(), code, kind, tone: 'information', group, body: document.body};
}

const marksOf = (group: Reply): Mark[] => [
	...(group.reply ? [markOf(group, group.reply, 'reply')] : []),
	...(group.enhanced ? [markOf(group, group.enhanced, 'enhanced')] : []),
	...group.tags.map(tag => markOf(group, tag, 'provider-tag')),
];

/** The background's handler behind a spy, as runtime messaging would reach it. */
function background() {
	const batches: ExplainItem[][] = [];
	const contexts: string[] = [];
	const send: SendBatch = vi.fn(async (items: ExplainItem[], context: string) => {
		batches.push(items);
		contexts.push(context);
		return structuredClone(explainBatch(items, context));
	});
	return {send, batches, contexts};
}

const title = (code: string, group: Reply) => {
	const result = explain(code, {text: group.text, tags: group.tags});
	if (isInvalid(result)) throw new Error(result.error);
	return result.title;
};

beforeEach(() => clearExplanations());

describe('prefetch', () => {
	test('asks once per body for each reply as a whole; cards then come from the answers', async () => {
		const {send, batches, contexts} = background();
		const explainer = new Explainer(send, new AbortController().signal);
		const marks = [...marksOf(GOOGLE), ...marksOf(GOOGLE), ...marksOf(WITH_UNKNOWN_TAG)];
		expect(cachedExplanation(marks[0]!)).toBeUndefined();
		await explainer.prefetch(marks, 'the body text');
		expect(batches).toEqual([[
			{reply: '550', enhanced: '5.7.26', text: GOOGLE.text, tags: []},
			{reply: '552', enhanced: '5.2.2', text: WITH_UNKNOWN_TAG.text, tags: ['ZZ99']},
		]]);
		expect(contexts).toEqual(['the body text']);
		// Both tokens of a reply explain the whole reply, with the provider's reading.
		for (const mark of marksOf(GOOGLE)) {
			expect(cachedExplanation(mark)?.code).toBe('550 5.7.26');
			expect(cachedExplanation(mark)?.title).toBe(title('550 5.7.26', GOOGLE));
		}
		expect(cachedExplanation(marksOf(GOOGLE)[0]!)?.provider).toBeDefined();
		// A tag the core does not know explains its reply instead.
		expect(cachedExplanation(markOf(WITH_UNKNOWN_TAG, 'ZZ99', 'provider-tag'))?.code).toBe('552 5.2.2');
		// Known already: nothing more to ask.
		await explainer.prefetch(marks);
		expect(send).toHaveBeenCalledTimes(1);
	});

	test('keeps answers per body: another message asks for its own', async () => {
		const {send} = background();
		const explainer = new Explainer(send, new AbortController().signal);
		const other = document.createElement('div');
		await explainer.prefetch(marksOf(GOOGLE));
		const elsewhere: Mark = {...marksOf(GOOGLE)[0]!, body: other};
		expect(cachedExplanation(elsewhere)).toBeUndefined();
		await explainer.prefetch([elsewhere]);
		expect(send).toHaveBeenCalledTimes(2);
		expect(cachedExplanation(elsewhere)?.code).toBe('550 5.7.26');
	});

	test('a card reads a reply as explainText does, one code one explanation in a body', async () => {
		const text = [
			'Generating server: BN8PR01MB1234.namprd01.prod.outlook.com',
			'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
			'Status code: 550 5.1.10',
			'host mx.example.com[192.0.2.1] said: 550 5.7.1 No such user! (in reply to RCPT TO command)',
		].join('\n');
		const groups: Reply[] = findCodes(text).map(f => ({reply: f.reply?.code, enhanced: f.enhanced?.code, tags: f.tags.map(t => t.code), text: f.text}));
		const marks = groups.flatMap(marksOf);
		const {send} = background();
		await new Explainer(send, new AbortController().signal).prefetch(marks, text);
		const expected = explainText(text).map(r => r.explanation.title);
		expect(groups.map(g => cachedExplanation(marksOf(g)[0]!)?.title)).toEqual(expected);
		expect(expected[1]).toBe(expected[0]);
		expect(expected[2]).toBe('Bad destination mailbox address');
	});

	test('a lone provider tag gets its tone from the answer', async () => {
		const {send} = background();
		expect(toneOf(TAG_ONLY, document.body)).toBe('information');
		expect(await new Explainer(send, new AbortController().signal).prefetch(marksOf(TAG_ONLY))).toBe(true);
		const expected = explain('TSS04', {text: TAG_ONLY.text});
		expect(isInvalid(expected)).toBe(false);
		expect(tagTone(TAG_ONLY, document.body)).toBe(isInvalid(expected) ? undefined : expected.severity);
		expect(toneOf(TAG_ONLY, document.body)).toBe('transient');
		expect(cachedExplanation(marksOf(TAG_ONLY)[0]!)?.kind).toBe('provider-tag');
	});

	test('asks for at most MAX_EXPLAIN_ITEMS items in one message', async () => {
		const {send, batches} = background();
		const groups = Array.from({length: MAX_EXPLAIN_ITEMS + 50}, (_, i): Reply => ({reply: '550', enhanced: '5.1.1', tags: [], text: `550 5.1.1 user${i} unknown`}));
		await new Explainer(send, new AbortController().signal).prefetch(groups.flatMap(marksOf));
		expect(batches).toHaveLength(1);
		expect(batches[0]).toHaveLength(MAX_EXPLAIN_ITEMS);
		expect(cachedExplanation(marksOf(groups.at(-1)!)[0]!)).toBeUndefined();
	});
});

describe('on demand', () => {
	test('a miss is asked once, however many cards wait for it', async () => {
		const {send} = background();
		const explainer = new Explainer(send, new AbortController().signal);
		const [reply, enhanced] = marksOf(GOOGLE);
		const answers = await Promise.all([explainer.explanationOf(reply!), explainer.explanationOf(enhanced!), explainer.explanationOf(reply!)]);
		expect(send).toHaveBeenCalledTimes(1);
		expect(answers.map(a => a.code)).toEqual(['550 5.7.26', '550 5.7.26', '550 5.7.26']);
		expect(cachedExplanation(reply!)).toEqual(answers[0]);
	});

	test('a code nobody knows gets the "Unrecognised code" card', async () => {
		const {send} = background();
		const group: Reply = {tags: ['QQ1'], text: 'QQ1 whatever'};
		const answer = await new Explainer(send, new AbortController().signal).explanationOf(markOf(group, 'QQ1', 'provider-tag'));
		expect(answer).toMatchObject({code: 'QQ1', kind: 'unknown', title: 'Unrecognised code', meaning: group.text});
	});

	test('an orphaned script (messaging throws) caches nothing and asks again next time', async () => {
		const send: SendBatch = vi.fn(async () => {
			throw new Error('Extension context invalidated.');
		});
		const explainer = new Explainer(send, new AbortController().signal);
		const [mark] = marksOf(GOOGLE);
		await expect(explainer.explanationOf(mark!)).rejects.toThrow('Extension context invalidated.');
		await expect(explainer.prefetch([mark!])).rejects.toThrow();
		expect(send).toHaveBeenCalledTimes(2);
		expect(cachedExplanation(mark!)).toBeUndefined();
	});

	test('a stopped run sends nothing', async () => {
		const {send} = background();
		const controller = new AbortController();
		controller.abort();
		await expect(new Explainer(send, controller.signal).explanationOf(marksOf(GOOGLE)[0]!)).rejects.toThrow();
		expect(send).not.toHaveBeenCalled();
	});
});

test('"Open full explanation" asks for the reply text when a provider reading applies, else the code', async () => {
	const {send} = background();
	const explainer = new Explainer(send, new AbortController().signal);
	const google = marksOf(GOOGLE)[0]!;
	const full = marksOf({reply: '552', enhanced: '5.2.2', tags: [], text: '552 5.2.2 Mailbox full'})[1]!;
	expect(queryOf(google)).toBe('550 5.7.26');
	expect(queryOf(google, await explainer.explanationOf(google))).toBe(GOOGLE.text);
	expect(queryOf(full, await explainer.explanationOf(full))).toBe('552 5.2.2');
});
