// Wires one run of the content script in a webmail: observe bodies → scan and mark → card on hover,
// verdict banner above bounces. Everything hangs off one AbortSignal: aborting tears it all down
// (highlights, hosts, listeners, the observer).
import highlightCss from '../../assets/content-highlights.css?inline';
import browser from '../shared/browser';
import {MAX_RAW_VERDICT, type BannerReading, type ToBackground} from '../shared/messages';
import {asker, retryingOnce, type Ask} from './ask';
import {Banners} from './banner';
import {HoverCard} from './card';
import {listenForSteps} from './keyboard';
import {Explainer} from './explain-mark';
import {Dismissals, textKey} from './dismissals';
import type {DnsReading} from '../core';
import {contextAlive} from './lifecycle';
import {MarkStore} from './marks';
import {currentBodies, observeBodies} from './observe';
import {watchPointer} from './pointer';
import {answerPopup, Reading} from './reading';
import {toneOf} from './scan';
import {Scanner, type ScannedBody} from './scanner';
import type {WebmailAdapter} from './webmail';

export interface RunOptions {
	banner: boolean;
}

function injectStyle(signal: AbortSignal): void {
	const style = document.createElement('style');
	style.setAttribute('data-bounce-decoder', 'highlights');
	style.textContent = highlightCss;
	(document.head ?? document.documentElement).append(style);
	signal.addEventListener('abort', () => style.remove(), {once: true});
}

function openFull(query: string): void {
	const message: ToBackground = {type: 'open-explanation', query};
	browser.runtime.sendMessage(message).catch(() => undefined);
}

/** A card's "Check DNS": the background opens the DNS page; the content script sends nothing anywhere else. */
function openDns(reading: DnsReading): void {
	const message: ToBackground = {type: 'open-dns', reading};
	browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * The banner's verdicts for a marked body, decoded by the background: the decoder is most of the core's
 * bytes and the content script's size budget has no room for it. A raw message (Gmail's "Show
 * original") is decoded as MIME, anything else as displayed text.
 */
function verdictOf(adapter: WebmailAdapter, body: Element, text: string, ask: Ask): Promise<BannerReading> {
	// `ask` retries once (retryingOnce): a worker stopped mid-request would otherwise lose the banner.
	const raw = adapter.rawMessage?.(body);
	if (raw?.trim()) return ask({type: 'raw-verdict', raw: raw.slice(0, MAX_RAW_VERDICT)});
	return ask({type: 'text-verdict', text: text.slice(0, MAX_RAW_VERDICT)});
}

export function run(own: WebmailAdapter, controller: AbortController, options: RunOptions): void {
	const {signal} = controller;
	// The adapter's selectors, or the main region when they went stale (reading.ts): the switch rereads all.
	const reading = new Reading(own, () => reread(), signal);
	const {adapter} = reading;
	answerPopup(reading, signal);
	const alive = () => {
		if (signal.aborted) return false;
		if (contextAlive()) return true;
		controller.abort();
		return false;
	};
	injectStyle(signal);
	const store = new MarkStore();
	signal.addEventListener('abort', () => store.destroy(), {once: true});
	const banners = new Banners(adapter, new Dismissals(), signal);
	const ask = asker(controller);
	const askTwice = retryingOnce(ask, signal);
	const explainer = new Explainer((items, context) => ask({type: 'explain-batch', items, context}), signal);
	const card = new HoverCard(signal, explainer, openFull, openDns);

	const onScanned = ({body, text, marks}: ScannedBody) => {
		if (marks.length === 0 || !body.matches(adapter.bodySelector)) {
			// A body of the other reading, scanned while the mode switched, keeps nothing.
			if (marks.length > 0) store.clearBody(body);
			banners.remove(body);
			return;
		}
		// The body's replies are explained by the background in one message, ahead of any hover; lone
		// provider tags get their tone when the answer comes.
		explainer.prefetch(marks, text).then(toned => {
			if (toned && !signal.aborted) store.retone(mark => toneOf(mark.group, mark.body));
		}, () => undefined); // orphaned (the run is torn down) or the worker failed: cards ask again on hover
		if (!options.banner) return;
		verdictOf(adapter, body, text, askTwice).then(reading => {
			if (signal.aborted || !body.isConnected) return;
			void banners.update(body, adapter.messageId(body) ?? textKey(text), reading);
		}, () => undefined); // the chunk or the worker is unreachable only when the extension went away
	};
	const scanner = new Scanner(store, adapter.quoteSelector, signal, onScanned, mark => reading.keeps(mark));
	const reread = () => {
		card.hide();
		for (const body of [...store.bodies()]) {
			store.clearBody(body);
			banners.remove(body);
		}
		scanner.enqueue(currentBodies(adapter));
	};

	watchPointer(store, card, signal, alive);
	listenForSteps(store, card, signal);
	// Very large bodies keep only the marks near the viewport registered (marks.ts): follow scrolling.
	const refresh = () => store.scheduleRefresh();
	document.addEventListener('scroll', refresh, {capture: true, passive: true, signal});
	window.addEventListener('resize', refresh, {passive: true, signal});
	observeBodies(adapter, signal, ({dirty}) => {
		if (!alive()) return;
		scanner.sweep();
		banners.sweep();
		if (card.mark && !card.mark.body.isConnected) card.hide();
		for (const body of dirty) if (card.mark?.body === body) card.hide();
		if (reading.check()) return; // switched back to the adapter's selectors: reread() queued its bodies
		scanner.enqueue(dirty);
	});
	reading.check();
	scanner.enqueue(currentBodies(adapter));
}
