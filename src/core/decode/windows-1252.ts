// Bytes read as Windows-1252, as the WHATWG Encoding Standard's index-windows-1252 maps them (the
// decoder a browser's TextDecoder('windows-1252') is): bytes 0x00-0x7F and 0xA0-0xFF are their own
// code points, and 0x80-0x9F are the code page's typographic characters (€ ‚ „ … “ ” – — ™ …), five
// of them left as the C1 code points of the same number. Written here because Node's TextDecoder
// reads that label as ISO-8859-1, every 0x80-0x9F byte a C1 control character (Node 20).

/** index-windows-1252's code points for the bytes 0x80-0x9F, in order. */
const HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// C1 control characters (U+0080-U+009F) say nothing in mail text: where they are found there, the
// bytes were almost always Windows-1252's typographic characters read under another label. The
// WHATWG Encoding Standard reads the labels ISO-8859-1, Latin-1 and US-ASCII as Windows-1252 for
// that reason; Node 20's decoder reads them, and Windows-1252 itself, as ISO-8859-1, so a part
// labelled so gives C1 controls where a browser gives quotes and dashes. Read through this, a
// message's text is the same in every runtime, whichever MIME path read it.
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;
const high = (c: string): string => HIGH[c.charCodeAt(0) - 0x80]!;
// The runtime's own decoder: a browser's reads index-windows-1252, Node 20's ISO-8859-1, whose C1
// controls c1AsWindows1252 then reads as the code page's characters. Either way, one character a byte.
const DECODER = new TextDecoder('windows-1252');

/** `text` with each C1 control character read as the Windows-1252 character of its byte (the five it leaves undefined stay). */
export function c1AsWindows1252(text: string): string {
	return C1.test(text) ? text.replace(C1_ALL, high) : text;
}

/** The text of `bytes` read as Windows-1252. */
export function windows1252(bytes: Uint8Array): string {
	return c1AsWindows1252(DECODER.decode(bytes));
}
