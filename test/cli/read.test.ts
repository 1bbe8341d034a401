import {describe, expect, it} from 'vitest';
import {closeSync, openSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {join} from 'node:path';
import type {Item} from '../../src/cli/inputs';
import {isSeparator, mboxMessages} from '../../src/cli/mbox-lines';
import {CHUNK, READ_LIMIT} from '../../src/cli/limits';
import {sourceItems, wholeFileItems} from '../../src/cli/read';
import {mulberry32} from '../helpers/prng';
import {bounce, mbox, tempDir} from './helpers';

/** The items of a file holding `content`, as sourceItems gives them. */
function itemsOf(content: string | Uint8Array): Item[] {
	const path = join(tempDir(), 'input');
	writeFileSync(path, content);
	const fd = openSync(path, 'r');
	try {
		return [...sourceItems(path, fd, true)];
	} finally {
		closeSync(fd);
	}
}

const text = (item: Item) => (item.type === 'content' ? Buffer.from(item.value).toString('utf8') : '');

describe('sourceItems: an mbox split per message as it is read', () => {
	it('gives one item per message, numbered from 1, each with its From_ line', () => {
		const items = itemsOf(mbox([bounce('a@b.example'), bounce('c@d.example'), bounce('e@f.example')]));
		expect(items.map(i => i.message)).toEqual([1, 2, 3]);
		expect(items.map(i => i.type)).toEqual(['content', 'content', 'content']);
		expect(items.map(text).map(t => /Final-Recipient: rfc822; (\S+)/.exec(t)?.[1])).toEqual(['a@b.example', 'c@d.example', 'e@f.example']);
		for (const item of items) expect(text(item)).toMatch(/^From MAILER-DAEMON /);
	});

	it('does not split at a quoted >From line, nor at a From line that follows no blank line', () => {
		const body = `${bounce('a@b.example')}\n>From someone Mon Jan  5 10:00:00 2026\nline\nFrom someone Mon Jan  5 10:00:00 2026\n`;
		expect(itemsOf(mbox([body, bounce('c@d.example')])).map(i => i.message)).toEqual([1, 2]);
	});

	it('splits an mbox with CRLF line ends, and messages longer than a read chunk', () => {
		const long = bounce('a@b.example').replace('Reporting-MTA', `X-Padding: ${'x'.repeat(70_000)}\r\nX-More: ${'y '.repeat(40_000)}\r\nReporting-MTA`);
		const items = itemsOf(mbox([long, bounce('c@d.example'), long]).replace(/\n/g, '\r\n'));
		expect(items.map(i => i.message)).toEqual([1, 2, 3]);
		expect(text(items[1]!)).toMatch(/c@d\.example/);
		expect(text(items[2]!)).toMatch(/X-Padding: x{70000}/);
	});

	it('splits an mbox the same when other files are read between two of its messages', () => {
		const content = mbox([bounce('a@b.example'), bounce('c@d.example'), bounce('e@f.example')]);
		const alone = itemsOf(content).map(text);
		const path = join(tempDir(), 'input');
		writeFileSync(path, content);
		const fd = openSync(path, 'r');
		try {
			const items = sourceItems(path, fd, true);
			const first = items.next();
			// The mbox's chunk is no longer in the read buffer that other files go through.
			itemsOf(`${'Q'.repeat(5000)}
`);
			itemsOf(Buffer.alloc(70_000, 'W'));
			expect([first.value as Item, ...items].map(text)).toEqual(alone);
		} finally {
			closeSync(fd);
		}
	});

	it('keeps a lone message behind a From_ line whole and unnumbered', () => {
		const content = mbox([bounce('a@b.example')]);
		const [item, ...rest] = itemsOf(content);
		expect(rest).toEqual([]);
		expect(item).toMatchObject({type: 'content', bytes: Buffer.byteLength(content)});
		expect(item!.message).toBeUndefined();
		expect(text(item!)).toBe(content);
	});

	it('keeps at most READ_LIMIT bytes of a message and says so', () => {
		const huge = bounce('a@b.example') + `\n${'z'.repeat(READ_LIMIT + 10)}\n`;
		const items = itemsOf(mbox([huge, bounce('c@d.example')]));
		expect(items).toHaveLength(2);
		expect(items[0]).toMatchObject({type: 'content', truncated: true});
		expect((items[0] as {value: Uint8Array}).value.length).toBe(READ_LIMIT);
		expect(items[1]).toMatchObject({message: 2, type: 'content'});
		expect(items[1]).not.toHaveProperty('truncated');
	});
});

describe('sourceItems: any other input', () => {
	it('reads at most READ_LIMIT bytes of a large file, counting the whole file as consumed', () => {
		const content = `550 5.1.1 <a@b.example> user unknown\n${'filler line\n'.repeat((READ_LIMIT / 12) * 3)}`;
		const [item, ...rest] = itemsOf(content);
		expect(rest).toEqual([]);
		expect(item).toMatchObject({type: 'content', truncated: true, bytes: content.length});
		expect((item as {value: Uint8Array}).value.length).toBe(READ_LIMIT);
	});

	it('reads a small file whole, into bytes of its own, and a file of several chunks whole', () => {
		const content = bounce('a@b.example');
		const [item] = itemsOf(content);
		expect(item).toMatchObject({type: 'content', bytes: content.length});
		expect(text(item!)).toBe(content);
		// Its bytes are no view of the shared read buffer: reading other files leaves them as they were.
		for (let i = 0; i < 40; i++) itemsOf(bounce('c@d.example').repeat(8));
		expect(text(item!)).toBe(content);
		// Nor does it copy the bytes of the other files that share its buffer.
		expect((item as {value: Uint8Array}).value.slice().length).toBe(content.length);
		const long = `${content}${'filler line\n'.repeat(20_000)}`;
		const [whole, ...rest] = itemsOf(long);
		expect(rest).toEqual([]);
		expect(whole).toMatchObject({type: 'content', bytes: long.length});
		expect(whole).not.toHaveProperty('truncated');
		expect(text(whole!)).toBe(long);
	});

	it('calls an empty file empty', () => {
		expect(itemsOf('')).toEqual([{label: expect.any(String), bytes: 0, type: 'error', error: 'empty input, nothing to decode.'}]);
	});
});

describe('sourceItems and wholeFileItems: gzip data, read as what it inflates to', () => {
	const box = mbox([bounce('a@b.example'), bounce('c@d.example'), bounce('e@f.example')]);
	const recipients = (items: Item[]) => items.map(text).map(t => /Final-Recipient: rfc822; (\S+)/.exec(t)?.[1]);

	it('splits a compressed mbox per message, its items counting the compressed bytes, small or large', () => {
		// Padding that compresses little, so that the data comes out of many feeds and in many pieces.
		const rnd = mulberry32(5);
		const noise = () => Array.from({length: 1500}, () => Math.floor(rnd() * 16).toString(16)).join('');
		const large = mbox(Array.from({length: 400}, (_, i) => bounce(`u${i}@b.example`).replace('Reporting-MTA', `X-Noise: ${noise()}\r\nReporting-MTA`)));
		for (const content of [box, large]) {
			const compressed = gzipSync(content);
			const alone = itemsOf(content);
			const items = itemsOf(compressed);
			expect(items.map(i => [i.message, text(i)])).toEqual(alone.map(i => [i.message, text(i)]));
			expect(items.reduce((sum, i) => sum + (i.bytes ?? 0), 0)).toBe(compressed.length);
			if (compressed.length < CHUNK) {
				const whole = [...wholeFileItems('file', new Uint8Array(compressed), true)];
				expect(whole.map(i => [i.message, text(i), i.bytes])).toEqual(items.map(i => [i.message, text(i), i.bytes]));
			}
		}
	});

	it('reads one compressed message as one item, at most READ_LIMIT bytes of it', () => {
		const [one, ...none] = itemsOf(gzipSync(bounce('a@b.example')));
		expect(none).toEqual([]);
		expect(text(one!)).toBe(bounce('a@b.example'));
		const long = `${bounce('a@b.example')}${'filler line\n'.repeat(READ_LIMIT / 6)}`;
		const compressed = gzipSync(long);
		const [cut, ...rest] = itemsOf(compressed);
		expect(rest).toEqual([]);
		expect(cut).toMatchObject({type: 'content', truncated: true, bytes: compressed.length});
		expect((cut as {value: Uint8Array}).value.length).toBe(READ_LIMIT);
		expect(itemsOf(gzipSync(''))).toEqual([{label: expect.any(String), bytes: gzipSync('').length, type: 'error', error: 'empty input, nothing to decode.'}]);
	});

	it('gives the messages before a cut or corrupt data, then an error item that says so', () => {
		const compressed = gzipSync(mbox(Array.from({length: 300}, (_, i) => bounce(`u${i}@b.example`))));
		const items = itemsOf(compressed.subarray(0, compressed.length >> 1));
		const last = items.at(-1)!;
		expect(last).toMatchObject({type: 'error', error: expect.stringMatching(/^the gzip data ends early/)});
		const read = items.slice(0, -1);
		expect(read.length).toBeGreaterThan(100);
		expect(recipients(read.slice(0, -1))).toEqual(read.slice(0, -1).map((_, i) => `u${i}@b.example`));
		const broken = Buffer.from(compressed);
		broken.fill(0xff, compressed.length >> 1, (compressed.length >> 1) + 40);
		expect(itemsOf(broken).at(-1)).toMatchObject({type: 'error', error: expect.stringMatching(/^the gzip data is corrupt/)});
		// Data that gives nothing before it fails: its failure alone.
		expect(itemsOf(compressed.subarray(0, 12))).toEqual([{label: expect.any(String), bytes: 12, type: 'error', error: expect.stringMatching(/^the gzip data ends early/)}]);
	});
});

describe('wholeFileItems: a small file read elsewhere by one read', () => {
	it('gives the items sourceItems gives for the same file: an mbox split, a lone message, text, empty, binary', () => {
		const binary = Buffer.from(Array.from({length: 3000}, (_, i) => (i * 7919) % 256));
		for (const content of [mbox([bounce('a@b.example'), bounce('c@d.example')]), mbox([bounce('a@b.example')]), bounce('e@f.example'), '', ' \n', binary]) {
			const bytes = typeof content === 'string' ? Buffer.from(content) : content;
			const expected = itemsOf(bytes).map(item => ({...item, label: 'file'}));
			const items = [...wholeFileItems('file', new Uint8Array(bytes))];
			expect(items.map(item => (item.type === 'content' ? {...item, value: text(item)} : item))).toEqual(expected.map(item => (item.type === 'content' ? {...item, value: text(item)} : item)));
		}
		expect([...wholeFileItems('file', Buffer.from(mbox([bounce('a@b.example'), bounce('c@d.example')])))].map(item => item.message)).toEqual([1, 2]);
	});
});

/**
 * The oracle: an mbox read line by line, each line with its line break (the splitter as it was before
 * it looked only at the lines that start with "From "). A From_ line after a blank line starts a
 * message once the message before holds a line that is not blank; a line longer than `chunk` bytes
 * that has not ended when a chunk ends is read on as the end of that line, which is no From_ line.
 */
function oracle(chunks: Uint8Array[], chunk: number): {bytes: string; truncated: boolean; size: number}[] {
	const out: {bytes: string; truncated: boolean; size: number}[] = [];
	const isBlank = (line: Uint8Array) => line.every(b => b === 32 || b === 9 || b === 13 || b === 10);
	let message: number[] = [];
	// Bytes appended one by one (a spread of a line longer than a chunk would overflow the call stack).
	const append = (bytes: ArrayLike<number>) => {
		for (let i = 0; i < bytes.length; i++) message.push(bytes[i]!);
	};
	let hasContent = false;
	let previousBlank = true;
	let midLine = false;
	let carry: number[] = [];
	const finish = () => {
		const kept = message.slice(0, READ_LIMIT);
		out.push({bytes: Buffer.from(kept).toString('latin1'), truncated: message.length > READ_LIMIT, size: message.length});
		message = [];
		hasContent = false;
	};
	for (const piece of chunks) {
		const buffer = [...carry, ...piece];
		carry = [];
		let start = 0;
		for (let end = buffer.indexOf(10); end >= 0; end = buffer.indexOf(10, start)) {
			const line = Uint8Array.from(buffer.slice(start, end + 1));
			if (!midLine && previousBlank && isSeparator(line)) {
				if (hasContent) finish();
				previousBlank = false;
			} else {
				const blank = isBlank(line);
				hasContent ||= !blank;
				previousBlank = blank && !midLine;
				midLine = false;
			}
			append(line);
			start = end + 1;
		}
		const rest = buffer.slice(start);
		if (rest.length < chunk) carry = rest;
		else {
			append(rest);
			hasContent ||= !isBlank(Uint8Array.from(rest));
			midLine = true;
		}
	}
	append(carry);
	hasContent ||= !carry.every(b => b === 32 || b === 9 || b === 13 || b === 10);
	if (hasContent) finish();
	return out;
}

describe('mboxMessages: an mbox split on its From_ lines', () => {
	it('gives the messages a line-by-line reading gives, however the mbox comes in chunks', () => {
		const rnd = mulberry32(0x6d62);
		const lines = ['From a@b.example Mon Jan  5 10:00:00 2026', 'From c@d Tue Jan  6 10:00:00 2026\r', 'From nobody', '>From a@b Mon x', 'From a Sun ', 'Subject: x', 'body', 'From: x@y', '', '', ' ', '\t\r', '\r'];
		// Lines longer than a read's chunk, which may end in a chunk of their own, blank or not in their
		// first chunk and after it, and a From_ line after one.
		const stretch = () => (rnd() < 0.5 ? ' ' : 'x').repeat(Math.floor(rnd() * 1.5 * CHUNK));
		const long = () => `${stretch()}${'y'.repeat(CHUNK + 1)}${stretch()}`.replace(/y+/, m => (rnd() < 0.5 ? ' ' : 'x').repeat(m.length)) + (rnd() < 0.5 ? `\n${lines[0]}` : '');
		let messages = 0;
		for (let k = 0; k < 400; k++) {
			const picked = Array.from({length: 1 + Math.floor(rnd() * 30)}, () => (rnd() < 0.03 ? long() : lines[Math.floor(rnd() * lines.length)]!));
			picked.unshift(...Array.from({length: Math.floor(rnd() * 2)}, () => ''), lines[0]!);
			const content = Buffer.from(picked.join(rnd() < 0.3 ? '\r\n' : '\n') + (rnd() < 0.7 ? '\n' : ''), 'latin1');
			// Chunks of any size: one byte, a few, a read's worth, more.
			const chunks: Uint8Array[] = [];
			for (let at = 0; at < content.length; ) {
				const size = rnd() < 0.3 ? 1 + Math.floor(rnd() * 8) : rnd() < 0.5 ? 1 + Math.floor(rnd() * 200) : 1 + Math.floor(rnd() * 2 * CHUNK);
				chunks.push(content.subarray(at, at + size));
				at += size;
			}
			const got = [...mboxMessages(chunks)].map(m => ({bytes: Buffer.from(m.bytes).toString('latin1'), truncated: m.truncated, size: m.size}));
			expect(got, `case ${k}`).toEqual(oracle(chunks, CHUNK));
			messages += got.length;
		}
		expect(messages).toBeGreaterThan(500);
	});

	it('reads a line longer than a chunk for what it holds, before and after the chunk ends in it', () => {
		const from = 'From a@b.example Mon Jan  5 10:00:00 2026\n';
		for (const [head, tail] of [[' ', 'x'], ['x', ' '], [' ', ' ']]) {
			// The first chunk ends inside the long line, past a chunk's worth of it; the line ends in the next.
			const first = Buffer.from(from + head!.repeat(CHUNK + 10), 'latin1');
			const second = Buffer.from(`${tail!.repeat(100)}\n\n${from}body\n`, 'latin1');
			const got = [...mboxMessages([first, second])];
			expect(got.map(m => ({bytes: Buffer.from(m.bytes).toString('latin1'), truncated: m.truncated, size: m.size}))).toEqual(oracle([first, second], CHUNK));
			// Only a long line of blanks leaves its message nothing to split off.
			expect(got).toHaveLength(head === ' ' && tail === ' ' ? 1 : 2);
		}
	});
});
