// The words a regex cannot match without (needOf), and the automaton that finds them (anchorIndex):
// a text a regex matches always meets the regex's condition, whatever the regex and the text.
import {describe, expect, test} from 'vitest';
import {anchorIndex, needOf} from '../../../src/core/anchors';
import type {Need} from '../../../src/core/anchors';
import {mulberry32} from '../../helpers/prng';

const show = (n: Need | null): string => (n === null ? '*' : 'word' in n ? (n.word === '\u0080' ? '<non-ascii>' : n.word) : 'all' in n ? `(${n.all.map(show).join(' & ')})` : `(${n.any.map(show).join(' | ')})`);

describe('needOf', () => {
	test.each([
		[/\bI'm not going to try again\b/i, "(i'm & not & going & try & again)"],
		[/(?:^|\s)Delay reason:/, '(delay & reason:)'],
		[/Could not|cannot be/i, '((could & not) | cannot)'],
		[/-{3,} ?Transcript of session/i, '(--- & transcript & session)'],
		[/-{7}server message/, '(-------server & message)'],
		[/\\?"notificationType\\?"/, '"notificationtype'],
		[/e-?mail addresses?/i, '(mail & addresse)'],
		[/a(?=bcd)efg|wxyz?/, '(efg | wxy)'],
		[/efg|xyz?/, '*'],
		[/(?<word>abc)\k<word>def/, '(abc & def)'],
		[/[a-z]+foo{2}bar/, 'fooobar'],
		[/[a-z]+fo{2,}bar/, '(foo & obar)'],
		[/\x41bc\u0041de\cAfg/, '*'],
		[/abc\.def\/ghi/, 'abc.def/ghi'],
		[/(?:abc)?def|ghi/, '(def | ghi)'],
		[/abc|(?:)|def/, '*'],
		[/Échec de la remise/i, '(<non-ascii> & chec & remise)'],
		// A letter outside ASCII needs some character outside ASCII; the ones a view makes ASCII, a
		// space, punctuation or an optional letter need nothing.
		[/リモート|Antwort/, '(<non-ascii> | antwort)'],
		[/ab\u00e9|ſt|\u212aelvin|it’s|a\u00a0b|xé?y/iu, '*'],
		// Punctuation outside ASCII counts; white space written as itself (no-break, ideographic) does not.
		[/x«y|abc/, '(<non-ascii> | abc)'],
		[new RegExp('a\u00a0bcd|x\u3000xyz|\u200bqrs'), '(bcd | xyz | qrs)'],
		[/[^)]abc(?!def)/, 'abc'],
		[/a{2}b/, 'aab'],
		[new RegExp('abc', 'v'), '*'],
	])('%s → %s', (re, want) => {
		expect(show(needOf(re))).toBe(want);
	});
});

// Random regexes over a small alphabet and random texts: wherever a regex matches, its condition holds.
const PIECES = ['\u00e9', '\u30a2', 'S', '\u017f', '\u212a', 'k', 'abc', 'ab', 'bca', 'cab', 'a', 'b', 'c', 'AB', 'a-b', "a'b", 'a.c', '\\.', '\\-', ' ', '\\s', '\\s+', '\\b', '\\w', '\\d', '.', '[ab]', '[^a]', '^', '$', '(?=ab)', '(?!ca)', '(?<=b)', '(?<!c)', '\\1', 'x{2}', 'c{2,}', 'b{0,2}'];
const QUANTIFIERS = ['', '', '', '?', '*', '+', '{1,2}', '{2}', '{0,1}'];

function randomSource(rnd: () => number, depth = 0): string {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
	const alternatives: string[] = [];
	const count = rnd() < 0.3 ? 2 + Math.floor(rnd() * 2) : 1;
	for (let a = 0; a < count; a++) {
		let seq = '';
		const terms = 1 + Math.floor(rnd() * 4);
		for (let t = 0; t < terms; t++) {
			if (depth < 2 && rnd() < 0.2) seq += `(${rnd() < 0.5 ? '?:' : ''}${randomSource(rnd, depth + 1)})${pick(QUANTIFIERS)}`;
			else {
				const piece = pick(PIECES);
				seq += piece.length === 1 || /^\\[.\-sbwd]$/.test(piece) ? piece + pick(QUANTIFIERS) : piece;
			}
		}
		alternatives.push(seq);
	}
	return alternatives.join('|');
}

function randomText(rnd: () => number): string {
	const chars = 'abcABCx .-\'\n\t\u2019\u212a\u017f\u00e9\u30a2';
	let s = '';
	const n = Math.floor(rnd() * 24);
	for (let i = 0; i < n; i++) s += rnd() < 0.3 ? ['abc', 'bca', 'cab', 'a-b', "a'b", 'xx', 'ccc'][Math.floor(rnd() * 7)] : chars[Math.floor(rnd() * chars.length)];
	return s;
}

describe('anchor pass', () => {
	test('a regex never matches a text the anchor pass rules out (random regexes and texts)', () => {
		const rnd = mulberry32(3464);
		let matched = 0;
		let ruledOut = 0;
		for (let r = 0; r < 400; r++) {
			const source = randomSource(rnd);
			let re: RegExp;
			try {
				re = new RegExp(source, ['i', '', 'iu'][Math.floor(rnd() * 3)]);
			} catch {
				continue;
			}
			const index = anchorIndex([needOf(re)]);
			for (let t = 0; t < 60; t++) {
				const text = randomText(rnd);
				const found = index.scan(text);
				const may = index.may(0, found);
				if (re.test(text)) {
					matched++;
					expect(may, `${re} on ${JSON.stringify(text)}`).toBe(true);
				} else if (!may) ruledOut++;
				// A prefix is answered from the whole text's reading.
				const cut = Math.floor(rnd() * (text.length + 1));
				if (re.test(text.slice(0, cut))) expect(index.may(0, found, cut), `${re} on ${JSON.stringify(text.slice(0, cut))}`).toBe(true);
			}
		}
		// The property was exercised both ways.
		expect(matched).toBeGreaterThan(1000);
		expect(ruledOut).toBeGreaterThan(1000);
	});

	test('finds every word, overlapping ones and case aside, at its first end', () => {
		const index = anchorIndex([{word: 'abcab'}, {word: 'bca'}, {word: 'cabx'}, {all: [{word: 'abcab'}, {word: 'zzz'}]}, null]);
		const found = index.scan('xxABCABX bca');
		expect([0, 1, 2, 3, 4].map((i) => index.may(i, found))).toEqual([true, true, true, false, true]);
		expect(index.may(1, found, 5)).toBe(false);
		expect(index.may(1, found, 6)).toBe(true);
		expect(index.may(2, found, 7)).toBe(false);
		expect(index.may(2, found, 8)).toBe(true);
	});

	test('reads the characters a view of the text makes ASCII as those characters', () => {
		const index = anchorIndex([{word: "n't"}, {word: 'ko'}]);
		const found = index.scan('can\u2019t \u212aO');
		expect(index.may(0, found)).toBe(true);
		expect(index.may(1, found)).toBe(true);
	});

	test('every character NFC or a view maps to ASCII is read as that character', () => {
		// The scan's folds (anchors/index.ts) must cover every code point whose NFC form holds an ASCII
		// character (the other ASCII characters of a view are the text's own).
		const words = ['k', ';', '`'];
		const index = anchorIndex(words.map((word) => ({word})));
		let seen = 0;
		for (let c = 0x80; c <= 0x10ffff; c++) {
			if (c >= 0xd800 && c <= 0xdfff) continue;
			const ch = String.fromCodePoint(c);
			const ascii = ch.normalize('NFC').replace(/[^\x21-\x7e]/g, '').toLowerCase();
			if (!ascii) continue;
			seen++;
			expect(words).toContain(ascii);
			expect(index.may(words.indexOf(ascii), index.scan(ch)), `U+${c.toString(16)}`).toBe(true);
		}
		expect(seen).toBe(3);
	});
});
