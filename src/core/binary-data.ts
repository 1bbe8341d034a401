// What bytes are when they are no mail or text: mostly binary data (looksBinary), and which of the
// formats people keep mail in by mistake they start with (binaryKind), so that each surface can say
// what the data is and what to give instead: the CLI refuses such an input with a line on standard
// error (src/cli/binary-kinds.ts words it), the popup refuses a dropped file in the reader's language.
// Gzip data of the deflate method (isGzip) is read as what it inflates to, by the CLI and the popup.

/**
 * The test of whether bytes are mostly binary data rather than mail or text (looksBinary), made by a
 * function that refers to nothing outside itself: the CLI's reader thread's script (src/cli/reader-thread.ts)
 * is given its source, so the rule is written here only.
 */
export function binaryTest(): (bytes: Uint8Array) => boolean {
	/** Bytes sampled to tell text from binary data. */
	const SAMPLE = 16 * 1024;
	/** Share of control bytes above which a sample is binary: random or compressed data has ~10%, text ~0. */
	const BINARY_SHARE = 0.05;
	/** Control bytes a sample may hold whatever its length, so a short text with a stray NUL is still text. */
	const STRAY = 3;
	/** 1 for each control byte counted, 0 for the rest: one lookup per byte, no branch. */
	const CONTROL = new Uint8Array(256);
	for (let byte = 0; byte < 256; byte++) CONTROL[byte] = (byte < 32 ? byte < 9 || (byte > 13 && byte !== 27) : byte === 127) ? 1 : 0;
	return (bytes: Uint8Array): boolean => {
		const length = Math.min(bytes.length, SAMPLE);
		let control = 0;
		let i = 0;
		// Byte by byte up to a 4-byte boundary, then a word at a time: only a word that may hold a control
		// byte (one below 0x20 or 0x7f: text has one in a dozen words or so, its line breaks) is looked into.
		const head = Math.min(length, (4 - (bytes.byteOffset & 3)) & 3);
		for (; i < head; i++) control += CONTROL[bytes[i]!]!;
		const words = (length - i) >> 2;
		if (words > 0) {
			const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
			for (let k = 0; k < words; k++) {
				const word = view[k]!;
				const del = word ^ 0x7f7f7f7f;
				// Some byte is below 0x20, or is 0x7f (a zero byte of word ^ 0x7f7f7f7f): exact as a whole.
				if ((((word - 0x20202020) & ~word) | ((del - 0x01010101) & ~del)) & 0x80808080) {
					const at = i + (k << 2);
					control += CONTROL[bytes[at]!]! + CONTROL[bytes[at + 1]!]! + CONTROL[bytes[at + 2]!]! + CONTROL[bytes[at + 3]!]!;
				}
			}
			i += words << 2;
		}
		for (; i < length; i++) control += CONTROL[bytes[i]!]!;
		return control > STRAY && control / length > BINARY_SHARE;
	};
}

/**
 * True when the bytes are mostly binary data rather than mail or text: control bytes (NUL included;
 * tab, line breaks, form feed and the ESC of ISO-2022 text excluded) make up more than 5% of the
 * first 16 KiB, and there are more than 3 of them. A stray NUL, or 8-bit text in any charset, is not binary.
 */
export const looksBinary = binaryTest();

/**
 * A format told by its signature (binaryKind). `gzip`: gzip data of the deflate method, which the CLI
 * and the popup inflate, so that it is refused only where it is what gzip data inflated to (compressed
 * twice, as gunzip, which inflates once, leaves it too); `gzip-other`: gzip data of another method.
 */
export type BinaryKind = 'gzip' | 'gzip-other' | 'bzip2' | 'xz' | 'zstd' | 'zip' | '7z' | 'tar' | 'msg' | 'pdf';

interface Signature {
	kind: BinaryKind;
	/** The signature's bytes, and where in the file they are. */
	magic: readonly number[];
	at?: number;
}

const SIGNATURES: readonly Signature[] = [
	// RFC 1952 §2.3.1: ID1 ID2 and CM 8, deflate (isGzip); then ID1 ID2 of any other method, which
	// RFC 1952 does not define.
	{kind: 'gzip', magic: [0x1f, 0x8b, 0x08]},
	{kind: 'gzip-other', magic: [0x1f, 0x8b]},
	// The bzip2 stream header: "BZh" and the block size digit.
	{kind: 'bzip2', magic: [0x42, 0x5a, 0x68]},
	// The .xz file format §2.1.1.1: Header Magic Bytes.
	{kind: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]},
	// RFC 8878 §3.1.1: Magic_Number 0xFD2FB528, little-endian.
	{kind: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd]},
	// PKWARE's APPNOTE.TXT §4.3.7: the local file header signature.
	{kind: 'zip', magic: [0x50, 0x4b, 0x03, 0x04]},
	// 7-Zip's 7zFormat.txt: the signature header.
	{kind: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]},
	// POSIX ustar: "ustar" in the first header block's magic field, at byte 257.
	{kind: 'tar', magic: [0x75, 0x73, 0x74, 0x61, 0x72], at: 257},
	// [MS-CFB] §2.2: the compound file header signature, which Outlook's .msg files (and older Office documents) start with.
	{kind: 'msg', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]},
	// ISO 32000-1 §7.5.2: the header line "%PDF-".
	{kind: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d]},
];

/** The format binary data starts with, when it is one people keep mail in by mistake; else undefined. */
export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
	for (const {kind, magic, at = 0} of SIGNATURES) {
		if (bytes.length < at + magic.length) continue;
		let k = 0;
		while (k < magic.length && bytes[at + k] === magic[k]) k++;
		if (k === magic.length) return kind;
	}
	return undefined;
}

/** RFC 1952 §2.3.1: ID1 ID2 and CM 8 (deflate), the only method gzip defines. */
export function isGzip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}
