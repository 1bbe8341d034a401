// What the CLI says of binary data that is no mail (src/core/binary-data.ts tells which format it
// starts with): what it is and what to give instead, a bounce archived compressed (gzip is read:
// gzip.ts), a message saved from Outlook as .msg.
import {binaryKind, type BinaryKind} from '../core';

const WORDS: Readonly<Record<BinaryKind, string>> = {
	// Gzip data is read as what it inflates to (gzip.ts): deflate gzip comes here only as what gzip data inflated to.
	gzip: 'gzip data inside gzip data (compressed twice), not an email or text: decompress it first (gunzip -c FILE | gunzip -c | bounce-decoder -).',
	'gzip-other': 'gzip data of a compression method other than deflate, not an email or text: gzip cannot read it either.',
	bzip2: 'bzip2-compressed data, not an email or text: decompress it first (bunzip2 -c FILE | bounce-decoder -).',
	xz: 'xz-compressed data, not an email or text: decompress it first (xz -dc FILE | bounce-decoder -).',
	zstd: 'zstd-compressed data, not an email or text: decompress it first (zstd -dc FILE | bounce-decoder -).',
	zip: 'a zip archive, not an email or text: extract it and give its folder.',
	'7z': 'a 7-Zip archive, not an email or text: extract it and give its folder.',
	tar: 'a tar archive, not an email or text: extract it (tar -xf FILE) and give its folder.',
	msg: 'an Outlook .msg file (or another Office document), not an email or text: save the message from Outlook as text, or drag it out as .eml, and give that.',
	pdf: 'a PDF document, not an email or text: give the bounce itself (its .eml or its text).',
};

/** What binary data is and what to give instead, when its format is one people keep mail in by mistake; else undefined. */
export function binaryWords(bytes: Uint8Array): string | undefined {
	const kind = binaryKind(bytes);
	return kind && WORDS[kind];
}
