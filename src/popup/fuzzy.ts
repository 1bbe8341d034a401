// Typo tolerance on top of the core's word search: a word that occurs nowhere in the tables is
// replaced by the nearest word that does (`mailbx` → `mailbox`, `spamm` → `spam`), so a slip of the
// finger still ranks the right codes first. The core search already matches word prefixes as
// substrings, so a half-typed last word needs no help here.
import {enhancedCodes, replyCodes, receivers} from '../core';

let vocabulary: Set<string> | undefined;
let byLength: Map<number, string[]> | undefined;

function build(): void {
	const all = new Set<string>();
	const add = (text: string) => {
		for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) if (word.length >= 2) all.add(word);
	};
	for (const e of [...enhancedCodes, ...replyCodes]) add(`${e.title} ${e.meaning} ${e.causes.join(' ')}`);
	for (const r of receivers) {
		add(r.name);
		for (const rule of r.rules) add(`${rule.title} ${rule.meaning} ${rule.tag ?? ''}`);
	}
	// Words people search for that the tables may not spell out.
	for (const word of ['spf', 'dkim', 'dmarc', 'blocked', 'blacklist', 'spam', 'quota', 'full', 'rdns', 'ptr', 'tls']) all.add(word);
	vocabulary = all;
	byLength = new Map();
	for (const word of all) {
		const list = byLength.get(word.length) ?? [];
		list.push(word);
		byLength.set(word.length, list);
	}
}

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/** Distance allowed for a word of this length: none for short words, where a typo is a different word. */
const allowance = (length: number): number => length < 4 ? 0 : length < 7 ? 1 : 2;

/** The nearest known word, or the word itself when it is known, too short, or nothing is near. */
export function correctWord(word: string, isLast = false): string {
	if (!vocabulary) build();
	const w = word.toLowerCase();
	if (vocabulary!.has(w)) return w;
	// A half-typed last word is a prefix, not a typo.
	if (isLast && [...vocabulary!].some(v => v.startsWith(w))) return w;
	const max = allowance(w.length);
	if (max === 0 || /\d/.test(w)) return w;
	let best = w;
	let bestDistance = max + 1;
	for (let length = w.length - max; length <= w.length + max; length++) {
		for (const candidate of byLength!.get(length) ?? []) {
			const d = editDistance(w, candidate, bestDistance - 1 < 0 ? 0 : Math.min(max, bestDistance));
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
	}
	return best;
}

/** The query with unknown words corrected, or undefined when nothing changed. */
export function correctQuery(query: string): string | undefined {
	const words = query.toLowerCase().split(/[^a-z0-9.]+/).filter(Boolean);
	const fixed = words.map((w, i) => correctWord(w, i === words.length - 1));
	return fixed.some((w, i) => w !== words[i]) ? fixed.join(' ') : undefined;
}
