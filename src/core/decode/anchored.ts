// The anchor pass over a message's text, shared by the decoder's readers of it: each registers the
// patterns it searches the whole text with (anchored), and one reading of the text then tells which
// of them cannot match (anchors/), so those searches are skipped. The words of all registered
// patterns go into one automaton, built when first needed and again after a registration.
import {anchorIndexOf, anchorTables, needOf} from '../anchors';
import {builtTables, patternInputs} from '../kept-tables';
import type {AnchorIndex, Found} from '../anchors';
import {emailScope} from '../email-scope';

const patterns: RegExp[] = [];
const slots = new Map<RegExp, number>();
let index: AnchorIndex | undefined;

/** Registers the pattern for the anchor pass; returns it. */
export function anchored<P extends RegExp>(pattern: P): P {
	if (!slots.has(pattern)) {
		slots.set(pattern, patterns.length);
		patterns.push(pattern);
		index = undefined;
	}
	return pattern;
}

// The last text read and what was found in it: the decoder asks about one message's text (and its
// prefixes: the part before the returned message, its first 8,000 characters) many times in a row;
// kept within one email only (email-scope.ts).
let lastText: string | undefined;
let lastScope = -1;
let lastFound: Found | undefined;
let lastIndex: AnchorIndex | undefined;
// A string already found to be a prefix of lastText: asked again (each search of one prefix), it is
// answered without comparing its characters once more.
let lastPrefix: string | undefined;

function foundIn(text: string, current: AnchorIndex): Found {
	if (lastFound && lastIndex === current && lastScope === emailScope() && lastText !== undefined) {
		if (text === lastText || text === lastPrefix) return lastFound;
		if (text.length < lastText.length && lastText.startsWith(text)) {
			lastPrefix = text;
			return lastFound;
		}
	}
	lastText = text;
	lastPrefix = undefined;
	lastScope = emailScope();
	// The reading replaces the last one: its array is written over (nothing else keeps it).
	lastFound = current.scan(text, lastIndex === current ? lastFound : undefined);
	lastIndex = current;
	return lastFound;
}

/**
 * False when the anchor pass rules out that the pattern matches the text. A text that is a prefix of
 * the one last read is answered from that reading, by where the words were found.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
	const slot = slots.get(pattern);
	if (slot === undefined) return true;
	index ??= anchorIndexOf(builtTables('anchors', () => JSON.stringify(patterns.map(patternInputs)), () => anchorTables(patterns.map(needOf))));
	return index.may(slot, foundIn(text, index), text.length);
}

/** pattern.test(text) (from the start of the text), skipped when the anchor pass rules it out. */
export function testAnchored(pattern: RegExp, text: string): boolean {
	if (!mayMatch(pattern, text)) return false;
	pattern.lastIndex = 0;
	return pattern.test(text);
}

/** The registered patterns, in order (the tests hold each to the anchor pass). */
export function anchoredPatterns(): readonly RegExp[] {
	return patterns;
}
