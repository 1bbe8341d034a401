// A recipient is an address or nothing. A bounce quotes text an attacker wrote (DESIGN.md, "A
// recipient is an address"): a Final-Recipient that is a sentence ("your account is suspended -
// restore it at https://…"), a link, or a name with bidi controls that reorder what a person sees
// must never be shown as the recipient. What reaches a report passes through `asRecipient`.

// Bidi embedding, override and isolate controls, and the marks (Unicode UAX #9 §2): invisible, and
// they change the order in which the characters of a line are displayed.
// eslint-disable-next-line no-misleading-character-class
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// The forms an address takes inside bounces, around the addr-spec itself:
// `rfc822; a@b` (RFC 3464 §2.3.2 address-type), `[SMTP:a@b]` (Exchange / MailEnable proxy
// addresses), `dda:SMTP=a@b` (X.400 domain-defined attribute, RFC 2156 §4.2.2 / Exchange 5.5),
// `mailto:a@b` (RFC 6068), `<a@b>` (RFC 5321 path), quotes.
const WRAPPERS = /^(?:rfc822[ \t]*;[ \t]*|\[?smtp:|dda:smtp=|mailto:)/i;

// RFC 5321 §4.1.2 Mailbox with the limits of §4.5.3.1 (local part ≤ 64 octets, domain ≤ 255, a
// path ≤ 256 with its brackets: an address ≤ 254). Dot-atom local parts (RFC 5322 §3.4.1 atext);
// a domain of LDH labels with a dot, or an address literal in brackets.
const MAILBOX = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,30}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){1,126}|\[[0-9A-Fa-f:.]{2,45}\])$/;

/**
 * The address in a raw recipient value, lower-cased, or '' when the value is not an address:
 * bidi controls removed, the wrappers bounces put around an address removed, then an addr-spec of
 * at most 254 characters, no spaces, the local part at most 64.
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
	if (a.length > 254 || a.length < 3) return '';
	return MAILBOX.test(a) ? a.toLowerCase() : '';
}
