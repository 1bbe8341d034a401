// A card's scrolling body: whether content runs past its bottom edge (the card then shows a "More
// below" cue on its action row), and a way to scroll on. A card never clips in silence.
import type {RefObject} from 'preact';
import {useCallback, useLayoutEffect, useState} from 'preact/hooks';

/** Pixels of slack before the cue shows (sub-pixel layout rounding). */
const SLACK = 2;

/** Whether `ref`'s content runs past its bottom, kept true to scrolling and to size changes (`key`: re-observe its children). */
export function useScrollCue(ref: RefObject<HTMLElement | null>, key: unknown): [boolean, () => void] {
	const [more, setMore] = useState(false);
	useLayoutEffect(() => {
		const el = ref.current;
		if (!el) return;
		const check = () => setMore(el.scrollHeight - el.scrollTop - el.clientHeight > SLACK);
		check();
		el.addEventListener('scroll', check, {passive: true});
		const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : undefined;
		observer?.observe(el);
		for (const child of el.children) observer?.observe(child);
		return () => {
			el.removeEventListener('scroll', check);
			observer?.disconnect();
		};
	}, [ref, key]);
	const scrollOn = useCallback(() => {
		const el = ref.current;
		el?.scrollBy({top: Math.max(40, el.clientHeight * 0.8), behavior: 'smooth'});
	}, [ref]);
	return [more, scrollOn];
}

/**
 * Caps an element at the viewport's bottom edge from where it starts (`--bd-max-height`), for a card
 * laid out in a page (the popup) rather than floated beside a code (the hover card sets it itself).
 */
export function useFitViewport(ref: RefObject<HTMLElement | null>, enabled: boolean, margin = 8, min = 200): void {
	useLayoutEffect(() => {
		const el = ref.current;
		if (!enabled || !el) return;
		const fit = () => {
			const top = el.getBoundingClientRect().top + window.scrollY;
			el.style.setProperty('--bd-max-height', `${Math.max(min, Math.floor(window.innerHeight - top - margin))}px`);
		};
		fit();
		window.addEventListener('resize', fit);
		return () => window.removeEventListener('resize', fit);
	}, [ref, enabled, margin, min]);
}
