import {describe, expect, test} from 'vitest';
import {encodingOf, LightPart, NotLight} from '../../../src/core/decode/mime-leaf';
import {headerBlock} from '../../../src/core/decode/message';
import {sourceOf} from '../../../src/core/decode/mime-source';

/** A leaf whose body is raw[bodyAt, stop), with the given transfer encoding. */
const leaf = (bodyAt: number, stop: number, encoding?: string) => ({transferEncoding: encoding, bodyAt, stop});

describe('a leaf of the light splitter', () => {
	test('its transfer encoding token, lower-cased; a comment in it is left to postal-mime', () => {
		expect(encodingOf(leaf(0, 0))).toBe('8bit');
		expect(encodingOf(leaf(0, 0, ' Quoted-Printable '))).toBe('quoted-printable');
		expect(encodingOf(leaf(0, 0, 'base64'))).toBe('base64');
		expect(encodingOf(leaf(0, 0, '7BIT'))).toBe('7bit');
		expect(encodingOf(leaf(0, 0, ''))).toBe('');
		expect(() => encodingOf(leaf(0, 0, 'base64 (x)'))).toThrow(NotLight);
	});

	test('a returned message: its content when asked, and its header block without reading the rest', () => {
		const raw = 'Content-Type: message/rfc822\r\n\r\nFrom: a@b.example\r\nSubject: x\r\n\r\nbody\r\n';
		const part = new LightPart('message/rfc822', sourceOf(raw), leaf(32, raw.length), '7bit');
		expect(part.content).toBe('From: a@b.example\nSubject: x\n\nbody\n');
		expect(part.head()).toBe('From: a@b.example\nSubject: x');
		expect(part.head()).toBe(headerBlock(part.content as string));
	});

	test('no header block from the index where the content is read from the bytes', () => {
		const raw = 'Content-Transfer-Encoding: base64\n\nRnJvbTogYUBiLmV4YW1wbGUKCng=\n';
		const part = new LightPart('message/rfc822', sourceOf(raw), leaf(35, raw.length), 'base64');
		expect(part.head()).toBeUndefined();
		expect(new TextDecoder().decode(part.content as Uint8Array)).toBe('From: a@b.example\n\nx');
		// An 8-bit byte outside a UTF-8 sequence reads as U+FFFD, in the header block as in the content.
		const latin = Uint8Array.from('\n\nFrom: caf\u00e9\n\nx\n', (c) => c.charCodeAt(0));
		const eight = new LightPart('text/rfc822-headers', sourceOf(latin), leaf(2, latin.length), '8bit');
		expect(eight.head()).toBe('From: caf\ufffd');
		expect(eight.head()).toBe(headerBlock(eight.content as string));
	});
});
