import {describe, expect, test} from 'vitest';
import {readFields} from '../../../src/core/decode/mime-fields';
import {sourceOf} from '../../../src/core/decode/mime-source';
import {mulberry32} from '../../helpers/prng';

/** readFields' definition, line by line: split at LF, final CRs dropped, blank-led lines joined, then name and value trimmed. */
function reference(block: string): [string, string][] {
	if (!block) return [];
	const lines = block.split('\n');
	if (block.endsWith('\n')) lines.pop();
	const unfolded: string[] = [];
	for (const line of lines.map((l) => l.replace(/\r+$/, ''))) {
		if (unfolded.length && /^[ \t]/.test(line)) unfolded[unfolded.length - 1] += line;
		else unfolded.push(line);
	}
	const trim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, '');
	return unfolded.map((line) => {
		const sep = line.indexOf(':');
		if (sep < 0) return [trim(line).toLowerCase(), ''];
		return [trim(line.slice(0, sep)).toLowerCase(), trim(line.slice(sep + 1).replace(/\r+/g, ' '))];
	});
}

const fieldsOf = (text: string, from = 0): [string, string][] => {
	const source = sourceOf(`${'x'.repeat(from)}${text}tail`);
	return readFields(source, from, from + new TextEncoder().encode(text).length);
};

describe('the fields of a header block', () => {
	test('unfolds folded lines, lower-cases names, trims both sides, keeps order and duplicates', () => {
		expect(fieldsOf('Received: from a\r\n\tby b\r\nSubject:  Hi \r\nreceived: c\r\n')).toEqual([
			['received', 'from a\tby b'],
			['subject', 'Hi'],
			['received', 'c'],
		]);
		// A CR inside a field is a space; a line without a colon is a name without a value.
		expect(fieldsOf('To: a\r\rb\nno colon here\n\t: x\nnone\n:y\n')).toEqual([['to', 'a b'], ['no colon here', 'x'], ['none', ''], ['', 'y']]);
		// The block read from the middle of a message, its last line without an LF.
		expect(fieldsOf('From: x@y.example\nX-A: 1', 7)).toEqual([['from', 'x@y.example'], ['x-a', '1']]);
	});

	test('UTF-8 text in a field reads the same from the index and from the decoded bytes', () => {
		const block = 'Subject: caf\u00e9 \u20ac\n\tsuite\nFrom: \u00e9 <e@x.example>\n';
		expect(sourceOf(block).utf8).toBe(false);
		expect(fieldsOf(block, 3)).toEqual(reference(block));
	});

	test('equals its line-by-line definition on random blocks', () => {
		const rnd = mulberry32(0xf1e1d);
		const tokens = ['A', 'b', ':', ' ', '\t', '\r', '\n', '\r\n', 'To', 'x-Y', '\u00e9', '\ufffd'];
		for (let k = 0; k < 5000; k++) {
			const block = Array.from({length: Math.floor(rnd() * 30)}, () => tokens[Math.floor(rnd() * tokens.length)]).join('');
			expect(fieldsOf(block, k % 3)).toEqual(reference(block));
		}
	});
});
