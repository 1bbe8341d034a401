// Strict parsers for the names and addresses the DNS checks query. Every domain and IP comes from a bounce
// (attacker-written text) or from a person's typing: only a token that parses whole as a host name or an
// IP address is ever put in a query, in one canonical form.

export interface IPv4 {
	version: 4;
	/** Dotted quad, no leading zeros. */
	text: string;
	octets: number[];
}

export interface IPv6 {
	version: 6;
	/** RFC 5952 form: lower case, the longest run of zero groups as ::. */
	text: string;
	/** Eight 16-bit groups. */
	groups: number[];
}

export type Ip = IPv4 | IPv6;

/** A dotted quad, each part 0-255 written without leading zeros (so 010 is never read as octal or decimal). */
export function parseIPv4(text: string): IPv4 | undefined {
	if (text.length > 15) return undefined;
	const parts = text.split('.');
	if (parts.length !== 4) return undefined;
	const octets: number[] = [];
	for (const part of parts) {
		if (!/^(?:0|[1-9]\d{0,2})$/.test(part)) return undefined;
		const value = Number(part);
		if (value > 255) return undefined;
		octets.push(value);
	}
	return {version: 4, text: octets.join('.'), octets};
}

/** An IPv6 address (RFC 4291 §2.2 text forms, an embedded IPv4 tail included; no zone index). */
export function parseIPv6(text: string): IPv6 | undefined {
	if (text.length < 2 || text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
	const halves = text.split('::');
	if (halves.length > 2) return undefined;
	const groupsOf = (half: string): number[] | undefined => {
		if (half === '') return [];
		const out: number[] = [];
		const parts = half.split(':');
		for (const [i, part] of parts.entries()) {
			if (i === parts.length - 1 && part.includes('.')) {
				const v4 = parseIPv4(part);
				if (!v4) return undefined;
				out.push((v4.octets[0]! << 8) | v4.octets[1]!, (v4.octets[2]! << 8) | v4.octets[3]!);
			} else {
				if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return undefined;
				out.push(parseInt(part, 16));
			}
		}
		return out;
	};
	const head = groupsOf(halves[0]!);
	const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
	if (!head || !tail) return undefined;
	let groups: number[];
	if (halves.length === 2) {
		const missing = 8 - head.length - tail.length;
		if (missing < 1) return undefined;
		groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
	} else groups = head;
	if (groups.length !== 8) return undefined;
	return {version: 6, text: ipv6Text(groups), groups};
}

/** RFC 5952 §4: lower case, no leading zeros, the first longest run of two or more zero groups as ::. */
function ipv6Text(groups: number[]): string {
	let best = -1;
	let bestLength = 1;
	for (let i = 0; i < 8;) {
		if (groups[i] !== 0) {
			i++;
			continue;
		}
		let j = i;
		while (j < 8 && groups[j] === 0) j++;
		if (j - i > bestLength) {
			best = i;
			bestLength = j - i;
		}
		i = j;
	}
	const hex = groups.map(g => g.toString(16));
	if (best < 0) return hex.join(':');
	return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/** An IPv4 or IPv6 address; IPv6 may be written in brackets ([2001:db8::1]) as mail servers quote it. */
export function parseIp(text: string): Ip | undefined {
	const trimmed = text.trim();
	const bare = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
	const ipv6 = bare.replace(/^ipv6:/i, '');
	return parseIPv4(bare) ?? parseIPv6(ipv6);
}

/** Whether two parsed addresses are the same address. */
export function sameIp(a: Ip, b: Ip): boolean {
	return a.version === b.version && a.text === b.text;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A host name as DNS checks take it (RFC 1123 §2.1 letters, digits and hyphens; IDNs in their xn-- form):
 * lower case, no trailing dot, at least two labels, at most 253 characters, a top-level label that is not
 * all digits (so an IP is never read as a domain).
 */
export function parseDomain(text: string): string | undefined {
	let name = text.trim().toLowerCase();
	if (name.endsWith('.')) name = name.slice(0, -1);
	if (name.length < 3 || name.length > 253) return undefined;
	const labels = name.split('.');
	if (labels.length < 2) return undefined;
	if (!labels.every(label => LABEL.test(label))) return undefined;
	if (/^\d+$/.test(labels[labels.length - 1]!)) return undefined;
	return name;
}

/**
 * A name found in DNS data (an SPF include:, a:, redirect= target): like parseDomain, but labels may hold
 * underscores, as service names do (_spf.example.com, RFC 8552).
 */
export function parseDnsName(text: string): string | undefined {
	let name = text.trim().toLowerCase();
	if (name.endsWith('.')) name = name.slice(0, -1);
	if (name.length < 3 || name.length > 253) return undefined;
	const labels = name.split('.');
	if (labels.length < 2 || !labels.every(label => /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/.test(label))) return undefined;
	return /^\d+$/.test(labels[labels.length - 1]!) ? undefined : name;
}

/**
 * A DKIM selector (RFC 6376 §3.1: sub-domain labels; underscores occur in practice, so they are allowed):
 * lower case, at most 63 characters per label and 200 in all.
 */
export function parseSelector(text: string): string | undefined {
	const name = text.trim().toLowerCase();
	if (name.length === 0 || name.length > 200) return undefined;
	return name.split('.').every(label => /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/.test(label)) ? name : undefined;
}

/** The name a PTR query asks for: 7.113.0.203.in-addr.arpa (RFC 1035 §3.5), nibbles under ip6.arpa (RFC 3596 §2.5). */
export function reverseName(ip: Ip): string {
	return `${reversedLabels(ip)}.${ip.version === 4 ? 'in-addr' : 'ip6'}.arpa`;
}

/** The address's labels in reverse order, as reverse zones and block lists (RFC 5782 §2.1, §2.4) take them. */
export function reversedLabels(ip: Ip): string {
	if (ip.version === 4) return [...ip.octets].reverse().join('.');
	const nibbles: string[] = [];
	for (const group of ip.groups) for (let shift = 12; shift >= 0; shift -= 4) nibbles.push(((group >> shift) & 15).toString(16));
	return nibbles.reverse().join('.');
}

/** Whether `ip` is inside `network`/`bits` (both the same version). */
export function inNetwork(ip: Ip, network: Ip, bits: number): boolean {
	if (ip.version !== network.version) return false;
	const width = ip.version === 4 ? 8 : 16;
	const a = ip.version === 4 ? ip.octets : ip.groups;
	const b = network.version === 4 ? network.octets : network.groups;
	let left = bits;
	for (let i = 0; i < a.length && left > 0; i++) {
		const take = Math.min(width, left);
		const mask = ((1 << take) - 1) << (width - take);
		if ((a[i]! & mask) !== (b[i]! & mask)) return false;
		left -= take;
	}
	return true;
}
