// The verdict banner: a `data-bounce-decoder="banner"` host with an open shadow root, inserted above a
// recognised bounce and outside its body, one line per recipient not delivered (the core's verdict:
// its headline and advice), with a dismiss control that is remembered per message. Its details, folded
// until opened, say what the bounce is about (the returned message's subject, date and sender), each
// recipient's remote server and stage, and copy the addresses to suppress.
import {render} from 'preact';
import bannerCss from '../../assets/content-banner.css?inline';
import {AboutMessage, detailsLabel, ServerStage, SuppressCopy} from '../ui/bounce-facts';
import {factsCss, themeCss} from '../ui/styles';
import {createHost, followPageTheme, type Host} from './host';
import type {Verdict} from '../core';
import type {BannerReading} from '../shared/messages';
import type {Dismissals} from './dismissals';
import type {WebmailAdapter} from './webmail';
import {onTrusted} from './trusted';
import {t, tn} from '../shared/i18n';
import {sayVerdict} from '../shared/verdict-text';

interface Shown {
	ui: Host;
	key: string;
	text: string;
}

/** Lines shown before the rest are summed up in one. */
const MAX_LINES = 5;

/** A banner line: the core's verdict, in the reader's language. */
const lineText = (v: Verdict): string => {
	const said = sayVerdict(v);
	return `${said.sentence} ${said.advice}`;
};

/** The banner's details: what the bounce is about, where each shown recipient failed, the copy of the addresses. */
function Details({reading, shown}: {reading: Omit<BannerReading, 'verdicts'>; shown: Verdict[]}) {
	const places = shown.map((v, i) => ({v, ...(reading.evidence[i] ?? {server: '', command: ''})})).filter(p => p.server || p.command);
	if (!reading.original && places.length === 0 && reading.suppress.length === 0) return null;
	return (
		<details class="bd-details">
			<summary>{detailsLabel()}</summary>
			<AboutMessage original={reading.original} />
			{places.map(({v, server, command}, i) => (
				<div key={i} class="bd-place">
					{places.length > 1 && v.recipient && <span class="bd-place-recipient">{v.recipient}</span>}
					<ServerStage server={server} command={command} />
				</div>
			))}
			{reading.suppress.length > 0 && <p class="bd-suppress"><SuppressCopy addresses={reading.suppress} /></p>}
		</details>
	);
}

export function Banner({verdicts, details, onDismiss}: {verdicts: Verdict[]; details?: Omit<BannerReading, 'verdicts'>; onDismiss: () => void}) {
	const tone = verdicts.some(v => v.tone === 'permanent') ? 'permanent' : 'transient';
	const shown = verdicts.length > MAX_LINES + 1 ? verdicts.slice(0, MAX_LINES) : verdicts;
	const rest = verdicts.length - shown.length;
	return (
		<div class={`bd-banner bd-${tone}`} role="status" aria-label={t('banner_label')}>
			<span class="bd-brand">{t('ext_name')}</span>
			<div class="bd-banner-body">
				<ul>
					{shown.map((v, i) => <li key={i} class={`bd-${v.tone}`}>{lineText(v)}</li>)}
					{rest > 0 && <li class={`bd-${tone}`}>{tn('banner_more', rest)}</li>}
				</ul>
				{details && <Details reading={details} shown={shown} />}
			</div>
			<button type="button" class="bd-dismiss" aria-label={t('banner_dismiss')} title={t('banner_dismiss')} onClick={onDismiss}>✕</button>
		</div>
	);
}

export class Banners {
	private readonly shown = new Map<Element, Shown>();

	constructor(
		private readonly adapter: WebmailAdapter,
		private readonly dismissals: Dismissals,
		private readonly signal: AbortSignal,
	) {
		signal.addEventListener('abort', () => {
			for (const body of [...this.shown.keys()]) this.remove(body);
		}, {once: true});
	}

	/** Shows (or refreshes) the banner above `body`; no verdict or a dismissed message removes it. */
	async update(body: Element, key: string, reading: BannerReading): Promise<void> {
		const {verdicts} = reading;
		await this.dismissals.ready;
		if (this.signal.aborted) return;
		if (verdicts.length === 0 || this.dismissals.has(key) || !body.isConnected) {
			this.remove(body);
			return;
		}
		const anchor = this.adapter.bannerAnchor(body);
		if (!anchor?.parentNode) return;
		const text = JSON.stringify(reading);
		let shown = this.shown.get(body);
		if (shown && shown.key === key && shown.text === text && shown.ui.host.nextSibling === anchor) return;
		if (!shown) {
			shown = {ui: createHost('banner', themeCss + factsCss + bannerCss), key, text};
			this.shown.set(body, shown);
		}
		shown.key = key;
		shown.text = text;
		const {ui} = shown;
		followPageTheme(ui.host, anchor.parentElement ?? body);
		render(<Banner verdicts={verdicts} details={reading} onDismiss={onTrusted(() => this.dismiss(body))} />, ui.mount);
		if (ui.host.nextSibling !== anchor) anchor.parentNode.insertBefore(ui.host, anchor);
	}

	dismiss(body: Element): void {
		const shown = this.shown.get(body);
		if (!shown) return;
		this.dismissals.add(shown.key);
		this.remove(body);
	}

	remove(body: Element): void {
		const shown = this.shown.get(body);
		if (!shown) return;
		this.shown.delete(body);
		render(null, shown.ui.mount);
		shown.ui.host.remove();
	}

	/** Removes banners whose body left the document. */
	sweep(): void {
		for (const body of [...this.shown.keys()]) if (!body.isConnected) this.remove(body);
	}
}
