// The hover card: the shared CodeCard (src/ui) in a `data-bounce-decoder="card"` host with an open
// shadow root, placed next to the code with @floating-ui/dom (below it, or above when there is no
// room; never over it). It stays while the pointer moves into it; Escape or leaving closes it.
import {autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement} from '@floating-ui/dom';
import {render} from 'preact';
import cardHostCss from '../../assets/content-card.css?inline';
import {dnsTopic, explanationReading, type DnsReading, type Severity} from '../core';
import type {CardExplanation as Explanation} from '../shared/messages';
import {CheckDnsButton} from '../ui/check-dns';
import {CodeCard} from '../ui/code-card';
import {CARD_LABELS} from '../ui/labels';
import {severityLabel} from '../ui/severity';
import {cardCss} from '../ui/styles';
import {cachedExplanation, queryOf, replyCode, type Explainer} from './explain-mark';
import {createHost, followPageTheme, type Host} from './host';
import type {Mark} from './marks';
import {onTrusted} from './trusted';
import {MAX_DNS_REPLY} from '../shared/messages';

/** Grace time for the pointer to travel from the code into the card. */
const HIDE_DELAY_MS = 300;

const SEVERITY_OF_CLASS: Record<string, Severity> = {'2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent'};

/**
 * The card while its explanation is on its way from the background (it normally is not: each body's
 * replies are asked for as soon as it is marked): the code and its class's severity, then "…".
 */
function PendingCard({mark, onOpenFull}: {mark: Mark; onOpenFull: () => void}) {
	const code = replyCode(mark.group, mark.code);
	const severity = SEVERITY_OF_CLASS[code[0]!];
	return (
		<article class={`bd-card bd-sev-${severity ?? 'intermediate'} bd-glance`} aria-busy="true" data-code={code}>
			<div class="bd-body">
				<header class="bd-card-head">
					<code class="bd-code">{code}</code>
					{severity && <span class="bd-badge" data-severity={severity}>{severityLabel(severity)}</span>}
				</header>
				<h2 class="bd-title">…</h2>
			</div>
			<div class="bd-actions">
				<button type="button" class="bd-open-full" onClick={onOpenFull}>{CARD_LABELS.openFull}</button>
			</div>
		</article>
	);
}

export class HoverCard {
	private ui: Host | undefined;
	private stopAutoUpdate: (() => void) | undefined;
	private hideTimer = 0;
	/** Re-places the card (after its content changed). */
	private update: (() => void) | undefined;
	mark: Mark | undefined;
	/** Where the focus was before the card took it (keyboard.ts): it goes back there when the card closes. */
	private returnFocus: HTMLElement | undefined;

	constructor(
		private readonly signal: AbortSignal,
		private readonly explainer: Explainer,
		private readonly openFull: (query: string) => void,
		/** A card's "Check DNS": the background opens the DNS page; nothing is sent from the page we run in. */
		private readonly openDns?: (reading: DnsReading) => void,
	) {
		signal.addEventListener('abort', () => this.destroy(), {once: true});
	}

	get host(): HTMLElement | undefined {
		return this.ui?.host;
	}

	/** True when the event target is the card or inside it. */
	contains(target: EventTarget | null): boolean {
		return target !== null && target === this.ui?.host;
	}

	show(mark: Mark): void {
		this.keep();
		if (mark === this.mark && this.ui?.host.isConnected) return;
		this.mark = mark;
		const ui = this.ensureHost();
		followPageTheme(ui.host, mark.body);
		ui.host.style.visibility = 'hidden';
		ui.host.style.display = 'block';
		// From the cache in this frame; on a miss the card shows at once with what marking knows, then fills.
		const explanation = cachedExplanation(mark);
		this.fill(mark, explanation);
		if (!explanation) {
			this.explainer.explanationOf(mark).then(answer => {
				if (this.mark !== mark || this.signal.aborted) return;
				this.fill(mark, answer);
				this.update?.();
			}, () => undefined); // the extension went away (the run tears down) or the worker failed: keep "…"
		}
		this.stopAutoUpdate?.();
		const reference = referenceOf(mark.range);
		const floating = ui.host;
		const update = () => {
			void computePosition(reference, floating, {
				strategy: 'fixed',
				placement: 'bottom-start',
				middleware: [
					offset(6),
					flip({fallbackPlacements: ['top-start', 'bottom-end', 'top-end']}),
					shift({padding: 8}),
					size({
						padding: 8,
						apply({availableHeight}) {
							// The card's body scrolls inside this height, with a cue; its action row stays in view.
							floating.style.setProperty('--bd-max-height', `${Math.max(120, Math.floor(availableHeight))}px`);
						},
					}),
				],
			}).then(({x, y}) => {
				if (this.mark !== mark) return;
				floating.style.left = `${Math.round(x)}px`;
				floating.style.top = `${Math.round(y)}px`;
				floating.style.visibility = 'visible';
				if (this.focusWhenPlaced) {
					this.focusWhenPlaced = false;
					floating.focus({preventScroll: true});
				}
			});
		};
		this.update = update;
		this.stopAutoUpdate = autoUpdate(reference, floating, update, {elementResize: false, layoutShift: false});
	}

	/** Renders the card's content: the explanation, or the pending card until it is known. */
	private fill(mark: Mark, explanation: Explanation | undefined): void {
		if (!this.ui) return;
		const open = onTrusted(() => this.openFull(queryOf(mark, explanation)));
		const openDns = this.openDns;
		const checkDns = explanation && openDns && dnsTopic({reason: explanation.reason, ...(explanation.provider ? {provider: explanation.provider.id} : {})})
			? onTrusted(() => openDns(explanationReading(explanation, mark.group.text, MAX_DNS_REPLY)))
			: undefined;
		render(
			<div class="bd-hover">
				{explanation ? <CodeCard explanation={explanation} verdict={explanation.verdict} reply={mark.group.text} onOpenFull={open} actions={checkDns && <CheckDnsButton onClick={checkDns} />} /> : <PendingCard mark={mark} onOpenFull={open} />}
			</div>,
			this.ui.mount,
		);
	}

	/** Cancels a pending hide (the pointer is on the code or in the card). */
	keep(): void {
		if (this.hideTimer) clearTimeout(this.hideTimer);
		this.hideTimer = 0;
	}

	hideSoon(): void {
		if (!this.mark || this.hideTimer) return;
		this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
	}

	/** Set by focus() until the card is placed: a hidden element cannot take the focus. */
	private focusWhenPlaced = false;

	/** Moves the focus into the open card (a keyboard step opened it), remembering where it was. */
	focus(): void {
		const host = this.ui?.host;
		if (!host || !this.mark) return;
		const active = document.activeElement;
		if (active !== host && active instanceof HTMLElement) this.returnFocus = active;
		host.tabIndex = -1;
		if (host.style.visibility === 'visible') host.focus({preventScroll: true});
		else this.focusWhenPlaced = true;
	}

	hide(): void {
		this.keep();
		this.mark = undefined;
		this.focusWhenPlaced = false;
		const back = this.returnFocus;
		this.returnFocus = undefined;
		if (back && this.ui && document.activeElement === this.ui.host && back.isConnected) back.focus({preventScroll: true});
		this.stopAutoUpdate?.();
		this.stopAutoUpdate = undefined;
		this.update = undefined;
		if (!this.ui) return;
		render(null, this.ui.mount);
		this.ui.host.style.display = 'none';
	}

	private ensureHost(): Host {
		if (this.ui) {
			if (!this.ui.host.isConnected) document.documentElement.append(this.ui.host);
			return this.ui;
		}
		const ui = createHost('card', cardCss + cardHostCss);
		Object.assign(ui.host.style, {position: 'fixed', top: '0', left: '0', zIndex: '2147483647', display: 'none', borderRadius: '8px'});
		ui.host.addEventListener('pointerenter', onTrusted(() => this.keep()), {signal: this.signal});
		ui.host.addEventListener('pointerleave', onTrusted(() => this.hideSoon()), {signal: this.signal});
		document.documentElement.append(ui.host);
		this.ui = ui;
		return ui;
	}

	private destroy(): void {
		this.hide();
		if (this.ui) render(null, this.ui.mount);
		this.ui?.host.remove();
		this.ui = undefined;
	}
}

/** A floating-ui reference for a Range: its rects, scrolling with the element that holds the code. */
function referenceOf(range: Range): VirtualElement {
	const parent = range.startContainer.parentElement ?? undefined;
	return {
		getBoundingClientRect: () => range.getBoundingClientRect(),
		getClientRects: () => range.getClientRects(),
		contextElement: parent,
	};
}
