// @vitest-environment happy-dom
// The hover card never waits for the background: from the cache it shows the full explanation at once;
// on a miss it shows the code and its class's severity with "…", then fills in when the answer comes.
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {explainBatch} from '../../src/background/explain-batch';
import {HoverCard} from '../../src/content/card';
import {clearExplanations, Explainer} from '../../src/content/explain-mark';
import type {Mark, Reply} from '../../src/content/marks';
import type {ExplainBatchAnswer, ExplainItem} from '../../src/shared/messages';

const GROUP: Reply = {reply: '550', enhanced: '5.1.1', tags: [], text: '550 5.1.1 The email account that you tried to reach does not exist. gsmtp'};

let controller: AbortController;
let mark: Mark;

beforeEach(() => {
	clearExplanations();
	controller = new AbortController();
	document.body.replaceChildren();
	const p = document.createElement('p');
	p.textContent = GROUP.text;
	document.body.append(p);
	const range = document.createRange();
	range.setStart(p.firstChild!, 0);
	range.setEnd(p.firstChild!, 3);
	mark = {range, code: '550', kind: 'reply', tone: 'permanent', group: GROUP, body: p};
});

afterEach(() => controller.abort());

const root = () => document.querySelector('[data-bounce-decoder="card"]')?.shadowRoot;
const text = (selector: string) => root()?.querySelector(selector)?.textContent ?? '';

/** A background whose answers wait until `release` is called. */
function slowBackground() {
	let release = () => undefined as void;
	const gate = new Promise<void>(resolve => (release = resolve));
	const send = vi.fn(async (items: ExplainItem[]): Promise<ExplainBatchAnswer> => {
		await gate;
		return explainBatch(items);
	});
	return {send, release};
}

test('a miss shows the code and severity at once, then the explanation when it arrives', async () => {
	const {send, release} = slowBackground();
	const card = new HoverCard(controller.signal, new Explainer(send, controller.signal), () => undefined);
	card.show(mark);
	expect(text('.bd-code')).toBe('550 5.1.1');
	expect(text('.bd-badge')).toBe('Permanent failure');
	expect(text('.bd-title')).toBe('…');
	await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
	release();
	await vi.waitFor(() => expect(text('.bd-title')).not.toBe('…'));
	expect(text('.bd-title')).toBe(explainBatch([{reply: '550', enhanced: '5.1.1', text: GROUP.text, tags: []}])[0]!.title);
	expect(text('.bd-card')).toContain('Open full explanation');
	// It leads with the reply's verdict, worked out in the background (the content script has no core).
	expect(text('.bd-verdict')).toBe('The address does not exist — check it for a typo, or remove it from your list');
});

test('a prefetched reply shows in full in the same call, without a message', async () => {
	const {send, release} = slowBackground();
	const explainer = new Explainer(send, controller.signal);
	release();
	await explainer.prefetch([mark]);
	const card = new HoverCard(controller.signal, explainer, () => undefined);
	card.show(mark);
	expect(text('.bd-title')).not.toBe('…');
	expect(text('.bd-title').length).toBeGreaterThan(3);
	expect(send).toHaveBeenCalledTimes(1);
});

test('the card hidden before the answer comes stays hidden', async () => {
	const {send, release} = slowBackground();
	const card = new HoverCard(controller.signal, new Explainer(send, controller.signal), () => undefined);
	card.show(mark);
	card.hide();
	release();
	await new Promise(resolve => setTimeout(resolve, 10));
	expect(root()?.querySelector('.bd-card')).toBeNull();
});

test('Check DNS on a card about a block list, not on one about a mailbox', async () => {
	const listed: Reply = {reply: '554', enhanced: '5.7.1', tags: [], text: '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7'};
	const explainer = new Explainer(async items => explainBatch(items), controller.signal);
	const openDns = vi.fn();
	const card = new HoverCard(controller.signal, explainer, () => undefined, openDns);
	await explainer.prefetch([{...mark, group: listed, code: '554'}]);
	card.show({...mark, group: listed, code: '554'});
	await vi.waitFor(() => expect(text('.bd-title')).not.toBe('…'));
	expect(root()?.querySelector('.bd-check-dns')?.textContent).toBe('Check DNS');
	card.hide();
	await explainer.prefetch([mark]);
	card.show(mark);
	await vi.waitFor(() => expect(text('.bd-title')).not.toBe('…'));
	expect(root()?.querySelector('.bd-check-dns')).toBeNull();
	expect(openDns).not.toHaveBeenCalled();
});
