// Injected with scripting.executeScript into the page where the user chose "Explain this error".
// It is serialised on its own, so it must stay SELF-CONTAINED: no imports, no outer variables, no
// helpers. Text goes in through textContent only (a selection is page text an attacker may control).
// The card is the code card's glance layout (ui/code-card.tsx) built without Preact: the bounce's
// verdict, then per code its verdict line, title, who acts and retry, at most three steps and the
// reply; the action row stays in view while the body scrolls, with a "More below" cue. Where DNS can
// answer what a code is about, the row has the hover card's "Check DNS" (for the first such code): the
// background opens the DNS page with the names the reply gives, and nothing is sent until the person
// presses Check DNS there.
import type {CardPayload} from './selection-card';

/** Builds the card next to the selection in a shadow root; returns false when the page has no place for it. */
export function showCard(payload: CardPayload, css: string, theme: 'light' | 'dark' = 'light'): boolean {
	const doc = document;
	if (!doc.documentElement || !(doc.documentElement instanceof HTMLElement)) return false;
	doc.querySelector('[data-bounce-decoder="card"][data-source="menu"]')?.remove();
	const L = payload.labels;

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
	host.style.setProperty('visibility', 'hidden', 'important');
	const root = host.attachShadow({mode: 'open'});
	const style = el('style');
	style.textContent = css + ':host{all:initial;position:absolute;z-index:2147483647;width:min(380px,calc(100vw - 16px))}'
		+ '.bd-card{box-shadow:0 6px 24px rgba(0,0,0,.25)}'
		+ '.bd-close{float:right;font:inherit;font-size:16px;line-height:1;background:none;border:0;color:var(--bd-muted);cursor:pointer;padding:2px 4px}'
		+ '.bd-summary{margin:0 0 6px;font-weight:600}.bd-advice{margin:0 0 6px}.bd-recipient{margin:2px 0}.bd-sep{border:0;border-top:1px solid var(--bd-border);margin:10px 0}';
	root.append(style);

	// The card's edge takes the colour of the bounce's verdict, else of the first (most relevant) code.
	const card = el('div', `bd-card bd-glance bd-sev-${payload.tone || payload.cards[0]?.severity || 'intermediate'}`);
	card.setAttribute('role', 'dialog');
	card.setAttribute('aria-label', L.dialog);
	const body = el('div', 'bd-body');
	const close = el('button', 'bd-close', '×');
	close.setAttribute('aria-label', L.close);
	body.append(close);

	if (payload.summary) body.append(el('p', 'bd-summary', payload.summary));
	if (payload.advice) body.append(el('p', 'bd-advice', payload.advice));
	if (payload.recipients.length > 0) {
		const list = el('ul', 'bd-recipients');
		for (const r of payload.recipients) {
			const item = el('li', 'bd-recipient');
			const badge = el('span', 'bd-badge', r.label);
			badge.dataset.severity = r.tone;
			item.append(el('strong', undefined, r.address), ' ', badge, el('div', 'bd-headline', r.headline), el('div', 'bd-provider-note', r.advice));
			list.append(item);
		}
		body.append(list);
	}
	payload.cards.forEach((c, i) => {
		if (i > 0 || payload.summary) body.append(el('hr', 'bd-sep'));
		const head = el('div', 'bd-card-head');
		const badge = el('span', 'bd-badge', c.severityLabel);
		badge.dataset.severity = c.severity;
		head.append(el('code', 'bd-code', c.code), badge);
		if (c.provider) head.append(el('span', 'bd-provider', c.provider));
		const title = el('h2', 'bd-title', c.title);
		title.title = c.title;
		body.append(head, el('p', 'bd-verdict', c.verdict), title);
		const facts = el('dl', 'bd-facts');
		for (const [term, value] of [[L.whoActs, c.whoActs], [L.retry, c.retry]] as const) {
			const row = el('div');
			row.append(el('dt', undefined, term), el('dd', undefined, value));
			facts.append(row);
		}
		body.append(facts);
		if (c.steps.length > 0) {
			const steps = el('ol');
			for (const step of c.steps) steps.append(el('li', undefined, step));
			const section = el('section', 'bd-fix');
			section.append(el('h3', undefined, L.steps), steps);
			body.append(section);
		}
		if (c.reply) {
			const evidence = el('section', 'bd-evidence');
			// Clipped as the code card clips it (160 characters); whole in its tooltip and the full explanation.
			const text = el('p', 'bd-reply-text', c.reply.length > 160 ? `${c.reply.slice(0, 160).trimEnd()}…` : c.reply);
			text.title = c.reply;
			evidence.append(el('h3', undefined, L.evidence), text);
			body.append(evidence);
		}
	});
	if (payload.moreNote) body.append(el('p', 'bd-provider-note', payload.moreNote));
	const actions = el('div', 'bd-actions');
	const cue = el('button', 'bd-more-cue', `${L.moreBelow} ↓`);
	cue.hidden = true;
	const full = el('button', 'bd-open-full', L.openFull);
	actions.append(cue, full);
	const dnsReading = payload.cards.find(c => c.dns)?.dns;
	const dns = dnsReading ? el('button', 'bd-check-dns', L.checkDns) : undefined;
	if (dns) actions.append(dns);
	card.append(body, actions);
	root.append(card);
	doc.documentElement.append(host);

	// Next to the selection: below it when the card fits there, else above it, else on the roomier side
	// with the body scrolling inside the space left; top-right when there is no selection rect.
	const margin = 8;
	const gap = 6;
	const selection = getSelection();
	const box = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : undefined;
	const rect = box && box.width + box.height > 0 ? box : undefined;
	const width = Math.min(380, innerWidth - 2 * margin);
	const left = rect ? Math.min(Math.max(margin, rect.left), innerWidth - width - margin) : innerWidth - width - margin;
	const natural = card.getBoundingClientRect().height;
	const below = rect ? innerHeight - rect.bottom - gap - margin : 0;
	const above = rect ? rect.top - gap - margin : 0;
	let top: number;
	let room: number;
	if (rect && natural <= below) [top, room] = [rect.bottom + gap, below];
	else if (rect && natural <= above) [top, room] = [rect.top - gap - natural, above];
	else if (rect && Math.max(below, above) >= 160) [top, room] = below >= above ? [rect.bottom + gap, below] : [margin, above];
	else [top, room] = [margin, innerHeight - 2 * margin];
	host.style.setProperty('--bd-max-height', `${Math.floor(room)}px`);
	host.style.setProperty('left', `${left + scrollX}px`, 'important');
	host.style.setProperty('top', `${top + scrollY}px`, 'important');
	host.style.removeProperty('visibility');

	const controller = new AbortController();
	const dismiss = () => {
		controller.abort();
		host.remove();
	};
	// The cue: shown while the body runs on below the action row.
	const more = () => {
		const hidden = body.scrollHeight - body.scrollTop - body.clientHeight <= 2;
		cue.hidden = hidden;
		if (hidden) delete card.dataset.more;
		else card.dataset.more = 'below';
	};
	more();
	body.addEventListener('scroll', more, {passive: true, signal: controller.signal});
	cue.addEventListener('click', event => event.isTrusted && body.scrollBy({top: Math.max(40, body.clientHeight * 0.8), behavior: 'smooth'}), {signal: controller.signal});
	// Only the user's own input acts (the page can dispatch synthetic events at our open shadow root).
	close.addEventListener('click', event => event.isTrusted && dismiss(), {signal: controller.signal});
	// The isolated world has the extension's runtime; Firefox calls it `browser`, Chrome `chrome`.
	const send = (message: unknown) => {
		type Runtime = {runtime: {sendMessage(message: unknown): unknown}};
		const scope = globalThis as {browser?: Runtime; chrome?: Runtime};
		void (scope.browser ?? scope.chrome)?.runtime.sendMessage(message);
	};
	full.addEventListener('click', event => {
		if (!event.isTrusted) return;
		send({type: 'open-explanation', query: payload.query});
		dismiss();
	}, {signal: controller.signal});
	dns?.addEventListener('click', event => {
		if (!event.isTrusted) return;
		send({type: 'open-dns', reading: dnsReading});
		dismiss();
	}, {signal: controller.signal});
	doc.addEventListener('keydown', event => event.isTrusted && event.key === 'Escape' && dismiss(), {signal: controller.signal});
	doc.addEventListener('pointerdown', event => event.isTrusted && !event.composedPath().includes(host) && dismiss(), {signal: controller.signal});
	full.focus({preventScroll: true});
	return true;
}
