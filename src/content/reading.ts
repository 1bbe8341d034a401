// Which selectors read the page: the webmail adapter's own, or its fallback (webmail/fallback.ts) when
// they find no body on a view that shows a message. The switch waits FALLBACK_DELAY_MS, so a view
// still rendering its message is not read as a whole region; it switches back as soon as the adapter's
// own selectors match again. The popup asks the active tab whether it reads in fallback mode.
import browser, {type Runtime} from '../shared/browser';
import type {TabAnswers, ToTab} from '../shared/messages';
import type {Mark} from './marks';
import type {WebmailAdapter} from './webmail';
import {fallbackOf, selectorsStale} from './webmail/fallback';

export type ReadingMode = 'adapter' | 'fallback';

/** How long a message view must show no body the adapter knows before the main region is read. */
export const FALLBACK_DELAY_MS = 1000;

export class Reading {
	private current: ReadingMode = 'adapter';
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly fallback: WebmailAdapter;
	/** The adapter of the current mode, as one object whose members follow each switch. */
	readonly adapter: WebmailAdapter;

	constructor(
		private readonly own: WebmailAdapter,
		private readonly onSwitch: (mode: ReadingMode) => void,
		private readonly signal: AbortSignal,
		private readonly delay = FALLBACK_DELAY_MS,
	) {
		this.fallback = fallbackOf(own);
		const now = () => this.current === 'fallback' ? this.fallback : this.own;
		this.adapter = {
			id: own.id,
			site: own.site,
			get bodySelector() {
				return now().bodySelector;
			},
			quoteSelector: own.quoteSelector,
			isExcluded: el => now().isExcluded(el),
			bannerAnchor: body => now().bannerAnchor(body),
			messageId: body => now().messageId(body),
			rawMessage: body => now().rawMessage?.(body),
		};
		signal.addEventListener('abort', () => clearTimeout(this.timer), {once: true});
	}

	get mode(): ReadingMode {
		return this.current;
	}

	/**
	 * Looks whether the mode should change (after each batch of page changes, and at start). Returns true
	 * when it switched now (back to the adapter's selectors); a switch to fallback comes after the delay.
	 */
	check(doc: Document = document): boolean {
		const stale = selectorsStale(this.own, doc);
		if (!stale) {
			clearTimeout(this.timer);
			this.timer = undefined;
			return this.current === 'fallback' && this.switchTo('adapter');
		}
		if (this.current === 'adapter' && this.timer === undefined) {
			this.timer = setTimeout(() => {
				this.timer = undefined;
				if (!this.signal.aborted && selectorsStale(this.own, doc)) this.switchTo('fallback');
			}, this.delay);
		}
		return false;
	}

	/**
	 * Whether a mark is kept: in fallback the body is the whole main region, so a mark inside one of the
	 * adapter's compose windows (its non-editable parts: editors themselves are never read) is dropped.
	 */
	keeps(mark: Mark): boolean {
		if (this.current === 'adapter') return true;
		const parent = mark.range.startContainer.parentElement;
		return parent !== null && !this.fallback.isExcluded(parent);
	}

	private switchTo(mode: ReadingMode): true {
		this.current = mode;
		this.onSwitch(mode);
		return true;
	}
}

/**
 * Answers the popup's `page-reading` question while this frame reads in fallback mode. Only this
 * extension's own pages ask (same id, no tab); the page's scripts cannot reach runtime.onMessage.
 */
export function answerPopup(reading: Reading, signal: AbortSignal): void {
	const listener = (message: unknown, sender: Runtime.MessageSender): Promise<TabAnswers['page-reading']> | undefined => {
		if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
		if ((message as Partial<ToTab> | null)?.type !== 'page-reading' || reading.mode !== 'fallback') return undefined;
		return Promise.resolve({mode: 'fallback'});
	};
	browser.runtime.onMessage.addListener(listener);
	signal.addEventListener('abort', () => {
		try {
			browser.runtime.onMessage.removeListener(listener);
		} catch {
			// The runtime went with the extension.
		}
	}, {once: true});
}
