// How the layouts' Detect conditions are evaluated: each pattern is searched only when the anchor
// pass over the text (../anchored.ts) does not rule it out, so most layouts are ruled out without
// one regex search.
import {anchored, mayMatch} from '../anchored';
import {matchView} from './helpers';
import type {Detect} from './types';

/** Registers every pattern of the condition for the anchor pass; returns the condition. */
export function anchoredDetect(d: Detect): Detect {
	if (d instanceof RegExp) anchored(d);
	else if (typeof d !== 'function') for (const part of 'all' in d ? d.all : 'any' in d ? d.any : [d.view]) anchoredDetect(part);
	return d;
}

/**
 * True when the text is in the layout that `d` describes. A condition on matchView(text) is ruled out
 * by the words of the text itself: the anchor pass reads typographic apostrophes and the NFC
 * compatibility forms that matchView turns into ASCII as those ASCII characters, and its words are
 * ASCII only.
 */
export function detects(d: Detect, text: string, view: string = text): boolean {
	if (d instanceof RegExp) {
		if (!mayMatch(d, text)) return false;
		d.lastIndex = 0;
		return d.test(view);
	}
	if (typeof d === 'function') return d(view);
	// Plain loops: no callback allocated per layout asked about.
	if ('all' in d) {
		for (let k = 0; k < d.all.length; k++) if (!detects(d.all[k]!, text, view)) return false;
		return true;
	}
	if ('any' in d) {
		for (let k = 0; k < d.any.length; k++) if (detects(d.any[k]!, text, view)) return true;
		return false;
	}
	// A pattern the text's own words rule out needs no view made (the test below would rule it out).
	if (d.view instanceof RegExp && !mayMatch(d.view, text)) return false;
	return detects(d.view, text, matchView(view));
}
