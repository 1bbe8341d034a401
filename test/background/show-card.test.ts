// @vitest-environment happy-dom
// The function injected into pages: a shadow-root card next to the selection, text nodes only.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {showCard} from '../../src/background/show-card';
import type {CardPayload} from '../../src/background/selection-card';
import {CARD_LABELS} from '../../src/ui/labels';

const payload: CardPayload = {
	query: '550 5.7.26 <img src=x onerror=alert(1)>',
	summary: 'Not delivered to a@example.com and 1 more: the message failed the receiver’s SPF, DKIM or DMARC checks (550 5.7.26).',
	advice: 'Fix it <i>then</i> resend.',
	tone: 'permanent',
	recipients: [
		{address: 'a@example.com', label: 'Not delivered', tone: 'permanent', headline: 'Not delivered to a@example.com: checks failed (550 5.7.26).', advice: 'Fix it.'},
		{address: 'b@example.com', label: 'Delayed', tone: 'transient', headline: 'Delivery to b@example.com is delayed: the mailbox is full (452 4.2.2).', advice: 'Wait.'},
	],
	cards: [{
		code: '550 5.7.26', title: 'Unauthenticated <b>mail</b>', severity: 'permanent', severityLabel: 'Permanent failure', provider: 'Gmail',
		verdict: 'The message failed <i>checks</i> — fix it, then resend', whoActs: 'w', retry: 'r', steps: ['one', 'two'], reply: '550 5.7.26 <img src=x> gsmtp',
	}],
	more: 2,
	moreNote: '2 more codes in the full explanation.',
	labels: CARD_LABELS,
};

const host = () => document.querySelector<HTMLElement>('[data-bounce-decoder="card"]');

/** `event` as the browser makes it from the user's input (happy-dom leaves isTrusted unset). */
function trusted<E extends Event>(event: E): E {
	Object.defineProperty(event, 'isTrusted', {value: true});
	return event;
}

afterEach(() => {
	host()?.remove();
	document.body.replaceChildren();
});

function selectSomeText() {
	const p = document.createElement('p');
	p.textContent = 'Remote server said 550 5.7.26 and gave up.';
	document.body.append(p);
	const range = document.createRange();
	range.selectNodeContents(p);
	getSelection()!.removeAllRanges();
	getSelection()!.addRange(range);
}

describe('showCard', () => {
	it('builds one card host with an open shadow root, outside the page’s content', () => {
		selectSomeText();
		expect(showCard(payload, '.bd-card{}')).toBe(true);
		expect(showCard(payload, '.bd-card{}')).toBe(true);
		expect(document.querySelectorAll('[data-bounce-decoder="card"]')).toHaveLength(1);
		expect(host()!.parentElement).toBe(document.documentElement);
		const root = host()!.shadowRoot!;
		expect(root.querySelector('style')?.textContent).toContain('.bd-card{}');
		expect(root.querySelector('.bd-title')?.textContent).toBe('Unauthenticated <b>mail</b>');
		expect(root.querySelector('.bd-title b')).toBeNull();
		expect(root.querySelector('.bd-badge')?.getAttribute('data-severity')).toBe('permanent');
		expect([...root.querySelectorAll('ol li')].map(li => li.textContent)).toEqual(['one', 'two']);
		expect(root.querySelector('.bd-card')?.classList.contains('bd-sev-permanent')).toBe(true);
		expect(root.querySelector('.bd-summary')?.textContent).toBe(payload.summary);
		expect(root.querySelector('.bd-advice')?.textContent).toBe('Fix it <i>then</i> resend.');
		expect(root.querySelector('.bd-advice i')).toBeNull();
		expect([...root.querySelectorAll('.bd-recipient .bd-headline')].map(d => d.textContent)).toEqual(payload.recipients.map(r => r.headline));
		expect([...root.querySelectorAll('.bd-recipient .bd-badge')].map(b => b.getAttribute('data-severity'))).toEqual(['permanent', 'transient']);
		expect(root.textContent).toContain('2 more codes in the full explanation.');
		expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Bounce Decoder explanation');
	});

	it('lays each code out as the code card does: verdict, title, facts, steps, the reply; the actions apart from the scrolling body', () => {
		showCard({...payload, summary: '', advice: '', recipients: []}, '');
		const root = host()!.shadowRoot!;
		const order = [...root.querySelectorAll('.bd-body > *')].map(el => el.className.split(' ')[0]);
		expect(order).toEqual(['bd-close', 'bd-card-head', 'bd-verdict', 'bd-title', 'bd-facts', 'bd-fix', 'bd-evidence', 'bd-provider-note']);
		expect(root.querySelector('.bd-verdict')?.textContent).toBe(payload.cards[0]!.verdict);
		expect(root.querySelector('.bd-verdict i, .bd-reply-text img')).toBeNull();
		expect(root.querySelector('.bd-reply-text')?.textContent).toBe(payload.cards[0]!.reply);
		expect(root.querySelector('.bd-title')?.getAttribute('title')).toBe(payload.cards[0]!.title);
		expect(root.querySelector('.bd-card > .bd-actions .bd-open-full')?.textContent).toBe(CARD_LABELS.openFull);
		// Nothing runs past the body here (happy-dom lays nothing out): no cue.
		expect((root.querySelector('.bd-more-cue') as HTMLElement).hidden).toBe(true);
		expect(host()!.style.getPropertyValue('--bd-max-height')).toMatch(/^\d+px$/);
	});

	it('clips a long reply as the code card does, whole in its tooltip', () => {
		const reply = `550 5.7.26 ${'x'.repeat(300)}`;
		showCard({...payload, cards: [{...payload.cards[0]!, reply}]}, '');
		const text = host()!.shadowRoot!.querySelector('.bd-reply-text')!;
		expect(text.textContent).toBe(`${reply.slice(0, 160)}…`);
		expect(text.getAttribute('title')).toBe(reply);
	});

	it('closes on Escape, on the close button, and on a click elsewhere', () => {
		showCard(payload, '');
		document.dispatchEvent(trusted(new KeyboardEvent('keydown', {key: 'Escape'})));
		expect(host()).toBeNull();
		showCard(payload, '');
		host()!.shadowRoot!.querySelector('.bd-close')!.dispatchEvent(trusted(new MouseEvent('click', {bubbles: true})));
		expect(host()).toBeNull();
		showCard(payload, '');
		document.body.dispatchEvent(trusted(new Event('pointerdown', {bubbles: true, composed: true})));
		expect(host()).toBeNull();
	});

	it('ignores the same events when a script of the page made them', () => {
		const sendMessage = vi.fn();
		(globalThis as {chrome?: unknown}).chrome = {runtime: {sendMessage}};
		showCard(payload, '');
		document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
		(host()!.shadowRoot!.querySelector('.bd-close') as HTMLElement).click();
		(host()!.shadowRoot!.querySelector('.bd-open-full') as HTMLElement).click();
		document.body.dispatchEvent(new Event('pointerdown', {bubbles: true, composed: true}));
		expect(host()).not.toBeNull();
		expect(sendMessage).not.toHaveBeenCalled();
		delete (globalThis as {chrome?: unknown}).chrome;
	});

	it('asks the extension to open the full explanation', () => {
		const sendMessage = vi.fn();
		(globalThis as {chrome?: unknown}).chrome = {runtime: {sendMessage}};
		showCard(payload, '');
		host()!.shadowRoot!.querySelector('.bd-open-full')!.dispatchEvent(trusted(new MouseEvent('click', {bubbles: true})));
		expect(sendMessage).toHaveBeenCalledWith({type: 'open-explanation', query: payload.query});
		expect(host()).toBeNull();
		delete (globalThis as {chrome?: unknown}).chrome;
	});

	it('offers the hover card\'s Check DNS for a code DNS can answer, which asks the extension to open the DNS page', () => {
		const sendMessage = vi.fn();
		(globalThis as {chrome?: unknown}).chrome = {runtime: {sendMessage}};
		expect(showCard(payload, '')).toBe(true);
		expect(host()!.shadowRoot!.querySelector('.bd-check-dns')).toBeNull();
		const reading = {reason: 'blocked', diagnostic: '554 5.7.1 Client host [203.0.113.7] blocked using zen.spamhaus.org', provider: 'spamhaus', status: '5.7.1'};
		const second = {...payload.cards[0]!, code: '554 5.7.1', dns: reading} as CardPayload['cards'][number];
		showCard({...payload, cards: [payload.cards[0]!, second]}, '');
		const button = host()!.shadowRoot!.querySelector<HTMLButtonElement>('.bd-actions .bd-check-dns')!;
		expect(button.textContent).toBe(CARD_LABELS.checkDns);
		// A click the page made does nothing; the user's opens the DNS page with the reading, and closes the card.
		button.dispatchEvent(new MouseEvent('click', {bubbles: true}));
		expect(sendMessage).not.toHaveBeenCalled();
		button.dispatchEvent(trusted(new MouseEvent('click', {bubbles: true})));
		expect(sendMessage).toHaveBeenCalledWith({type: 'open-dns', reading});
		expect(host()).toBeNull();
		delete (globalThis as {chrome?: unknown}).chrome;
	});

	it('is self-contained: its source names nothing from outside', () => {
		// executeScript serialises the function; an import or outer variable would be undefined in the page.
		const source = showCard.toString();
		expect(source).not.toMatch(/\b(?:import|require|__vite|_\$|exports)\b/);
	});
});
