// Provider tags: finding them in a reply, their normal form, and the tags a rule covers. The
// lookup (index.ts) keys rules by these normal forms.
import type {ProviderRule} from '../types';
import {AS_PAREN_SOURCE, BRACKET_TAG_SOURCE, LEGACY_TAG_SOURCE, NUMBERED_TAG} from '../tag-forms';

// Provider tags as they are written: [TSS04] [CS01] [HME1] [BL21] [PH01], (S3150) (AS843) AS(508),
// the legacy Hotmail tokens SC-001, RP-002, DY-001, OU-002, and the numbered codes that end a reply:
// Spectrum's AUP#I-1310, AUP#In-1310, AUP#O-1010 (→ AUP#1310, AUP#1010), and Orange / La Poste's
// OFR_506, OFR004_506, LPN007_416, OUK_513, any case (→ OFR_506, OFR_416, OFR_513).
// The forms are tag-forms.ts's; groups: 1 bracketed, 2 the number of AS(n), 3 legacy.
const BRACKETED_TAGS = new RegExp(`[[(](${BRACKET_TAG_SOURCE})[\\])]|\\b${AS_PAREN_SOURCE}|\\b(${LEGACY_TAG_SOURCE})\\b`);
const TAG_PATTERN = new RegExp(`${BRACKETED_TAGS.source}|\\bAUP#[A-Za-z]{0,3}-?(\\d{4})\\b|\\b(?:[Oo][Ff][Rr]|[Ll][Pp][Nn]|[Oo][Uu][Kk])(?:\\d{3})?_(\\d{3})\\b`, 'g');
// Most texts hold no `AUP#` and no `_`, so no numbered code: the shorter pattern, whose first chars are
// rarer, reads them faster. Both number their groups alike.
const BRACKETED_PATTERN = new RegExp(BRACKETED_TAGS.source, 'g');

/** Provider tags found in a text, normalised (`TSS04`, `S3150`, `AS843`, `SC-001`, `AUP#1310`, `OFR_506`). */
export function findTags(text: string): string[] {
	const tags: string[] = [];
	const pattern = text.includes('_') || text.includes('AUP#') ? TAG_PATTERN : BRACKETED_PATTERN;
	// An exec loop rather than matchAll, which copies the regex on every call (every match is at least
	// one character, so each search starts past the last).
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const [, bracketed, asNumber, legacy, aup, ofr] = match;
		let tag: string;
		if (bracketed !== undefined) tag = bracketed.toUpperCase();
		else if (asNumber !== undefined) tag = `AS${asNumber}`;
		else if (legacy !== undefined) tag = legacy;
		else if (aup !== undefined) tag = `AUP#${aup}`;
		else tag = `OFR_${ofr}`;
		if (!tags.includes(tag)) tags.push(tag);
	}
	return tags;
}

const LEGACY_PATTERN = new RegExp(`\\b(${LEGACY_TAG_SOURCE})\\b`, 'g');

/**
 * The legacy Hotmail codes in a reply (`550 SC-001 (BAY004-MC1F12) Unfortunately …`): written without
 * brackets, so the code scanner (find-codes) does not mark them as tags, and a reply's tags come from it.
 * Added to `tags` (each unless there already), which is returned.
 */
export function legacyTags(text: string, tags: string[] = []): string[] {
	if (!text.includes('-00')) return tags;
	for (const match of text.matchAll(LEGACY_PATTERN)) if (match[1] && !tags.includes(match[1])) tags.push(match[1]);
	return tags;
}

/**
 * The normalised form of one tag as written (findCodes reports tokens as written): `AUP#In-1310` →
 * `AUP#1310`, `LPN007_416` → `OFR_416`, `tss04` → `TSS04`. Undefined when it is no known tag form.
 */
export function normaliseTag(written: string): string | undefined {
	const tag = unbracket(written).toUpperCase();
	const numbered = NUMBERED_TAG.exec(tag);
	if (numbered) return numbered[1] !== undefined ? `AUP#${numbered[1]}` : `OFR_${numbered[2]}`;
	return /^(?:[A-Z]{1,4}\d{1,10}|AS\(\d{1,12}\)|[A-Z]{2}-00\d)$/.test(tag) ? tag.replace(/^AS\((\d+)\)$/, 'AS$1') : undefined;
}

/** True when `input` is a single numbered provider code (`AUP#I-1310`, `OFR_506`), the way a person types it. */
export function isNumberedTag(input: string): boolean {
	return NUMBERED_TAG.test(unbracket(input).toUpperCase());
}

/** A tag without the brackets written around it: `[TSS04]` → `TSS04`, `(S3150)` → `S3150`; `AS(2005)` stays. */
export function unbracket(written: string): string {
	const tag = written.trim();
	return /^[[(].*[\])]$/.test(tag) ? tag.slice(1, -1).trim() : tag;
}

/** Every tag a rule covers: its `tag`, the numbered run up to `tagTo`, and `alsoTags`. */
export function ruleTags(rule: ProviderRule): string[] {
	if (rule.tag === undefined) return [];
	const tags = [rule.tag.toUpperCase()];
	const from = /^(.*?)(\d+)$/.exec(rule.tag);
	const to = rule.tagTo === undefined ? null : /^(.*?)(\d+)$/.exec(rule.tagTo);
	if (from?.[1] !== undefined && from[2] && to?.[2] && to[1] === from[1] && to[2].length === from[2].length) {
		// Bounded: a run is a few hundred numbers at most (Spectrum's widest is 1350–1490).
		const last = Math.min(Number(to[2]), Number(from[2]) + 1000);
		for (let n = Number(from[2]) + 1; n <= last; n++) tags.push(`${from[1]}${String(n).padStart(from[2].length, '0')}`.toUpperCase());
	}
	for (const tag of rule.alsoTags ?? []) tags.push(tag.toUpperCase());
	return tags;
}
