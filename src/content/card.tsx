// The hover card: the shared CodeCard (src/ui) in a `data-bounce-decoder="card"` host with an open
// shadow root, placed next to the code with @floating-ui/dom (below it, or above when there is no
// room; never over it). It stays while the pointer moves into it; Escape or leaving closes it.
import {autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement} from '@floating-ui/dom';
import {render} from 'preact';
import cardHostCss from '../../assets/content-card.css?inline';
import {CodeCard} from '../ui/code-card';
import {cardCss} from '../ui/styles';
import {createHost, type Host} from './host';
import {knowledge, loadKnowledge} from './knowledge-loader';
import type {Mark} from './marks';

/** Grace time for the pointer to travel from the code into the card. */
const HIDE_DELAY_MS = 300;

export class HoverCard {
	private ui: Host | undefined;
	private stopAutoUpdate: (() => void) | undefined;
	private hideTimer = 0;
	mark: Mark | undefined;

	constructor(
		private readonly signal: AbortSignal,
		private readonly openFull: (query: string) => void,
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
		const k = knowledge();
		if (!k) {
			// Normally loaded as soon as the first code was marked; if not yet, show once it is.
			loadKnowledge().then(() => {
				if (this.mark === mark && !this.signal.aborted) {
					this.mark = undefined;
					this.show(mark);
				}
			}, () => undefined);
			return;
		}
		const ui = this.ensureHost();
		const explanation = k.explainMark(mark);
		ui.host.style.visibility = 'hidden';
		ui.host.style.display = 'block';
		render(
			<div class="bd-hover">
				<CodeCard explanation={explanation} compact onOpenFull={() => this.openFull(k.queryOf(mark, explanation))} />
			</div>,
			ui.mount,
		);
		this.stopAutoUpdate?.();
		const reference = referenceOf(mark.range);
		const floating = ui.host;
		this.stopAutoUpdate = autoUpdate(reference, floating, () => {
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
							floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
						},
					}),
				],
			}).then(({x, y}) => {
				if (this.mark !== mark) return;
				floating.style.left = `${Math.round(x)}px`;
				floating.style.top = `${Math.round(y)}px`;
				floating.style.visibility = 'visible';
			});
		}, {elementResize: false, layoutShift: false});
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

	hide(): void {
		this.keep();
		this.mark = undefined;
		this.stopAutoUpdate?.();
		this.stopAutoUpdate = undefined;
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
		Object.assign(ui.host.style, {position: 'fixed', top: '0', left: '0', zIndex: '2147483647', display: 'none', overflow: 'auto', borderRadius: '8px'});
		ui.host.addEventListener('pointerenter', () => this.keep(), {signal: this.signal});
		ui.host.addEventListener('pointerleave', () => this.hideSoon(), {signal: this.signal});
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
