import {describe, expect, it} from 'vitest';
import {closeSync, openSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Item} from '../../src/cli/inputs';
import {READ_LIMIT} from '../../src/cli/limits';
import {lines, sourceItems, wholeFileItems} from '../../src/cli/read';
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

describe('lines (--files-from)', () => {
	it('gives each line without its line break, across chunks and multi-byte characters', () => {
		const name = 'dossier/é.eml';
		const encoded = Buffer.from(`a.eml\r\n${name}\nlast`);
		const cut = encoded.indexOf(Buffer.from('é')) + 1; // inside the two bytes of é
		expect([...lines([encoded.subarray(0, cut), encoded.subarray(cut)])]).toEqual(['a.eml', name, 'last']);
	});
});
