// @vitest-environment happy-dom
// Every surface explains a text through the core's explainText: the popup's results for pasted text,
// the context-menu card, the hover card (through explain-batch) and the CLI's codes[] give the same
// title for the same reply.
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {explainBatch} from '../src/background/explain-batch';
import {cardForSelection} from '../src/background/selection-card';
import {codesIn} from '../src/cli/run';
import {cachedExplanation, clearExplanations, Explainer} from '../src/content/explain-mark';
import type {Mark, Reply} from '../src/content/marks';
import {explainText} from '../src/core/explain-text';
import {findCodes} from '../src/core/find-codes';
import {codesInText} from '../src/popup/codes';

vi.mock('../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const TEXTS = {
	'no such user under 5.7.1': 'host mx.example.com[192.0.2.1] said: 550 5.7.1 No such user! (in reply to RCPT TO command)',
	'too many recipients': '452 4.5.3 Too many recipients',
	'greylisting': '450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
	'an Outlook NDR': [
		'Generating server: BN8PR01MB1234.namprd01.prod.outlook.com',
		'',
		'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
		'',
		'Status code: 550 5.1.10',
	].join('\n'),
};

async function hoverTitles(text: string): Promise<string[]> {
	const groups: Reply[] = findCodes(text).map(f => ({reply: f.reply?.code, enhanced: f.enhanced?.code, tags: f.tags.map(t => t.code), text: f.text}));
	const marks: Mark[] = groups.map(group => ({range: document.createRange(), code: group.reply ?? group.enhanced ?? group.tags[0]!, kind: 'reply', tone: 'information', group, body: document.body}));
	const explainer = new Explainer(async (items, context) => structuredClone(explainBatch(items, context)), new AbortController().signal);
	await explainer.prefetch(marks, text);
	return marks.map(mark => cachedExplanation(mark)?.title ?? '');
}

beforeEach(() => clearExplanations());

describe.each(Object.entries(TEXTS))('%s', (_name, text) => {
	const titles = explainText(text).map(reply => reply.explanation.title);
	const distinct = [...new Set(titles)];

	it('the core gives every reply one reading', () => {
		expect(titles.length).toBeGreaterThan(0);
		expect(distinct).toHaveLength(1);
	});

	it('the popup, the context-menu card, the hover card and the CLI show it', async () => {
		expect(codesInText(text).map(item => item.title)).toEqual(distinct);
		expect((await cardForSelection(text)).cards.map(card => card.title)).toEqual(distinct);
		expect(await hoverTitles(text)).toEqual(titles);
		expect(new Set(codesIn(text).codes.map(code => code.title))).toEqual(new Set(distinct));
	});
});
