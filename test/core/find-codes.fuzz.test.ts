import {describe, expect, it} from 'vitest';
import {findCodes, findMatches} from '../../src/core/find-codes';
import type {CodeMatch, Finding} from '../../src/core/types';
import {mulberry32} from '../helpers/prng';

// Hostile text must never throw, never produce a bad offset, and never take super-linear time
// (DESIGN.md: "Regexes are linear …; fuzz tests prove it"). Seeded, so a failure reproduces.

/** Pieces that sit near the guards' edges: codes, glue, look-alikes, brackets, line breaks. */
const PIECES = [
	'550', '5.1.1', '4.7.0', '2.0.0', '421', '250', '554', '5.7.650', '5.1.10', '10.5.1.1', '15.1.112.19',
	'v5.1.1', '$550', '550 KB', '2024-05-01', '01.05.2024', '+1 550 555 0100', '<a.550@b>', ':25',
	'said: ', 'returned \'', 'smtp;', 'Status: ', '-> ', '<<< ', '> ', '#', '(#', ')', '\'', '-', '--',
	'[TSS04]', '[CS01]', '[HME1]', '(S3150)', '(AS843)', 'AS(2005)', 'AS(', '[', ']', '(', '(S', 'TSS',
	'\n', '\r\n', '\n    ', '\n\n', ' ', '  ', '\t', '\u00a0', '.', '..', '0', '9', '5', 'x', 'é', '🙂',
	'User unknown', 'Service not available', 'version ', 'section ', 'mx.example.com', '§', '€',
];
const CHARS = '0123456789.-#\'"[]()<>:; \n\tSATHCPBLGxyz';

function randomInput(rand: () => number): string {
	const parts = Math.floor(rand() * 24);
	let s = '';
	for (let k = 0; k < parts; k++) {
		s += rand() < 0.6
			? PIECES[Math.floor(rand() * PIECES.length)]!
			: CHARS[Math.floor(rand() * CHARS.length)]!;
	}
	return s;
}

function checkMatches(text: string, matches: readonly CodeMatch[]): void {
	let last = 0;
	for (const m of matches) {
		if (m.start < last || m.end <= m.start || m.end > text.length) throw new Error(`bad offsets ${JSON.stringify(m)}`);
		if (text.slice(m.start, m.end) !== m.code) throw new Error(`token mismatch ${JSON.stringify(m)}`);
		last = m.end;
	}
}

function checkFindings(text: string, findings: readonly Finding[]): void {
	let last = 0;
	for (const f of findings) {
		if (f.start < last || f.end < f.start || f.end > text.length) throw new Error(`bad finding span ${f.start}-${f.end}`);
		if (f.text.length > 1000) throw new Error('finding text over the cap');
		for (const m of [f.reply, f.enhanced, ...f.tags]) {
			if (m && (m.start < f.start || m.end > f.end)) throw new Error(`token outside its finding ${JSON.stringify(m)}`);
		}
		last = f.end;
	}
}

describe('fuzz', () => {
	it('survives 100,000 random inputs with valid offsets', () => {
		const rand = mulberry32(0x5eed);
		let tokens = 0;
		for (let k = 0; k < 100_000; k++) {
			const text = randomInput(rand);
			const matches = findMatches(text);
			checkMatches(text, matches);
			checkFindings(text, findCodes(text));
			tokens += matches.length;
		}
		// The generator must actually reach the finder, not only feed it noise.
		expect(tokens).toBeGreaterThan(50_000);
	});

	/** Patterns that break backtracking regexes or quadratic scans, built to `size` chars. */
	const PATHOLOGICAL: Array<[string, (size: number, rand: () => number) => string]> = [
		['5.5.5.5…', (n) => '5.'.repeat(n / 2)],
		['550-550-550-…', (n) => '550-'.repeat(n / 4)],
		['550 550 550 …', (n) => '550 '.repeat(n / 4)],
		['550-5.1.1 continuations on one line', (n) => '550-5.1.1 x '.repeat(n / 12)],
		['said: 550 5.1.1 on one 1 MB line', (n) => 'said: 550 5.1.1 User unknown [TSS04] '.repeat(n / 37)],
		['one reply, endless continuation lines', (n) => '550-x\n    ' + 'more text\n    '.repeat(n / 15)],
		['digits and dots soup', (n, rand) =>
			Array.from({length: n}, () => '0123456789..'[Math.floor(rand() * 12)]).join('')],
		['digits, dots, hyphens and spaces soup', (n, rand) =>
			Array.from({length: n}, () => '2455501.- \n'[Math.floor(rand() * 11)]).join('')],
		['brackets', (n) => '[(['.repeat(n / 3)],
		['unclosed tags', (n) => '[TSS0(S315AS(1'.repeat(n / 14)],
		['spaces then a code', (n) => ' '.repeat(n - 3) + '550'],
		['quote marks before codes', (n) => '> > > > 550\n'.repeat(n / 12)],
		['colons', (n) => ':'.repeat(n - 9) + ' 550 5.1.1'],
		['newlines', (n) => '\n'.repeat(n - 3) + '550'],
	];

	/** Best of 3 rounds, interleaved: 1 MB once against ten passes over 100 KB (the same work if linear). */
	function times(small: string, large: string): {small: number; large: number} {
		let tSmall = Infinity;
		let tLarge = Infinity;
		for (let r = 0; r < 3; r++) {
			let t0 = performance.now();
			for (let k = 0; k < 10; k++) checkFindings(small, findCodes(small));
			tSmall = Math.min(tSmall, performance.now() - t0);
			t0 = performance.now();
			checkFindings(large, findCodes(large));
			tLarge = Math.min(tLarge, performance.now() - t0);
		}
		return {small: tSmall, large: tLarge};
	}

	it.each(PATHOLOGICAL)('stays linear on %s (1 MB vs 100 KB)', (name, build) => {
		const rand = mulberry32(42);
		const small = build(100_000, rand);
		const large = build(1_000_000, rand);
		checkMatches(large, findMatches(large));
		const t = times(small, large);
		// How many times longer 1 MB takes than 100 KB: 10 is linear, 100 quadratic. Measured as 1 MB
		// against ten 100 KB passes, best of 3 interleaved, so that load and GC hit both sides; the
		// 1 MB side also carries more GC (all its tokens stay alive). Sub-ms times are noise: floor 2 ms.
		const growth = (10 * t.large) / Math.max(t.small, 2);
		const perKb = t.large / 1000;
		console.log(`${name}: 1 MB ${t.large.toFixed(1)} ms (${perKb.toFixed(3)} ms/KB), growth ×${growth.toFixed(1)} for ×10 input`);
		expect(growth).toBeLessThan(40);
		// A tripwire for catastrophic backtracking, generous enough for a loaded machine.
		expect(t.large).toBeLessThan(5000);
	});
});
