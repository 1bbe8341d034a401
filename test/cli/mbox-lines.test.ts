import {describe, expect, it} from 'vitest';
import {closeSync, openSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Item} from '../../src/cli/inputs';
import {isBlankLine, isSeparator, startsFrom} from '../../src/cli/mbox-lines';
import {sourceItems, wholeFileItems} from '../../src/cli/read';
import {mulberry32} from '../helpers/prng';
import {tempDir} from './helpers';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
/** An item as plain data, its bytes as text. */
const plain = (item: Item) => (item.type === 'content' ? {...item, value: text(item.value)} : item);

describe('the lines that split an mbox', () => {
	it('tells blank lines and From_ lines', () => {
		expect(isBlankLine(latin1(' \t\r\n'))).toBe(true);
		expect(isBlankLine(latin1(' x\n'))).toBe(false);
		expect(isSeparator(latin1('From a@b.example Mon Jan  5 10:00:00 2026\n'))).toBe(true);
		expect(isSeparator(latin1('From: a@b.example\n'))).toBe(false);
		expect(isSeparator(latin1('>From a@b.example Mon Jan  5 10:00:00 2026\n'))).toBe(false);
	});

	it('reads a line where it lies in a larger buffer, by its start and end', () => {
		const bytes = latin1('x\n \t\nFrom a@b.example Mon Jan  5 10:00:00 2026\nFrom\n');
		expect(isBlankLine(bytes, 2, 5)).toBe(true);
		expect(isBlankLine(bytes, 0, 5)).toBe(false);
		expect(isBlankLine(bytes, 3, 3)).toBe(true);
		expect(startsFrom(bytes, 5)).toBe(true);
		expect(startsFrom(bytes, 6)).toBe(false);
		expect(isSeparator(bytes, 5, bytes.indexOf(0x0a, 5) + 1)).toBe(true);
		// The line alone decides: not the bytes after it, nor a line cut short of its "From ".
		expect(isSeparator(bytes, 5, 9)).toBe(false);
		expect(isSeparator(bytes, bytes.length - 5, bytes.length)).toBe(false);
		expect(isSeparator(bytes, 0, 2)).toBe(false);
	});

	it("a file read whole (the reader thread's) gives the items its reading from a file descriptor gives, on random mboxes", () => {
		const rnd = mulberry32(0x6d6c);
		const lines = ['From a@b.example Mon Jan  5 10:00:00 2026', 'From c@d Tue Jan  6 10:00:00 2026\r', 'From nobody', '>From a@b Mon x', 'Subject: x', 'body', 'x', '', ' ', '\t\r', '\r', 'From a Sun '];
		const path = join(tempDir(), 'box');
		let several = 0;
		for (let k = 0; k < 600; k++) {
			const picked = Array.from({length: 1 + Math.floor(rnd() * 12)}, () => lines[Math.floor(rnd() * lines.length)]!);
			if (rnd() < 0.8) picked.unshift(lines[0]!);
			const content = latin1(picked.join('\n') + (rnd() < 0.7 ? '\n' : ''));
			writeFileSync(path, content);
			const fd = openSync(path, 'r');
			let expected: Item[];
			try {
				expected = [...sourceItems('box', fd, true)];
			} finally {
				closeSync(fd);
			}
			const items = [...wholeFileItems('box', content)];
			expect(items.map(plain), JSON.stringify(text(content))).toEqual(expected.map(plain));
			if (items.length > 1) several++;
		}
		expect(several).toBeGreaterThan(100);
	});
});
