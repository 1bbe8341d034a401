import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {binaryWords} from '../../src/cli/binary-kinds';
import {contentItem} from '../../src/cli/inputs';
import {noise, starting} from '../helpers/binary';
import {bounce, cli, tempDir} from './helpers';

describe('binaryWords', () => {
	it('says what each format is and what to give instead', () => {
		const cases: [Uint8Array, RegExp][] = [
			[starting([0x1f, 0x8b, 0x07]), /^gzip data of a compression method other than deflate/],
			[starting([0x1f, 0x8b, 0x08]), /^gzip data inside gzip data \(compressed twice\).*gunzip -c FILE \| gunzip -c \| bounce-decoder -/],
			[starting('BZh9'), /^bzip2-compressed/],
			[starting([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), /^xz-compressed/],
			[starting([0x28, 0xb5, 0x2f, 0xfd]), /^zstd-compressed/],
			[starting('PK\x03\x04'), /^a zip archive/],
			[starting([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), /^a 7-Zip archive/],
			[starting('ustar', 257), /^a tar archive.*tar -xf FILE/],
			[starting([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /^an Outlook \.msg file/],
			[starting('%PDF-1.7'), /^a PDF document/],
		];
		for (const [bytes, words] of cases) expect(binaryWords(bytes)).toMatch(words);
	});

	it('says nothing of other data', () => {
		expect(binaryWords(noise(4096))).toBeUndefined();
	});
});

describe('the refusal', () => {
	it('says what the data is, and only of data that is binary', () => {
		expect(contentItem({label: 'x'}, starting([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({type: 'error', error: expect.stringMatching(/^an Outlook \.msg file/)});
		expect(contentItem({label: 'x'}, noise(4096))).toMatchObject({type: 'error', error: 'looks like binary data, not an email or text.'});
		// Text that starts as a signature does is text.
		expect(contentItem({label: 'x'}, new Uint8Array(Buffer.from(`PK\x03\x04 ${bounce('a@b.example')}`)))).toMatchObject({type: 'content'});
	});

	it('reaches standard error as one line, and the run goes on', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'bounces.eml.bz2'), starting('BZh91AY&SY'));
		writeFileSync(join(dir, 'bounce.eml'), bounce('b@b.example'));
		const run = cli(['--csv', join(dir, 'bounces.eml.bz2'), join(dir, 'bounce.eml')]);
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(`${join(dir, 'bounces.eml.bz2')}: bzip2-compressed data, not an email or text: decompress it first (bunzip2 -c FILE | bounce-decoder -).\n`);
		expect(run.stdout).toContain('b@b.example');
	});
});
