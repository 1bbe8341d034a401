// Whether the active tab's page was read in fallback mode (its webmail's classes changed, so the main
// region was read instead: content/reading.ts). Only a content script reading in fallback answers;
// a tab without one, or one reading as usual, leaves the answer false.
import {useEffect, useState} from 'preact/hooks';
import browser from '../shared/browser';
import type {TabAnswers, ToTab} from '../shared/messages';

export async function activeTabInFallback(): Promise<boolean> {
	try {
		const [tab] = await browser.tabs.query({active: true, currentWindow: true});
		if (tab?.id === undefined) return false;
		const question: ToTab = {type: 'page-reading'};
		const answer = await browser.tabs.sendMessage(tab.id, question) as TabAnswers['page-reading'] | undefined;
		return answer?.mode === 'fallback';
	} catch {
		return false; // no content script in the tab (or none answered)
	}
}

/** True once the active tab reports a fallback reading; asked once, when the popup opens. */
export function usePageFallback(ask: boolean): boolean {
	const [fallback, setFallback] = useState(false);
	useEffect(() => {
		if (!ask) return;
		let live = true;
		void activeTabInFallback().then(value => {
			if (live) setFallback(value);
		});
		return () => {
			live = false;
		};
	}, [ask]);
	return fallback;
}
