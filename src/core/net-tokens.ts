// Strict parsers for the network names a bounce quotes (an IP address, a domain) and the search
// that finds them in a reply. A bounce quotes text an attacker wrote, so a token counts only when it
// parses exactly: an IPv4 address of four decimal octets 0-255 without leading zeros, an IPv6 address
// of RFC 4291 §2.2 text form, a domain of LDH labels (RFC 1035 §2.3.1, RFC 5890 A-labels). Anything
// else (999.1.1.1, a version 15.20.7452.28, a look-alike with non-ASCII letters) is no token at all.
// Linear: each search is one pass over a capped text with bounded quantifiers.

/** Longest text searched (a reply, or a bounce's first part where the host fields are). */
const MAX_TEXT = 16 * 1024;

const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The IPv4 address in dotted-decimal form, or undefined. */
export function parseIPv4(token: string): string | undefined {
	const parts = token.split('.');
	if (parts.length !== 4 || !parts.every(p => OCTET.test(p))) return undefined;
	return parts.join('.');
}

const HEXTET = /^[0-9a-f]{1,4}$/i;

/** Groups of 16 bits in one side of an IPv6 text form, or -1 when a group is malformed. */
function groups(side: string, last: boolean): number {
	if (side === '') return 0;
	const parts = side.split(':');
	let count = 0;
	for (const [i, part] of parts.entries()) {
		// An embedded IPv4 address (RFC 4291 §2.2 form 3) is allowed as the last group only: 32 bits.
		if (last && i === parts.length - 1 && part.includes('.')) {
			if (!parseIPv4(part)) return -1;
			count += 2;
		} else if (HEXTET.test(part)) {
			count += 1;
		} else {
			return -1;
		}
	}
	return count;
}

/** The IPv6 address in lower case as written (no zone id, no prefix length), or undefined. */
export function parseIPv6(token: string): string | undefined {
	if (token.length < 2 || token.length > 45 || !/^[0-9a-fA-F:.]+$/.test(token)) return undefined;
	const halves = token.split('::');
	if (halves.length > 2) return undefined;
	if (halves.length === 1) return groups(token, true) === 8 ? token.toLowerCase() : undefined;
	const [head = '', tail = ''] = halves;
	// "::" stands for at least one zero group: each side may be empty but has no stray colon.
	if (head.startsWith(':') || tail.endsWith(':') || head.endsWith(':') || tail.startsWith(':')) return undefined;
	const left = groups(head, false);
	const right = groups(tail, true);
	if (left < 0 || right < 0 || left + right > 7) return undefined;
	return token.toLowerCase();
}

/** An IPv4 or IPv6 address, as parseIPv4 / parseIPv6 give it. */
export function parseIp(token: string): string | undefined {
	return token.includes(':') ? parseIPv6(token) : parseIPv4(token);
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A domain name of at least two LDH labels (letters, digits, hyphens; no hyphen at either end of a
 * label; 253 characters at most), lower case, without a trailing dot; undefined for anything else,
 * including an IP address and a top-level label of digits. Non-ASCII letters are refused, so a
 * look-alike (`gооgle.com` with Cyrillic o) never names a domain; its A-label (xn--) form does.
 */
export function parseDomain(token: string): string | undefined {
	const name = token.endsWith('.') ? token.slice(0, -1) : token;
	if (name.length < 3 || name.length > 253) return undefined;
	const lower = name.toLowerCase();
	const labels = lower.split('.');
	if (labels.length < 2 || !labels.every(l => LABEL.test(l))) return undefined;
	if (/^\d+$/.test(labels.at(-1)!)) return undefined;
	return lower;
}

/** What a token in a reply names. */
export type HostToken = {kind: 'ip'; value: string} | {kind: 'domain'; value: string};

// A run of the characters an IP address or a domain is made of, with what stands before and after.
const RUN = /[0-9A-Za-z.:-]{1,253}/g;
// What may stand around a token: an address literal's brackets, angle brackets, quotes, a query's =.
const OPENERS = new Set(['[', '<', '(', '"', "'", '=', ' ', '\t', '\n', '\r', ',', ';', '']);

/**
 * Every token of `text` that parses as an IP address or a domain, in order, each once. `bracketed`
 * keeps only tokens in an address literal or angle brackets (`[192.0.2.1]`, `<host.example>`), and
 * takes the domain of an address in them (`[user@bad.example]`).
 */
export function findHostTokens(text: string, {bracketed = false}: {bracketed?: boolean} = {}): HostToken[] {
	const capped = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
	const out: HostToken[] = [];
	const seen = new Set<string>();
	const push = (t: HostToken) => {
		if (seen.has(t.value)) return;
		seen.add(t.value);
		out.push(t);
	};
	for (const m of capped.matchAll(RUN)) {
		const start = m.index;
		const before = capped[start - 1] ?? '';
		// A run glued to other word characters (non-ASCII letters, an underscore) is no token.
		if (/[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}_]/u.test(capped[start + m[0].length] ?? '')) continue;
		let inBrackets = before === '[' || before === '<';
		if (before === '@') {
			// The domain of an address: bracketed when the address is.
			const from = Math.max(capped.lastIndexOf('[', start), capped.lastIndexOf('<', start));
			inBrackets = from >= 0 && start - from <= 256 && !/[\s\]>]/.test(capped.slice(from + 1, start));
		} else if (!inBrackets && !OPENERS.has(before)) {
			continue;
		}
		if (bracketed && !inBrackets) continue;
		// As written, then without the punctuation that ends a sentence or a field ("… [192.0.2.1].").
		const raw = m[0];
		const trimmed = raw.replace(/[.:-]+$/, '');
		const ip = parseIp(raw) ?? parseIp(trimmed);
		if (ip) {
			push({kind: 'ip', value: ip});
			continue;
		}
		const domain = parseDomain(trimmed);
		if (domain) push({kind: 'domain', value: domain});
	}
	return out;
}

// Addresses no block list lists: unspecified, loopback, private (RFC 1918), link-local, shared
// (RFC 6598), IPv6 loopback, link-local and unique-local (RFC 4193). A reply can name them (a
// gateway's own address, a list's 127.0.0.2 answer); a lookup for them says nothing.
const NOT_PUBLIC_V4 = /^(?:0\.|10\.|127\.|169\.254\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)/;
const NOT_PUBLIC_V6 = /^(?:::1?$|fe[89ab][0-9a-f]:|f[cd][0-9a-f]{2}:)/;

/** True for an address worth looking up on a block list (not private, loopback or link-local). */
export function isPublicIp(ip: string): boolean {
	return ip.includes(':') ? !NOT_PUBLIC_V6.test(ip) : !NOT_PUBLIC_V4.test(ip);
}
