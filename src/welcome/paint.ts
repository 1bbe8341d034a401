// Marks on the welcome page are painted as the content script paints a webmail's: CSS highlights
// named per tone (content/highlights.ts) with the page's copy of assets/content-highlights.css, so the
// colours a new user learns here are the ones they will see in Gmail and Outlook.
import type {Severity} from '../core';
import {Highlights, TONES, type MarkTone} from '../content/highlights';

/** A mark's colour is its reply's severity, as the card's badge shows it. */
export const TONE_OF_SEVERITY: Record<Severity, MarkTone> = {
	permanent: 'permanent', transient: 'transient', success: 'success', intermediate: 'information',
};

const isTone = (value: string | undefined): value is MarkTone => TONES.includes(value as MarkTone);

/**
 * Paints the text of every element under `root` that has a `data-tone` in that tone; returns what
 * removes the paint. One Highlights for the page: the highlight names are global.
 */
export function paintMarks(root: ParentNode): () => void {
	const highlights = new Highlights();
	root.querySelectorAll<HTMLElement>('[data-tone]').forEach(element => {
		const tone = element.dataset.tone;
		if (!isTone(tone)) return;
		const range = document.createRange();
		range.selectNodeContents(element);
		highlights.show(range, tone);
	});
	return () => highlights.destroy();
}
