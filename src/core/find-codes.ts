// Text → SMTP reply codes, enhanced status codes and provider tags, with offsets (DESIGN.md, core
// contracts). PURE: no DOM, no browser API, no Node API. The guards against look-alikes live in
// find-codes/guards.ts, provider tags in find-codes/tags.ts, grouping in find-codes/group.ts.

import type {CodeMatch, Finding} from './types';
import {groupFindings} from './find-codes/group';
import {scanMatches} from './find-codes/scan';
import {textArgument} from './arguments';

/**
 * Every code token in `text`, in order, for marking: `text.slice(m.start, m.end)` is exactly the
 * token (`550`, `5.1.1`, `TSS04`; brackets around a tag are not part of it).
 */
export function findMatches(text: string): CodeMatch[] {
	return scanMatches(textArgument(text, 'findMatches'));
}

/**
 * The tokens grouped by reply: a multi-line reply (`550-5.1.1 …` lines and the final `550 5.1.1 …`),
 * a Postfix-wrapped one (`said: 421\n    4.7.0 …`) and its tags make one finding, with the reply's
 * text whitespace-folded. A lone enhanced code (`Status: 5.1.1`) or tag is a finding of its own.
 */
export function findCodes(text: string): Finding[] {
	textArgument(text, 'findCodes');
	return groupFindings(text, scanMatches(text));
}

/** Whether `text` holds any code token (`findCodes(text).length > 0`), read only up to the first. */
export function hasCodes(text: string): boolean {
	return scanMatches(text, true, true).length > 0;
}
