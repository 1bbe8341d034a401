// Injected with scripting.executeScript into the page where the user chose "Explain this error".
// It is serialised on its own, so it must stay SELF-CONTAINED: no imports, no outer variables, no
// helpers. Text goes in through textContent only (a selection is page text an attacker may control).
import type {CardPayload} from './selection-card';

/** Builds the card next to the selection in a shadow root; returns false when the page has no place for it. */
export function showCard(payload: CardPayload, css: string, theme: 'light' | 'dark' = 'light'): boolean {
	const doc = document;
	if (!doc.documentElement || !(doc.documentElement instanceof HTMLElement)) return false;
	doc.querySelector('[data-bounce-decoder="card"][data-source="menu"]')?.remove();

	const el = (tag: string, className?: string, text?: string): HTMLElement => {
		const node = doc.createElement(tag);
		if (className) node.className = className;
		if (text !== undefined) node.textContent = text;
		return node;
	};

	const host = el('div');
	host.dataset.bounceDecoder = 'card';
	host.dataset.source = 'menu';
	// The page's scheme at the selection (pageThemeAt, run just before): the stylesheet follows it.
	host.dataset.theme = theme;
	const root = host.attachShadow({mode: 'open'});
	const style = el('style');
	style.textContent = css + ':host{all:initial;position:absolute;z-index:2147483647;width:min(380px,calc(100vw - 16px))}'
		+ '.bd-card{box-shadow:0 6px 24px rgba(0,0,0,.25);max-height:70vh;overflow:auto}'
		+ '.bd-close{float:right;font:inherit;font-size:16px;line-height:1;background:none;border:0;color:var(--bd-muted);cursor:pointer;padding:2px 4px}'
		+ '.bd-summary{margin:0 0 6px;font-weight:600}.bd-advice{margin:0 0 6px}.bd-recipient{margin:2px 0}.bd-sep{border:0;border-top:1px solid var(--bd-border);margin:10px 0}';
	root.append(style);

	// The card's edge takes the colour of the bounce's verdict, else of the first (most relevant) code.
	const card = el('div', `bd-card bd-sev-${payload.tone || payload.cards[0]?.severity || 'intermediate'}`);
	card.setAttribute('role', 'dialog');
	card.setAttribute('aria-label', 'Bounce Decoder explanation');
	const close = el('button', 'bd-close', '×');
	close.setAttribute('aria-label', 'Close');
	card.append(close);

	if (payload.summary) card.append(el('p', 'bd-summary', payload.summary));
	if (payload.advice) card.append(el('p', 'bd-advice', payload.advice));
	if (payload.recipients.length > 0) {
		const list = el('ul', 'bd-recipients');
		for (const r of payload.recipients) {
			const item = el('li', 'bd-recipient');
			const badge = el('span', 'bd-badge', r.label);
			badge.dataset.severity = r.tone;
			item.append(el('strong', undefined, r.address), ' ', badge, el('div', 'bd-headline', r.headline), el('div', 'bd-provider-note', r.advice));
			list.append(item);
		}
		card.append(list);
	}
	payload.cards.forEach((c, i) => {
		if (i > 0 || payload.summary) card.append(el('hr', 'bd-sep'));
		const head = el('div', 'bd-card-head');
		const badge = el('span', 'bd-badge', c.severityLabel);
		badge.dataset.severity = c.severity;
		head.append(el('code', 'bd-code', c.code), badge);
		if (c.provider) head.append(el('span', 'bd-provider', c.provider));
		card.append(head, el('h2', 'bd-title', c.title), el('p', 'bd-meaning', c.meaning));
		const facts = el('dl', 'bd-facts');
		for (const [term, value] of [['Who acts', c.whoActs], ['Retry', c.retry]] as const) {
			const row = el('div');
			row.append(el('dt', undefined, term), el('dd', undefined, value));
			facts.append(row);
		}
		card.append(facts);
		if (c.fix.length > 0) {
			const steps = el('ol');
			for (const step of c.fix) steps.append(el('li', undefined, step));
			card.append(el('h3', undefined, 'What to do'), steps);
		}
		for (const note of c.notes) card.append(el('p', 'bd-provider-note', note));
	});
	if (payload.more > 0) card.append(el('p', 'bd-provider-note', `${payload.more} more code${payload.more > 1 ? 's' : ''} in the full explanation.`));
	const full = el('button', 'bd-open-full', 'Open full explanation');
	card.append(full);
	root.append(card);

	// Next to the selection, kept inside the viewport; top-right when there is no selection rect.
	const selection = getSelection();
	const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : undefined;
	const width = Math.min(380, innerWidth - 16);
	const left = rect && rect.width + rect.height > 0 ? Math.min(Math.max(8, rect.left), innerWidth - width - 8) : innerWidth - width - 8;
	const top = rect && rect.width + rect.height > 0 ? rect.bottom + 6 : 8;
	host.style.setProperty('left', `${left + scrollX}px`, 'important');
	host.style.setProperty('top', `${top + scrollY}px`, 'important');
	doc.documentElement.append(host);

	const controller = new AbortController();
	const dismiss = () => {
		controller.abort();
		host.remove();
	};
	// Only the user's own input acts (the page can dispatch synthetic events at our open shadow root).
	close.addEventListener('click', event => event.isTrusted && dismiss(), {signal: controller.signal});
	full.addEventListener('click', event => {
		if (!event.isTrusted) return;
		// The isolated world has the extension's runtime; Firefox calls it `browser`, Chrome `chrome`.
		type Runtime = {runtime: {sendMessage(message: unknown): unknown}};
		const scope = globalThis as {browser?: Runtime; chrome?: Runtime};
		void (scope.browser ?? scope.chrome)?.runtime.sendMessage({type: 'open-explanation', query: payload.query});
		dismiss();
	}, {signal: controller.signal});
	doc.addEventListener('keydown', event => event.isTrusted && event.key === 'Escape' && dismiss(), {signal: controller.signal});
	doc.addEventListener('pointerdown', event => event.isTrusted && !event.composedPath().includes(host) && dismiss(), {signal: controller.signal});
	full.focus({preventScroll: true});
	return true;
}
