import {describe, expect, test} from 'vitest';
import {isMbox, looksLikeMime, splitMbox} from '../../../src/core/decode/mbox';
import {mulberry32} from '../../helpers/prng';

const KNOWN = /^(?:received|return-path|from|to|subject|date|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]{1,60}|dkim-signature|arc-[a-z-]{1,30}|authentication-results|reply-to|sender|auto-submitted|cc|in-reply-to|references|precedence|content-transfer-encoding):/i;

/** looksLikeMime's definition: every header line (to the first blank one) a field or a continuation, two known fields. */
function reference(text: string): boolean {
	const head = text.slice(0, 4000).replace(/^\s+/, '');
	const lines = head.split(/\r?\n/);
	if (/^From [^\s]{1,320}[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t][^\n]{0,80}$/.test(lines[0] ?? '')) return true;
	let fields = 0;
	for (const line of lines) {
		if (!line.trim()) break;
		if (/^[ \t]/.test(line)) continue;
		if (!/^[!-9;-~]{1,76}:/.test(line)) return false;
		if (KNOWN.test(line)) fields++;
	}
	return fields >= 2;
}

const SEPARATOR = /^From [^\s]{1,320}[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t][^\n]{0,80}$/;

/** isMbox's definition: the first line after the leading white space is a From_ line. */
const mboxReference = (text: string): boolean => SEPARATOR.test(text.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '');

/** splitMbox's definition, line by line: a From_ line after a blank line (or first) ends a message and is dropped. */
function splitReference(text: string): string[] {
	if (!mboxReference(text)) return [text];
	const lines = text.split('\n');
	const out: string[] = [];
	let cur: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (SEPARATOR.test(lines[i]!.replace(/\r$/, '')) && (i === 0 || !lines[i - 1]!.trim())) {
			if (cur.length) out.push(cur.join('\n'));
			cur = [];
		} else cur.push(lines[i]!);
	}
	if (cur.length) out.push(cur.join('\n'));
	return out.filter((m) => m.trim());
}

describe('telling a raw message from displayed text', () => {
	test('a header block with two known fields is a message; a line that is no field before its end is not', () => {
		expect(looksLikeMime('Received: from a\r\n\tby b\r\nX-Whatever: 1\r\nSubject: hi\r\n\r\nBody: not a header\n')).toBe(true);
		expect(looksLikeMime('Subject: hi\nDelivery failed for this message\nTo: a@b.example\n')).toBe(false);
		expect(looksLikeMime('Subject: hi\nX-Custom-Field: 1\n')).toBe(true);
		expect(looksLikeMime('Subject: hi\nNot-Known: 1\n')).toBe(false);
		// A line of no-break spaces ends the header block as a blank line does.
		expect(looksLikeMime('Subject: hi\n\u00a0\nno field here\nTo: x\n')).toBe(false);
		expect(looksLikeMime('Subject: hi\nTo: x\n\u00a0\nno field here\n')).toBe(true);
		expect(looksLikeMime('From alice@example.org Mon Jan  1 00:00:00 2024\nno field\n')).toBe(true);
	});

	test('equals its line-by-line definition on random header blocks', () => {
		const rnd = mulberry32(0x3b0c);
		const tokens = ['Subject: x\n', 'To: a\r\n', 'X-A-B: 1\n', 'Received: y\n', 'Subject: x', 'To: a', 'Foo: z', 'plain words', ' folded', '\t', ':', '\u00a0', '\r', '\n', '\r\n', '\n\n', 'A'.repeat(80), 'Arc-Seal:', ' '];
		let yes = 0;
		for (let k = 0; k < 4000; k++) {
			const text = Array.from({length: 1 + Math.floor(rnd() * 12)}, () => tokens[Math.floor(rnd() * tokens.length)]).join('');
			const expected = reference(text);
			if (expected) yes++;
			expect(looksLikeMime(text), JSON.stringify(text)).toBe(expected);
		}
		expect(yes).toBeGreaterThan(300);
	});

	test('an mbox is split at its From_ lines', () => {
		const box = 'From a@b.example Mon Jan  1 00:00:00 2024\nSubject: one\n\nx\n\nFrom c@d.example Tue Jan  2 00:00:00 2024\nSubject: two\n\ny\n';
		expect(isMbox(box)).toBe(true);
		expect(splitMbox(box)).toEqual(['Subject: one\n\nx\n', 'Subject: two\n\ny\n']);
	});

	test('isMbox and splitMbox equal their line-by-line definitions on random mboxes', () => {
		const rnd = mulberry32(0x6d62);
		const tokens = ['From a@b.example Mon Jan  1 00:00:00 2024', 'From c@d Tue Jan  2 00:00:00 2024\r', 'From x', '>From a@b Mon x', 'From  a Mon x', 'Subject: one', 'x', '', ' ', '\t', '\r', '\u00a0', '\n', 'From a Sun \r'];
		let boxes = 0;
		for (let k = 0; k < 4000; k++) {
			const lines = Array.from({length: 1 + Math.floor(rnd() * 12)}, () => tokens[Math.floor(rnd() * tokens.length)]!);
			if (rnd() < 0.7) lines.unshift(tokens[0]!);
			const text = lines.join(rnd() < 0.8 ? '\n' : rnd() < 0.5 ? '\r\n' : '');
			expect(isMbox(text), JSON.stringify(text)).toBe(mboxReference(text));
			const split = splitMbox(text);
			expect(split, JSON.stringify(text)).toEqual(splitReference(text));
			if (split.length > 1) boxes++;
		}
		expect(boxes).toBeGreaterThan(300);
	});
});
