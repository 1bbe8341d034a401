// A recipient shown to a person must be an address: a bounce quotes text an attacker wrote, and a
// "recipient" may be a sentence ("your account is suspended - restore it at https://…") or carry
// bidi controls that reorder what is displayed (Unicode TR #9, the explicit formatting characters).

/** Bidi controls: ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `local@domain` with no space, no angle bracket, quote or other separator, and a dotted or bare domain. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,253}$/u;

/** Control and other format characters (zero-width joiners, BOM) left after the bidi controls go. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, so an address at most 254. */
export const MAX_ADDRESS = 254;

/** The address with bidi controls stripped, or '' when the text is no address. */
export function validAddress(text: string): string {
	const address = text.replace(BIDI, '').trim();
	if (address.length > MAX_ADDRESS || !ADDRESS.test(address) || INVISIBLE.test(address)) return '';
	return address;
}
