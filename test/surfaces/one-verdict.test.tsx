// @vitest-environment happy-dom
// One verdict on every surface: the same report given to the banner, the popup, the context-menu card,
// the explain page and the CLI is told in the same sentence, the core's (src/core/verdict.ts).
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {cleanup, render, waitFor} from '@testing-library/preact';
import {decodeBounce, reportVerdict, type BounceReport, type RecipientResult} from '../../src/core';
import {bannerReading, rawVerdict, textVerdict} from '../../src/background/raw-verdict';
import {cardForSelection, reportPart, type CardPayload} from '../../src/background/selection-card';
import {showCard} from '../../src/background/show-card';
import {CARD_LABELS} from '../../src/ui/labels';
import {formatHuman} from '../../src/cli/format';
import {processItem} from '../../src/cli/run';
import {Banner} from '../../src/content/banner';
import {App} from '../../src/popup/app';
import {BounceView} from '../../src/popup/bounce-view';
import type {Decoded} from '../../src/popup/use-decode';
import {fixtureBounce, stubBrowser} from '../popup/helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

beforeEach(() => stubBrowser());
afterEach(() => {
	cleanup();
	document.querySelectorAll('[data-bounce-decoder]').forEach(host => host.remove());
});

const result = (over: Partial<RecipientResult>): RecipientResult => ({
	recipient: 'bob@rcpt.example',
	status: '',
	replyCode: '',
	reason: 'undefined',
	hardBounce: false,
	action: 'failed',
	diagnostic: '',
	command: '',
	remoteMta: 'mx.rcpt.example',
	...over,
});

const one = (kind: BounceReport['kind'], r: RecipientResult): BounceReport => {
	const report = {kind, recipients: [r], summary: ''};
	return {...report, summary: reportVerdict(report).summary};
};

/** Reports as the decoder gives them (their Action as the DSN or the notice states it), and the sentence a person must read. */
const CASES: {name: string; report: BounceReport; sentence: string}[] = [
	{
		name: 'a Postfix DSN when the queue lifetime ran out (Action: failed, Status: 4.4.1)',
		report: one('bounce', result({status: '4.4.1', reason: 'expired', diagnostic: 'delivery temporarily suspended: connect to rcpt.example[192.0.2.1]:25: Connection timed out'})),
		sentence: 'Not delivered to bob@rcpt.example: the sending server gave up after retrying for too long (4.4.1).',
	},
	{
		name: 'a final Microsoft NDR with 550 4.4.7 QUEUE.Expired',
		report: one('bounce', result({status: '4.4.7', replyCode: '550', reason: 'expired', diagnostic: '550 4.4.7 QUEUE.Expired; message expired'})),
		sentence: 'Not delivered to bob@rcpt.example: the sending server gave up after retrying for too long (550 4.4.7).',
	},
	{
		name: 'a Postfix delay notice, "THIS IS A WARNING ONLY"',
		report: one('delay', result({status: '4.2.2', replyCode: '452', reason: 'mailboxfull', action: 'delayed', command: 'RCPT', diagnostic: '452 4.2.2 Mailbox full'})),
		sentence: 'Delivery to bob@rcpt.example is delayed: the mailbox is full (452 4.2.2).',
	},
	{
		name: 'an unknown user',
		report: one('bounce', result({status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, command: 'RCPT', diagnostic: '550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown'})),
		sentence: 'Not delivered to bob@rcpt.example: the address does not exist (550 5.1.1).',
	},
	{
		name: 'a Spamhaus block',
		report: one('bounce', result({status: '5.7.1', replyCode: '554', reason: 'blocked', command: 'RCPT', diagnostic: '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org'})),
		sentence: 'Not delivered to bob@rcpt.example: the sending server’s IP address or name was refused, often for a block listing (554 5.7.1).',
	},
];

function bannerText(report: BounceReport): string {
	const {container} = render(<Banner verdicts={bannerReading(report).verdicts} onDismiss={() => undefined} />);
	const text = container.querySelector('.bd-banner ul')?.textContent ?? '';
	cleanup();
	return text;
}

function popupText(report: BounceReport): string {
	// As the decode worker hands it over: the report, and the core's verdict on it.
	const decoded: Decoded = {report, verdict: reportVerdict(report), recipients: report.recipients.length, messages: {decoded: 1, total: 1}, codes: [], notes: [], from: 'text'};
	const {container} = render(<BounceView source="pasted text" decode={{status: 'done', result: decoded}} decoded={decoded} codes={[]} active={-1} onOpen={() => undefined} onHover={() => undefined} />);
	const text = container.querySelector('.bounce-summary')?.textContent ?? '';
	cleanup();
	return text;
}

function cardText(payload: CardPayload): string {
	expect(showCard(payload, '')).toBe(true);
	const host = document.querySelector('[data-bounce-decoder="card"]')!;
	const text = host.shadowRoot?.querySelector('.bd-card')?.textContent ?? '';
	host.remove();
	return text;
}

const cardOf = (report: BounceReport): CardPayload => ({query: '', ...reportPart(report), cards: [], more: 0, moreNote: '', labels: CARD_LABELS});

const cliText = (report: BounceReport): string => formatHuman({input: 'bounce.eml', kind: report.kind, summary: report.summary, recipients: report.recipients, codes: []});

describe('one report, one sentence on every surface', () => {
	for (const {name, report, sentence} of CASES) {
		test(name, () => {
			const verdict = reportVerdict(report);
			expect(verdict.summary).toBe(sentence);
			expect(verdict.recipients[0]!.headline).toBe(sentence);
			const advice = verdict.advice;
			for (const [surface, text] of [['banner', bannerText(report)], ['popup and explain page', popupText(report)], ['context-menu card', cardText(cardOf(report))], ['CLI', cliText(report)]] as const) {
				expect(text, surface).toContain(sentence);
				// The advice travels with it, except where a surface shows the summary alone.
				if (surface !== 'popup and explain page') expect(text, surface).toContain(advice);
			}
			expect(`${sentence} ${advice}`).not.toMatch(/soft bounce|may work later|\b[45]\.0\.9\d\d\b/i);
		});
	}
});

/** The fixtures of the cases above, as a person would hand them to each surface. */
const FILES = ['postfix-queue-expired.eml', 'microsoft-queue-expired.txt', 'postfix-delay-warning.txt', 'gmail-user-unknown.eml', 'postfix-spamhaus.txt'];

describe('one bounce, decoded by each surface, one sentence', () => {
	for (const file of FILES) {
		test(file, async () => {
			const text = fixtureBounce(file);
			const report = await decodeBounce(text);
			const sentence = report.summary;
			expect(sentence).toBe(reportVerdict(report).summary);
			expect(sentence).toMatch(/^(?:Not delivered to|Delivery to) bob@|^Not delivered to nobody@/);

			// The banner: the worker decodes the raw message (Gmail's "Show original") or the body's text.
			const banner = file.endsWith('.eml') ? await rawVerdict(text) : await textVerdict(text);
			const {container} = render(<Banner verdicts={banner.verdicts} details={banner} onDismiss={() => undefined} />);
			expect(container.textContent, 'banner').toContain(sentence);
			cleanup();
			// The popup and the explain page: the same app, pasted into or opened with ?q=.
			for (const layout of ['popup', 'page'] as const) {
				render(<App initialQuery={text} layout={layout} />);
				await waitFor(() => expect(document.querySelector('.bounce-summary')?.textContent, layout).toContain(sentence));
				cleanup();
			}
			// The context-menu card.
			expect(cardText(await cardForSelection(text)), 'card').toContain(sentence);
			// The CLI, human and --json.
			const out = await processItem({type: 'content', label: file, value: new TextEncoder().encode(text)});
			expect(out.summary, 'CLI --json').toBe(sentence);
			expect(formatHuman(out), 'CLI').toContain(sentence);
		});
	}
});
