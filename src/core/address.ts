// A recipient is an address or nothing. A bounce quotes text an attacker wrote (DESIGN.md, "A
// recipient is an address"): a Final-Recipient that is a sentence ("your account is suspended -
// restore it at https://…"), a link, or a name with bidi controls that reorder what a person sees
// must never be shown as the recipient. The decoder passes every recipient through `asRecipient`;
// a surface that shows one checks it again with `validAddress`.

// Bidi embedding, override and isolate controls, and the marks (Unicode UAX #9 §2): invisible, and
// they change the order in which the characters of a line are displayed.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** RFC 5321 §4.5.3.1.3: a path holds at most 256 octets with its brackets, so an address at most 254. */
export const MAX_ADDRESS = 254;

// RFC 5321 §4.1.2 Mailbox with the limits of §4.5.3.1 (local part ≤ 64 octets, a label ≤ 63).
// Dot-atom local parts (RFC 5322 §3.4.1 atext); a domain of LDH labels with a dot, or an address
// literal in brackets. Nothing else: no space, control, quote or display name.
const MAILBOX =
	/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,30}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){1,126}|\[[0-9A-Fa-f:.]{2,45}\])$/;

// The forms an address takes inside bounces, around the addr-spec itself:
// `rfc822; a@b` (RFC 3464 §2.3.2 address-type), `[SMTP:a@b]` (Exchange / MailEnable proxy
// addresses), `dda:SMTP=a@b` (X.400 domain-defined attribute, RFC 2156 §4.2.2 / Exchange 5.5),
// `mailto:a@b` (RFC 6068), `<a@b>` (RFC 5321 path), quotes.
const WRAPPERS = /^(?:rfc822[ \t]*;[ \t]*|\[?smtp:|dda:smtp=|mailto:)/i;

/** The address with bidi controls stripped, or '' when the text is not an address as it stands. */
export function validAddress(text: string): string {
	const address = text.replace(BIDI, '').trim();
	if (address.length > MAX_ADDRESS || local(address) > 64 || !MAILBOX.test(address)) return '';
	return address;
}

/** Length of the local part (up to the last '@'). */
const local = (address: string): number => address.lastIndexOf('@');

/**
 * The address in a raw recipient value from a bounce, lower-cased, or '' when the value is not an
 * address: bidi controls removed, the wrappers bounces put around an address removed, then
 * `validAddress`.
 */
export function asRecipient(raw: string): string {
	if (!raw) return '';
	let a = raw.replace(BIDI, '').trim();
	if (a.length > 600) return '';
	a = a.replace(/^[<("'\s]+/, '').replace(/[>)"'.,;:\s]+$/, '');
	if (/^\[smtp:/i.test(a)) a = a.replace(/\][>)"'.,;:\s]*$/, '');
	a = a.replace(WRAPPERS, '').replace(/^[<("'\s]+/, '');
	const lt = a.lastIndexOf('<');
	if (lt >= 0 && a.endsWith('>')) a = a.slice(lt + 1, -1);
	return validAddress(a).toLowerCase();
}
