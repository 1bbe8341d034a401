// A dropped file's bytes as the popup's decoder reads them: gzip inflated (bounded), binary data
// that is no mail refused with what it is, everything else as it is.
import {gunzipSync, gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {fileBytes, inflate, type FileBytes, type MemberReader} from '../../src/popup/file-bytes';
import {noise, starting} from '../helpers/binary';
import {fixtureBounce} from './helpers';

const BOUNCE = fixtureBounce('postfix-two-recipients.eml');

const read = (bytes: Uint8Array | string, most?: number): Promise<FileBytes> => fileBytes(new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), most);

function textOf(result: FileBytes): string {
	if (!('bytes' in result)) throw new Error(`refused: ${result.refused.say}`);
	return new TextDecoder().decode(result.bytes);
}

describe('fileBytes', () => {
	it('gives a message as it is, and gzip data as what it inflates to', async () => {
		expect(await read(BOUNCE)).toEqual({bytes: new TextEncoder().encode(BOUNCE)});
		const inflated = await read(gzipSync(BOUNCE));
		expect(textOf(inflated)).toBe(BOUNCE);
		expect(inflated).not.toHaveProperty('cut');
	});

	it('refuses gzip data that inflates past the bound, saying the bound in MB', async () => {
		const big = gzipSync(Buffer.alloc(3 * 1048576, 'Final-Recipient: rfc822; a@b.example\n'));
		expect(await read(big, 2 * 1048576)).toEqual({refused: {say: 'file_inflates_too_large', subs: ['2']}});
		expect(textOf(await read(big, 4 * 1048576))).toHaveLength(3 * 1048576);
	});

	it('keeps what cut gzip data inflated to, and says it was cut; refuses gzip of which nothing inflates', async () => {
		const whole = gzipSync(BOUNCE.repeat(40));
		const cut = await read(whole.subarray(0, Math.floor(whole.length * 0.8)));
		expect(cut).toMatchObject({cut: true});
		const got = textOf(cut);
		expect(got.length).toBeGreaterThan(0);
		expect(BOUNCE.repeat(40).startsWith(got)).toBe(true);
		// The header's method byte says deflate, and what follows is no deflate data.
		const damaged = Uint8Array.from([...whole.subarray(0, 10), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
		expect(await read(damaged)).toEqual({refused: {say: 'file_gzip_unreadable', subs: []}});
	});

	it('refuses binary data, naming its format when the core knows it', async () => {
		expect(await read(noise(4096))).toEqual({refused: {say: 'file_binary', subs: []}});
		expect(await read(starting('PK\x03\x04'))).toEqual({refused: {say: 'file_kind_zip', subs: []}});
		expect(await read(starting([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({refused: {say: 'file_kind_msg', subs: []}});
		expect(await read(starting('%PDF-1.7'))).toEqual({refused: {say: 'file_kind_pdf', subs: []}});
		// Gzip of a method other than deflate is not inflated: it is named.
		expect(await read(starting([0x1f, 0x8b, 0x07]))).toEqual({refused: {say: 'file_kind_gzip_other', subs: []}});
		// Gzip data compressed twice is inflated once, as gunzip does, and the gzip inside it named.
		expect(await read(gzipSync(gzipSync(noise(4096))))).toEqual({refused: {say: 'file_kind_gzip', subs: []}});
		// A zip archive inside gzip is named as what the gzip holds.
		expect(await read(gzipSync(starting('PK\x03\x04')))).toEqual({refused: {say: 'file_kind_zip', subs: []}});
	});

	it('keeps text that starts as a format does, a stray NUL, and text saved as UTF-16', async () => {
		expect(textOf(await read(`PK\x03\x04 ${BOUNCE}`))).toBe(`PK\x03\x04 ${BOUNCE}`);
		expect(textOf(await read(`${BOUNCE}\0`))).toBe(`${BOUNCE}\0`);
		const wide = Buffer.from(`\uFEFF${BOUNCE}`, 'utf16le');
		expect(await read(wide)).toEqual({bytes: new Uint8Array(wide)});
	});
});

/**
 * A member reader that reads as Chromium's and Firefox's DecompressionStream do: the one member the
 * data starts with, then an error if anything follows it (or nothing, and an error, where no member
 * starts). Node's own stream reads on through every member, so it cannot stand in for them.
 */
function browserLike(members: Uint8Array[]): MemberReader {
	return async (gzip, most) => {
		const member = members.find(m => m.length <= gzip.length && m.every((byte, i) => gzip[i] === byte));
		if (!member) return {pieces: [], size: 0, failed: true};
		const out = new Uint8Array(gunzipSync(member));
		if (out.length > most) return undefined;
		return {pieces: [out], size: out.length, failed: gzip.length > member.length};
	};
}

describe('inflate: every gzip member, though the browser reads one', () => {
	const first = 'From: a@example.org\n\nThe first message.\n'.repeat(20);
	const second = 'From: b@example.org\n\nThe second message.\n';
	const a = gzipSync(first);
	const b = gzipSync(second);
	const text = (got: {bytes: Uint8Array} | undefined) => new TextDecoder().decode(got?.bytes);
	const most = 1048576;

	it('reads each member from where the one before ended (`cat a.gz b.gz a.gz`)', async () => {
		const got = await inflate(Buffer.concat([a, b, a]), most, browserLike([a, b]));
		expect(text(got)).toBe(first + second + first);
		expect(got).not.toHaveProperty('cut');
	});

	it('takes zero bytes after the last member for padding, as gzip(1) does', async () => {
		const got = await inflate(Buffer.concat([a, Buffer.alloc(300)]), most, browserLike([a]));
		expect(text(got)).toBe(first);
		expect(got).not.toHaveProperty('cut');
	});

	it('keeps what inflated and says it was cut where other bytes follow a member, or the next is damaged', async () => {
		const junk = await inflate(Buffer.concat([a, Buffer.from('trailing bytes')]), most, browserLike([a]));
		expect(junk).toMatchObject({cut: true});
		expect(text(junk)).toBe(first);
		const damaged = await inflate(Buffer.concat([a, b.subarray(0, 12)]), most, browserLike([a]));
		expect(damaged).toMatchObject({cut: true});
		expect(text(damaged)).toBe(first);
	});

	it('holds every member together to the bound', async () => {
		expect(await inflate(Buffer.concat([a, a, a]), first.length * 2 + 10, browserLike([a]))).toBeUndefined();
	});
});
