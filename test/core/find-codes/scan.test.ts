import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {scanMatches} from '../../../src/core/find-codes/scan';
import {buildBenchText} from '../../../bench/find-codes.bench';

// The scanner drops, inside its regex, lone replies and enhanced codes it would refuse anyway
// (scan.ts, CANDIDATES). That is only a speed-up if it never changes a result: these tests scan
// with and without it.

const same = (text: string): void => {
	expect(scanMatches(text, true)).toEqual(scanMatches(text, false));
};

/** Deterministic pseudo-random numbers (a linear congruential generator), so failures replay. */
function generator(seed: number): () => number {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
}

// Generated texts are made of segments: what leads, quoting marks, blanks, the code, what follows.
// Each list holds what decides a code's fate in the scanner (guards.ts, context.ts).
const LEAD = [
	'', '\n', '\r\n', '\n\n', 'a', 'Z', '1', ')', '(', ']', '[', '.', ',', '!', '?', '=', '$', '+1', '_', ':',
	';', 'said:', 'said: ', "returned '", 'smtp;', 'X-Unix;', 'Status:', 'version', 'at 10:', 'error', 'for',
	'\u2028', 'x'.repeat(30),
];
const MARKS = ['', '', '', '#', '*', '|', '<', '-', '>', '"', "'", '->', '<<<', '"#', '> |', '" -', '> > ', '#*', "'|", ' # ', '-'.repeat(22)];
const BLANKS = ['', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', ' \u00a0 ', ' '.repeat(38), ' '.repeat(39), ' '.repeat(40), ' '.repeat(64)];
const CODES = ['550', '421', '250', '554', '5.1.1', '4.7.0', '2.0.0', '550 5.1.1', '550-5.1.1', "550-'", '550 #5.1.0', '5.5.5.5', '5.1.10', '5.7.123', '5.1.2024', '550 5.1.100'];
const AFTER = [
	'', ' ', ' user unknown', ' Requested action', ' KB', ' ms', ' days', ' 555 0100', ' 30', '-0100', '-or domain',
	':', ': <a@b>: no', ': 5.2.2', ' <a@b>', ' "x"', ' [host]', ' mx.example.com closing', '\n    5.1.1 no',
	'\n> 4.7.0', '  \n 5.7.1', '.', '.1', '.x', '-150', '-', ':30', ':', ',2', ',', '@h', '/x', '\\', '%', '_', 'x', '\n', '\n\n', ' '.repeat(30) + '5.1.1', ' '.repeat(41) + '5.1.1',
];

describe('scanMatches prefilter', () => {
	it('changes no token on the bench text', () => {
		same(buildBenchText(400_000));
		same(buildBenchText(400_000, true));
	});

	it('changes no token on the diagnostic fixtures (real reply lines, positive and look-alike)', () => {
		const dir = 'test/fixtures/diagnostics/';
		const names = readdirSync(dir);
		for (const name of names) same(readFileSync(dir + name, 'utf8'));
		expect(names.length).toBeGreaterThan(1);
	});

	it('changes no token on 60,000 generated texts, short and long', () => {
		const random = generator(20261122);
		const pick = (list: string[]): string => list[Math.floor(random() * list.length)]!;
		for (let k = 0; k < 60_000; k++) {
			const count = 1 + Math.floor(random() * (k % 10 === 0 ? 40 : 4));
			let text = '';
			for (let j = 0; j < count; j++) text += pick(LEAD) + pick(MARKS) + pick(BLANKS) + pick(CODES) + pick(AFTER);
			same(text);
		}
	});

	it('still finds what only an open multi-line reply makes a code', () => {
		const text = '550-5.1.1 The account\n550-or domain may not exist\n550 5.1.1 please check\nfor 550 days';
		const codes = scanMatches(text).map((m) => `${m.code}@${m.start}`);
		expect(codes).toContain('550@22');
		expect(codes).not.toContain(`550@${text.lastIndexOf('550')}`);
	});
});
