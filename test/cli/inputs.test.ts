import {describe, expect, it} from 'vitest';
import {looksBinary} from '../../src/core/binary-data';
import {argumentItem, contentItem} from '../../src/cli/inputs';
import {mulberry32} from '../helpers/prng';

const bytes = (text: string) => new TextEncoder().encode(text);

function randomBytes(length: number, seed: number): Uint8Array {
	const next = mulberry32(seed);
	return Uint8Array.from({length}, () => Math.floor(next() * 256));
}

describe('contentItem', () => {
	it('calls nothing but white space empty, binary data binary, and keeps the rest', () => {
		expect(contentItem({label: 'x'}, bytes(' \r\n\t '))).toMatchObject({type: 'error', error: expect.stringMatching(/^empty input/)});
		expect(contentItem({label: 'x'}, randomBytes(3000, 9))).toMatchObject({type: 'error', error: expect.stringMatching(/binary/)});
		expect(contentItem({label: 'x', message: 2}, bytes('hello'), true)).toMatchObject({type: 'content', message: 2, truncated: true});
	});

	it('keeps text saved as UTF-16, which is half NUL bytes, whether the reader thread found it binary or not', () => {
		const wide = new Uint8Array(Buffer.from('\uFEFFDelivery has failed to these recipients:\r\nalice@example.org\r\n', 'utf16le'));
		expect(looksBinary(wide)).toBe(true);
		expect(contentItem({label: 'x'}, wide)).toMatchObject({type: 'content', value: wide});
		expect(contentItem({label: 'x'}, wide, false, true)).toMatchObject({type: 'content', value: wide});
	});

	it('takes looksBinary as found already when given, and keeps the origin', () => {
		expect(contentItem({label: 'x', bytes: 5}, bytes('hello'), false, true)).toEqual({label: 'x', bytes: 5, type: 'error', error: 'looks like binary data, not an email or text.'});
		expect(contentItem({label: 'x', bytes: 3000, isText: true}, randomBytes(3000, 9), false, false)).toMatchObject({label: 'x', bytes: 3000, isText: true, type: 'content'});
		expect(contentItem({label: 'x'}, bytes(' '), false, true)).toMatchObject({type: 'error', error: expect.stringMatching(/^empty input/)});
	});
});

describe('argumentItem: an argument that is no existing path', () => {
	it('is an error when it looks like a path (a / or a mail file extension, no spaces)', () => {
		for (const arg of ['missing/file.eml', 'bounce.eml', 'C:\\mail\\x', './x', 'report.mbox', 'mail.txt', 'bounces.mbox.gz']) {
			expect(argumentItem(arg), arg).toMatchObject({type: 'error', error: 'no such file or folder.'});
		}
	});

	it('is a code when it reads as one, else a text', () => {
		expect(argumentItem('5.7.26')).toMatchObject({type: 'code'});
		expect(argumentItem('550 5.1.1')).toMatchObject({type: 'code'});
		expect(argumentItem('TSS04')).toMatchObject({type: 'code'});
		expect(argumentItem('550 5.1.1 user unknown: see https://example.org/help.html')).toMatchObject({type: 'content', isText: true});
		expect(argumentItem('')).toMatchObject({type: 'error', error: expect.stringMatching(/^empty argument/)});
	});
});
