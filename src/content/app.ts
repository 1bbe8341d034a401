// Wires one run of the content script in a webmail: observe bodies → scan and mark → card on hover,
// verdict banner above bounces. Everything hangs off one AbortSignal: aborting tears it all down
// (highlights, hosts, listeners, the observer).
import highlightCss from '../../assets/content-highlights.css?inline';
import browser from '../shared/browser';
import type {ToBackground} from '../shared/messages';
import {Banners} from './banner';
import {HoverCard} from './card';
import {loadKnowledge} from './knowledge-loader';
import {Dismissals, textKey} from './dismissals';
import {contextAlive} from './lifecycle';
import {MarkStore} from './marks';
import {currentBodies, observeBodies} from './observe';
import {watchPointer} from './pointer';
import {toneOf} from './scan';
import {Scanner, type ScannedBody} from './scanner';
import {nextTask} from './schedule';
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

export function run(adapter: WebmailAdapter, controller: AbortController, options: RunOptions): void {
	const {signal} = controller;
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
	const card = new HoverCard(signal, openFull);

	let knowing = false;
	const onScanned = ({body, text, marks}: ScannedBody) => {
		if (marks.length === 0) {
			banners.remove(body);
			return;
		}
		// The first marked code loads the knowledge chunk (explanations, decoding); then lone provider
		// tags get their tone, and decoding for the banner runs in a task of its own, after the marks paint.
		const loaded = loadKnowledge();
		if (!knowing) {
			knowing = true;
			loaded.then(() => {
				if (!signal.aborted) store.retone(mark => toneOf(mark.group));
			}, () => undefined);
		}
		if (!options.banner) return;
		loaded.then(k => nextTask(() => {
			if (signal.aborted || !body.isConnected) return;
			void banners.update(body, adapter.messageId(body) ?? textKey(text), k.verdictOf(text));
		}), () => undefined); // the chunk can fail to load only when the extension went away
	};
	const scanner = new Scanner(store, adapter.quoteSelector, signal, onScanned);

	watchPointer(store, card, signal, alive);
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
		scanner.enqueue(dirty);
	});
	scanner.enqueue(currentBodies(adapter));
}
