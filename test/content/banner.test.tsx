// @vitest-environment happy-dom
// The banner renders the core's verdicts: one line each (headline and advice), the rest summed up.
import {afterEach, describe, expect, test, vi} from 'vitest';
import {cleanup, render} from '@testing-library/preact';
import {reportVerdict, type RecipientResult} from '../../src/core';
import {Banner} from '../../src/content/banner';
import {englishOnly, speak} from '../shared/in-language';

afterEach(cleanup);

const result = (recipient: string, over: Partial<RecipientResult> = {}): RecipientResult => ({
	recipient, status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, action: 'failed',
	diagnostic: '', command: 'RCPT', remoteMta: '', ...over,
});

test('one line per verdict, its headline then its advice, in its tone', () => {
	const delayed = result('late@rcpt.example', {status: '4.2.2', replyCode: '452', reason: 'mailboxfull', hardBounce: false, action: 'delayed'});
	const verdicts = reportVerdict({kind: 'bounce', recipients: [result('gone@rcpt.example'), delayed]}).recipients;
	const {container} = render(<Banner verdicts={verdicts} onDismiss={() => undefined} />);
	const lines = [...container.querySelectorAll('li')];
	expect(lines.map(li => li.textContent)).toEqual(verdicts.map(v => `${v.headline} ${v.advice}`));
	expect(lines.map(li => li.className)).toEqual(['bd-permanent', 'bd-transient']);
	expect(container.querySelector('.bd-banner')?.classList.contains('bd-permanent')).toBe(true);
});

test('past six recipients, five lines and the count of the rest', () => {
	const verdicts = reportVerdict({kind: 'bounce', recipients: Array.from({length: 8}, (_, i) => result(`r${i}@rcpt.example`))}).recipients;
	const {container} = render(<Banner verdicts={verdicts} onDismiss={() => undefined} />);
	const lines = [...container.querySelectorAll('li')].map(li => li.textContent);
	expect(lines).toHaveLength(6);
	expect(lines[4]).toMatch(/^Not delivered to r4@rcpt\.example: /);
	expect(lines[5]).toBe('…and 3 more recipients.');
});

test("its details say what the bounce is about, where each recipient failed, and copy the addresses to suppress — as text", () => {
	const verdicts = reportVerdict({kind: 'bounce', recipients: [result('gone@rcpt.example'), result('old@rcpt.example')]}).recipients;
	const details = {
		original: {subject: '<img src=x onerror=alert(1)> Invoice', date: 'Sun, 22 Nov 2026 10:15:01 +0100', from: 'Ann <ann@send.example>'},
		evidence: [{server: 'mx.rcpt.example', command: 'RCPT'}, {server: '', command: 'DATA'}],
		suppress: ['gone@rcpt.example', 'old@rcpt.example'],
	};
	const {container} = render(<Banner verdicts={verdicts} details={details} onDismiss={() => undefined} />);
	const box = container.querySelector('details.bd-details')!;
	expect(box.hasAttribute('open')).toBe(false);
	expect(box.querySelector('summary')?.textContent).toBe('Details');
	expect([...box.querySelectorAll('.bd-about dd')].map(dd => dd.textContent)).toEqual(['<img src=x onerror=alert(1)> Invoice', 'Sun, 22 Nov 2026 10:15:01 +0100', 'Ann <ann@send.example>']);
	expect(box.querySelector('img')).toBeNull();
	expect([...box.querySelectorAll('.bd-place')].map(p => p.textContent)).toEqual([
		'gone@rcpt.example' + 'Server: mx.rcpt.example · Stage: RCPT TO (the recipient)',
		'old@rcpt.example' + 'Stage: DATA (the message itself)',
	]);
	expect(box.querySelector('.bd-copy')?.textContent).toBe('Copy the 2 addresses to suppress');
	// The lines stay the verdicts' own.
	expect([...container.querySelectorAll('li')]).toHaveLength(2);
});

test('no details when there is nothing to add', () => {
	const verdicts = reportVerdict({kind: 'bounce', recipients: [result('gone@rcpt.example', {command: ''})]}).recipients;
	const {container} = render(<Banner verdicts={verdicts} details={{evidence: [{server: '', command: ''}], suppress: []}} onDismiss={() => undefined} />);
	expect(container.querySelector('details')).toBeNull();
});

describe('in German', () => {
	afterEach(() => vi.unstubAllGlobals());

	test('the details speak German: the returned message’s fields, server, stage, the copy button; no English label is left', () => {
		const {say} = speak('de');
		const verdicts = reportVerdict({kind: 'bounce', recipients: [result('gone@rcpt.example'), result('old@rcpt.example', {command: 'CONN'})]}).recipients;
		const details = {
			original: {subject: 'Rechnung', date: 'So, 22 Nov 2026 10:15:01 +0100', from: 'Ann <ann@send.example>'},
			evidence: [{server: 'mx.rcpt.example', command: 'RCPT'}, {server: 'mx2.rcpt.example', command: 'CONN'}],
			suppress: ['gone@rcpt.example', 'old@rcpt.example'],
		};
		const {container} = render(<Banner verdicts={verdicts} details={details} onDismiss={() => undefined} />);
		const box = container.querySelector('details.bd-details')!;
		expect(box.querySelector('summary')?.textContent).toBe(say('banner_details'));
		expect(box.querySelector('.bd-about')?.getAttribute('aria-label')).toBe(say('about_label'));
		expect([...box.querySelectorAll('.bd-about dt')].map(dt => dt.textContent)).toEqual([say('about_subject'), say('about_sent'), say('about_from')]);
		expect([...box.querySelectorAll('.bd-server-stage')].map(p => p.textContent)).toEqual([
			`${say('recipient_server', 'mx.rcpt.example')} · ${say('recipient_stage', say('stage_rcpt'))}`,
			`${say('recipient_server', 'mx2.rcpt.example')} · ${say('recipient_stage', say('stage_connecting'))}`,
		]);
		expect(box.querySelector('.bd-copy')?.textContent).toBe(say('copy_suppress_other', '2'));
		const text = container.textContent!;
		for (const english of englishOnly('de', ['banner_details', 'about_label', 'about_subject', 'about_sent', 'about_from', 'recipient_stage', 'stage_rcpt', 'stage_connecting', 'copy_suppress_other', 'banner_dismiss'])) {
			expect(text, english).not.toContain(english);
		}
		expect(text).not.toMatch(/\b(?:Subject|Sent|From|Stage|Details|the recipient|connecting)\b/);
	});
});
