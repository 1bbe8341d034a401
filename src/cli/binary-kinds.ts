// What binary data that is no mail is, told by the signature its format starts with, so that the
// refusal says what to do: a bounce archived compressed (gzip is read: gzip.ts), a message saved
// from Outlook as .msg.

interface Kind {
	/** The signature's bytes, and where in the file they are. */
	magic: readonly number[];
	at?: number;
	/** The refusal: what the data is, and what to give instead. */
	words: string;
}

const KINDS: readonly Kind[] = [
	// RFC 1952 §2.3.1: ID1 ID2. Gzip data is read as what it inflates to (gzip.ts): only data of a
	// method other than deflate (CM 8), which RFC 1952 does not define, comes here.
	{magic: [0x1f, 0x8b], words: 'gzip data of a compression method other than deflate, not an email or text: gzip cannot read it either.'},
	// The bzip2 stream header: "BZh" and the block size digit.
	{magic: [0x42, 0x5a, 0x68], words: 'bzip2-compressed data, not an email or text: decompress it first (bunzip2 -c FILE | bounce-decoder -).'},
	// The .xz file format §2.1.1.1: Header Magic Bytes.
	{magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], words: 'xz-compressed data, not an email or text: decompress it first (xz -dc FILE | bounce-decoder -).'},
	// RFC 8878 §3.1.1: Magic_Number 0xFD2FB528, little-endian.
	{magic: [0x28, 0xb5, 0x2f, 0xfd], words: 'zstd-compressed data, not an email or text: decompress it first (zstd -dc FILE | bounce-decoder -).'},
	// PKWARE's APPNOTE.TXT §4.3.7: the local file header signature.
	{magic: [0x50, 0x4b, 0x03, 0x04], words: 'a zip archive, not an email or text: extract it and give its folder.'},
	// 7-Zip's 7zFormat.txt: the signature header.
	{magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], words: 'a 7-Zip archive, not an email or text: extract it and give its folder.'},
	// POSIX ustar: "ustar" in the first header block's magic field, at byte 257.
	{magic: [0x75, 0x73, 0x74, 0x61, 0x72], at: 257, words: 'a tar archive, not an email or text: extract it (tar -xf FILE) and give its folder.'},
	// [MS-CFB] §2.2: the compound file header signature, which Outlook's .msg files (and older Office documents) start with.
	{magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], words: 'an Outlook .msg file (or another Office document), not an email or text: save the message from Outlook as text, or drag it out as .eml, and give that.'},
	// ISO 32000-1 §7.5.2: the header line "%PDF-".
	{magic: [0x25, 0x50, 0x44, 0x46, 0x2d], words: 'a PDF document, not an email or text: give the bounce itself (its .eml or its text).'},
];

/** What binary data is and what to give instead, when its format is one people keep mail in by mistake; else undefined. */
export function binaryKind(bytes: Uint8Array): string | undefined {
	for (const {magic, at = 0, words} of KINDS) {
		if (bytes.length < at + magic.length) continue;
		let k = 0;
		while (k < magic.length && bytes[at + k] === magic[k]) k++;
		if (k === magic.length) return words;
	}
	return undefined;
}
