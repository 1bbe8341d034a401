// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import type {Explanation, ReplyVerdict} from '../../src/core';
import {cardModel, stepsFor} from '../../src/ui/card-model';
import {CodeCard} from '../../src/ui/code-card';
import {severityCss, severityStyles} from '../../src/ui/severity';
import {gmailAuth, mailboxFull} from './fixtures';

afterEach(cleanup);

/** The reply's verdict as the core gives it (core replyVerdict), written out so the card's use of it is what is tested. */
const authVerdict: ReplyVerdict = {outcome: 'failed', tone: 'permanent', label: 'Not delivered', line: 'The message failed the receiver’s SPF, DKIM or DMARC checks — fix it, then resend', whoActs: 'sender-admin', retry: 'retry-after-fix',
	wording: {what: {outcome: 'failed', reason: 'authfailure'}, act: {reason: 'authfailure'}}};
const REPLY = '550-5.7.26 Unauthenticated email from example.com is not accepted <b>due</b> to its DMARC policy. gsmtp';

describe('CodeCard at a glance (popup, hover card)', () => {
	it('leads with the verdict, then the title on one line, who acts and retry, three steps, the evidence and the actions', () => {
		const onOpenFull = vi.fn();
		const {container} = render(<CodeCard explanation={gmailAuth} verdict={authVerdict} reply={REPLY} onOpenFull={onOpenFull} />);
		const order = [...container.querySelectorAll('.bd-body > *')].map(el => el.className.split(' ')[0]);
		expect(order).toEqual(['bd-card-head', 'bd-verdict', 'bd-title', 'bd-meaning', 'bd-facts', 'bd-fix', 'bd-evidence']);
		expect(container.querySelector('.bd-verdict')?.textContent).toBe(authVerdict.line);
		expect(container.querySelector('article')?.getAttribute('aria-labelledby')).toBe(container.querySelector('.bd-verdict')?.id);
		const title = screen.getByRole('heading', {level: 2});
		expect(title.textContent).toBe(gmailAuth.title);
		expect(title.getAttribute('title')).toBe(gmailAuth.title);
		expect(container.querySelector('.bd-card')?.classList.contains('bd-glance')).toBe(true);
		expect(container.querySelector('.bd-code')?.textContent).toBe('550 5.7.26');
		expect(container.querySelector('.bd-badge')?.textContent).toBe('Permanent failure');
		expect(screen.getByText('The sender’s mail admin')).toBeTruthy();
		expect(screen.getByText('Retry after fixing the cause')).toBeTruthy();
		expect([...container.querySelectorAll('.bd-fix li')].map(li => li.textContent)).toEqual(gmailAuth.fix.slice(0, 3));
		// The meaning is on every card (DESIGN.md's contract), held to two lines by card.css; the rest of
		// the prose is the explain page's.
		expect(container.querySelector('.bd-meaning')?.textContent).toBe(gmailAuth.meaning);
		for (const prose of ['.bd-causes', '.bd-sources', '.bd-notes']) expect(container.querySelector(prose)).toBeNull();
		expect(container.querySelector('.bd-evidence .bd-reply-text')?.textContent).toBe(REPLY);
		expect(container.querySelector('.bd-evidence .bd-provider-note')?.textContent).toMatch(/own meaning/);
		expect([...container.querySelectorAll('.bd-actions button')].map(b => b.textContent)).toEqual(['Open full explanation', 'Copy explanation']);
		fireEvent.click(screen.getByRole('button', {name: 'Open full explanation'}));
		expect(onOpenFull).toHaveBeenCalledOnce();
	});

	it('takes who acts and retry from the verdict, which reads the reply’s words, not from the bare code', () => {
		const verdict: ReplyVerdict = {...authVerdict, line: 'The mailbox is full — resend later', whoActs: 'recipient', retry: 'will-retry', wording: {what: {outcome: 'failed', reason: 'mailboxfull'}, act: {reason: 'systemfull'}}};
		render(<CodeCard explanation={gmailAuth} verdict={verdict} />);
		expect(screen.getByText('The mailbox is full — resend later')).toBeTruthy();
		expect(screen.getByText('The recipient')).toBeTruthy();
		expect(screen.getByText('The sending server retries by itself')).toBeTruthy();
	});

	it('without a verdict leads with the code’s own title and facts', () => {
		const {container} = render(<CodeCard explanation={mailboxFull} />);
		expect(container.querySelector('.bd-verdict')?.textContent).toBe(mailboxFull.title);
		expect(screen.getByText('Temporary failure')).toBeTruthy();
	});

	it('places the host’s evidence after the reply and the host’s actions on the action row', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} reply={REPLY} evidence={<p class="host-evidence">mx.example.com · RCPT</p>} actions={<button type="button">Check DNS</button>} />);
		expect(container.querySelector('.bd-evidence > :last-child')?.className).toBe('host-evidence');
		expect([...container.querySelectorAll('.bd-actions button')].map(b => b.textContent)).toEqual(['Copy explanation', 'Check DNS']);
	});

	it('renders hostile text as text, never as markup', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} reply={REPLY} full />);
		expect(container.querySelector('.bd-meaning b, .bd-reply-text b')).toBeNull();
		expect(container.querySelector('.bd-meaning')?.textContent).toContain('<b>checks</b>');
		expect(container.querySelector('.bd-reply-text')?.textContent).toContain('<b>due</b>');
	});

	it('has no “Open full explanation” without onOpenFull, only the copy buttons', () => {
		render(<CodeCard explanation={mailboxFull} />);
		expect(screen.getAllByRole('button').map(b => b.textContent)).toEqual(['Copy explanation']);
	});

	it('shows no “More below” cue while everything is in view', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} reply={REPLY} />);
		expect(container.querySelector('.bd-more-cue')).toBeNull();
		expect(container.querySelector('.bd-card')?.hasAttribute('data-more')).toBe(false);
	});
});

describe('CodeCard in full (the explain page)', () => {
	it('adds the meaning, every step, the causes, notes and sources', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} verdict={authVerdict} full />);
		expect(container.querySelector('.bd-card')?.classList.contains('bd-full')).toBe(true);
		expect(container.querySelector('.bd-verdict')?.textContent).toBe(authVerdict.line);
		expect(container.querySelector('.bd-meaning')?.textContent).toBe(gmailAuth.meaning);
		expect([...container.querySelectorAll('.bd-fix ol li')].map(li => li.textContent)).toEqual(gmailAuth.fix);
		expect(container.querySelector('.bd-provider')?.textContent).toBe('Gmail');
		expect(screen.getByText(gmailAuth.notes[0]!)).toBeTruthy();
		expect(screen.getByText(gmailAuth.causes[0]!)).toBeTruthy();
		expect(container.querySelector('.bd-sources a')?.getAttribute('href')).toBe(gmailAuth.sources[0]);
		expect(screen.getByText('RFC 7208')).toBeTruthy();
		expect(screen.getByRole('heading', {level: 2}).hasAttribute('title')).toBe(false);
	});
});

describe('the steps a card shows', () => {
	const quota: Explanation = {...mailboxFull, code: '552 5.2.2', severity: 'permanent', fix: ['Let the sending server’s normal retries run when it is 4.2.2', 'Tell the recipient by another channel', 'Resend later', 'Suppress it after weeks']};
	it('leaves out a step said for the other class of the code', () => {
		expect(stepsFor(quota, 3)).toEqual(['Tell the recipient by another channel', 'Resend later', 'Suppress it after weeks']);
		expect(stepsFor({...quota, code: '452 4.2.2', severity: 'transient'}, 3)).toEqual(quota.fix.slice(0, 3));
		expect(stepsFor({...quota, fix: ['For 5.2.1: stop sending', 'If it is 5.2.1, suppress it']}, 3)).toEqual(['For 5.2.1: stop sending', 'If it is 5.2.1, suppress it']);
		expect(stepsFor({...quota, fix: ['For 4.2.0 wait', 'Read the text']})).toEqual(['Read the text']);
	});

	it('keeps every step when all are for the other class', () => {
		expect(stepsFor({...quota, fix: ['For 4.2.0 wait']})).toEqual(['For 4.2.0 wait']);
	});

	it('reads the card model from the verdict', () => {
		const model = cardModel(gmailAuth, authVerdict);
		expect(model).toMatchObject({verdict: authVerdict.line, whoActs: 'The sender’s mail admin', retry: 'Retry after fixing the cause', provider: 'Gmail', steps: gmailAuth.fix.slice(0, 3)});
	});
});

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

describe('severity colours', () => {
	it.each(Object.entries(severityStyles))('%s badge reaches AA contrast in light and dark', (_name, style) => {
		expect(contrast(style.light.fg, style.light.bg)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(style.dark.fg, style.dark.bg)).toBeGreaterThanOrEqual(4.5);
		// The badge's text colour doubles as the card's edge on the page background.
		expect(contrast(style.light.fg, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrast(style.dark.fg, '#1e2226')).toBeGreaterThanOrEqual(4.5);
	});

	it('exposes every severity as custom properties for both schemes', () => {
		const css = severityCss();
		for (const name of Object.keys(severityStyles)) expect(css).toContain(`--bd-sev-${name}-fg`);
		expect(css).toContain('prefers-color-scheme: dark');
	});
});

describe('whose meaning the card gives', () => {
	it('says it for a provider, a list, server software and a situation', async () => {
		const {providerNote} = await import('../../src/ui/code-card');
		expect(providerNote({id: 'google', name: 'Gmail'}, false)).toMatch(/^As used by Gmail: this meaning is the provider’s own/);
		expect(providerNote({id: 'spamhaus', name: 'Spamhaus', kind: 'list'}, false)).toMatch(/^As Spamhaus means it/);
		expect(providerNote({id: 'postfix', name: 'Postfix', kind: 'software'}, true)).toBe('Postfix’s fixed reply text.');
		expect(providerNote({id: 'connection', name: 'Unreachable server', kind: 'situation'}, false)).toMatch(/^Read from the server’s own words \(Unreachable server\)/);
		expect(providerNote({id: 'connection', name: 'Unreachable server', kind: 'situation'}, false)).not.toMatch(/provider’s own/);
	});
});
