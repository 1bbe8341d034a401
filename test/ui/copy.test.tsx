// @vitest-environment happy-dom
// Copying from a card: the explanation as text, the server's reply, and how a click says it worked.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {CodeCard} from '../../src/ui/code-card';
import {copyText, explanationAsText} from '../../src/ui/copy';
import {gmailAuth} from './fixtures';

const REPLY = `550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection`;

let written: string[];
beforeEach(() => {
	written = [];
	Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: vi.fn(async (text: string) => void written.push(text))}});
});
afterEach(cleanup);

describe('explanationAsText', () => {
	it('says the card in its order, as text: code and title, severity, meaning, the reply, who acts, retry, steps, causes, notes, sources', () => {
		const text = explanationAsText(gmailAuth, REPLY);
		const order = [`${gmailAuth.code} — ${gmailAuth.title}`, 'Permanent failure · Gmail', gmailAuth.meaning, `Server’s reply: ${REPLY}`, 'Who acts: ', 'Retry: ', 'What to do:', `1. ${gmailAuth.fix[0]}`, 'Likely causes:', 'Notes:', `- ${gmailAuth.notes[0]}`, 'Sources: '];
		let at = -1;
		for (const part of order) {
			const next = text.indexOf(part, at + 1);
			expect(next, part).toBeGreaterThan(at);
			at = next;
		}
		expect(explanationAsText(gmailAuth)).not.toContain('Server’s reply');
	});

	it('leads with the reply’s verdict when the card has one, and takes its who acts and retry', () => {
		const verdict = {outcome: 'delayed', tone: 'transient', label: 'Delayed', line: 'The mailbox is full — the sending server retries by itself', whoActs: 'nobody', retry: 'will-retry', wording: {what: {outcome: 'delayed', reason: 'mailboxfull'}, act: {waiting: 'sending'}}} as const;
		const text = explanationAsText(gmailAuth, REPLY, verdict);
		expect(text.split('\n').slice(0, 4)).toEqual([`${gmailAuth.code} — ${gmailAuth.title}`, 'Permanent failure · Gmail', '', `${verdict.line}.`]);
		expect(text).toContain('Who acts: Nobody: it is informational');
		expect(text).toContain('Retry: The sending server retries by itself');
	});
});

describe('copyText', () => {
	it('uses the Clipboard API', async () => {
		expect(await copyText('a@example.com\nb@example.com')).toBe(true);
		expect(written).toEqual(['a@example.com\nb@example.com']);
	});

	it('falls back to the copy command when the page refuses the Clipboard API, and leaves nothing behind', async () => {
		Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: vi.fn(async () => {
			throw new DOMException('Write permission denied.', 'NotAllowedError');
		})}});
		const exec = vi.fn(() => true);
		Object.defineProperty(document, 'execCommand', {configurable: true, value: exec});
		const root = document.createElement('div');
		document.body.append(root);
		expect(await copyText('x', root)).toBe(true);
		expect(exec).toHaveBeenCalledWith('copy');
		expect(root.childElementCount).toBe(0);
	});
});

describe('the card’s copy buttons and evidence', () => {
	it('copies the explanation and the reply, and says it did', async () => {
		render(<CodeCard explanation={gmailAuth} reply={REPLY} />);
		fireEvent.click(screen.getByRole('button', {name: 'Copy explanation'}));
		await waitFor(() => expect(screen.getByRole('button', {name: 'Copied'})).toBeTruthy());
		expect(written[0]).toBe(explanationAsText(gmailAuth, REPLY));
		fireEvent.click(screen.getByRole('button', {name: 'Copy reply'}));
		await waitFor(() => expect(written[1]).toBe(REPLY));
	});

	it('clips a long reply with an ellipsis and shows it all on request', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} reply={REPLY} />);
		const shown = () => container.querySelector('.bd-reply-text')?.textContent ?? '';
		expect(shown().endsWith('…')).toBe(true);
		expect(shown().length).toBeLessThan(REPLY.length);
		fireEvent.click(screen.getByRole('button', {name: 'Show all'}));
		expect(shown()).toBe(REPLY);
		expect(screen.getByRole('button', {name: 'Show less'}).getAttribute('aria-expanded')).toBe('true');
	});

	it('shows a short reply whole, with no expander, and no evidence block without a reply', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} reply="550 5.7.26 DMARC" />);
		expect(container.querySelector('.bd-reply-text')?.textContent).toBe('550 5.7.26 DMARC');
		expect(screen.queryByRole('button', {name: 'Show all'})).toBeNull();
		cleanup();
		const bare = render(<CodeCard explanation={gmailAuth} />);
		expect(bare.container.querySelector('.bd-reply')).toBeNull();
	});
});
