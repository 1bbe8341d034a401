// Text saved as UTF-16: Windows' "Unicode" text (Notepad, a message saved as text by Outlook,
// PowerShell's Out-File) writes two bytes a character, so a bounce in ASCII letters is half NUL bytes,
// read as UTF-8 a NUL after each letter, and taken for binary data. A byte order mark says which
// order the bytes are in (U+FEFF: FF FE little-endian, FE FF big-endian; RFC 2781 §3.2). Without one,
// text whose every second byte is zero, and the other nearly never, is UTF-16 in that order: a
// character below U+0100 written as two bytes (RFC 2781 §4.3 leaves an unmarked text's order to such
// knowledge). UTF-8 text has no NUL bytes, and binary data has them anywhere.

export type Utf16 = 'utf-16le' | 'utf-16be';

/** Bytes looked at to tell unmarked UTF-16. */
const SAMPLE = 4096;
/** Character pairs an unmarked text needs, at the least, to be told. */
const LEAST_PAIRS = 4;
/** Share of pairs with their zero byte on the other side that unmarked UTF-16 may have (a character from U+0100 up). */
const OTHER_SHARE = 0.05;

/** The order of the bytes when they are UTF-16 text (see above), else undefined. */
export function utf16Of(bytes: Uint8Array): Utf16 | undefined {
	if (bytes.length >= 2) {
		if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
		if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	}
	const pairs = Math.min(bytes.length, SAMPLE) >> 1;
	const allowed = pairs * OTHER_SHARE;
	// Text in any 8-bit charset has no NUL byte: told at once, as every input is asked. Only the first
	// `allowed` + 1 pairs need looking at: with no zero byte among them, the loop below gives up there.
	if (pairs < LEAST_PAIRS || bytes.subarray(0, 2 * Math.min(pairs, Math.floor(allowed) + 1)).indexOf(0) < 0) return undefined;
	let low = 0;
	let high = 0;
	for (let i = 0; i < pairs; i++) {
		const a = bytes[2 * i]!;
		const b = bytes[2 * i + 1]!;
		if (a !== 0 && b === 0) low++;
		else if (a === 0 && b !== 0) high++;
		else if (a === 0 && b === 0) return undefined;
		if (i + 1 - low > allowed && i + 1 - high > allowed) return undefined;
	}
	if (low >= pairs * (1 - OTHER_SHARE)) return 'utf-16le';
	if (high >= pairs * (1 - OTHER_SHARE)) return 'utf-16be';
	return undefined;
}

/** The text of bytes that are UTF-16 (its byte order mark left out), else undefined. */
export function utf16Text(bytes: Uint8Array): string | undefined {
	const order = utf16Of(bytes);
	return order && new TextDecoder(order).decode(bytes);
}
