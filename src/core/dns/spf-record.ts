// One SPF record (RFC 7208 §4.5, §4.6, §5, §6) parsed into its terms. Pure syntax: no lookups here.
import {parseIp, type Ip} from './names';

/** RFC 7208 §4.6.2: + pass, - fail, ~ softfail, ? neutral. */
export type Qualifier = '+' | '-' | '~' | '?';

export type MechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

export interface Mechanism {
	qualifier: Qualifier;
	name: MechanismName;
	/** The domain-spec of include, a, mx, ptr, exists (lower case); undefined when the term names none. */
	domain?: string;
	/** ip4 / ip6: the network. */
	network?: Ip;
	/** ip4 / ip6 / a / mx: the prefix lengths (RFC 7208 §5.6 dual-cidr-length). */
	cidr4?: number;
	cidr6?: number;
	/** The term as written. */
	text: string;
}

export interface SpfRecord {
	mechanisms: Mechanism[];
	redirect?: string;
	/** Terms that do not parse (RFC 7208 §4.6: a syntax error makes the result permerror). */
	errors: string[];
}

/** Mechanisms and modifiers that cost a DNS lookup toward the limit of 10 (RFC 7208 §4.6.4). */
export const LOOKUP_TERMS: ReadonlySet<string> = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

/** Whether a TXT string is an SPF record: `v=spf1` alone or followed by a space (RFC 7208 §4.5). */
export function isSpfRecord(text: string): boolean {
	return /^v=spf1(?: |$)/i.test(text);
}

const DOMAIN_SPEC = /^[\x21-\x7e]{1,253}$/;

/** The terms of one SPF record. */
export function parseSpfRecord(text: string): SpfRecord {
	const record: SpfRecord = {mechanisms: [], errors: []};
	const terms = text.split(' ').filter(Boolean).slice(1);
	for (const term of terms) {
		const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(term);
		if (modifier) {
			const name = modifier[1]!.toLowerCase();
			if (name === 'redirect') {
				if (record.redirect !== undefined) record.errors.push(`${term}: redirect= appears twice`);
				else if (!DOMAIN_SPEC.test(modifier[2]!)) record.errors.push(`${term}: not a domain`);
				else record.redirect = modifier[2]!.toLowerCase();
			}
			// exp= and unknown modifiers are ignored (RFC 7208 §6, §6.2).
			continue;
		}
		const mechanism = parseMechanism(term);
		if (typeof mechanism === 'string') record.errors.push(mechanism);
		else record.mechanisms.push(mechanism);
	}
	return record;
}

function parseMechanism(term: string): Mechanism | string {
	const qualifier = (/^[-+~?]/.test(term) ? term[0] : '+') as Qualifier;
	const body = /^[-+~?]/.test(term) ? term.slice(1) : term;
	const match = /^(all|include|a|mx|ptr|ip4|ip6|exists)(?=$|[:/])(.*)$/i.exec(body);
	if (!match) return `${term}: not an SPF mechanism`;
	const name = match[1]!.toLowerCase() as MechanismName;
	const rest = match[2]!;
	const base = {qualifier, name, text: term};
	if (name === 'all') return rest === '' ? base : `${term}: all takes no argument`;
	if (name === 'ip4' || name === 'ip6') {
		const ip = /^:([^/]+)(?:\/(\d{1,3}))?$/.exec(rest);
		const network = ip ? parseIp(ip[1]!) : undefined;
		const max = name === 'ip4' ? 32 : 128;
		const bits = ip?.[2] === undefined ? max : Number(ip[2]);
		if (!network || network.version !== (name === 'ip4' ? 4 : 6) || bits > max || (ip?.[2]?.startsWith('0') && ip[2] !== '0')) return `${term}: not a valid ${name} network`;
		return name === 'ip4' ? {...base, network, cidr4: bits} : {...base, network, cidr6: bits};
	}
	// include, exists need a domain; a, mx, ptr take an optional one; a and mx a dual-cidr-length.
	const parts = /^(?::([^/]*))?((?:\/\d{1,3})?(?:\/\/\d{1,3})?)$/.exec(rest);
	if (!parts) return `${term}: malformed`;
	const domain = parts[1];
	if (domain !== undefined && !DOMAIN_SPEC.test(domain)) return `${term}: not a domain`;
	if ((name === 'include' || name === 'exists') && domain === undefined) return `${term}: ${name} needs a domain`;
	const cidr = parts[2]!;
	if (cidr && name !== 'a' && name !== 'mx') return `${term}: ${name} takes no prefix length`;
	const cidrs = /^(?:\/(\d{1,3}))?(?:\/\/(\d{1,3}))?$/.exec(cidr)!;
	const cidr4 = cidrs[1] === undefined ? 32 : Number(cidrs[1]);
	const cidr6 = cidrs[2] === undefined ? 128 : Number(cidrs[2]);
	if (cidr4 > 32 || cidr6 > 128) return `${term}: prefix length out of range`;
	return {...base, ...(domain === undefined ? {} : {domain: domain.toLowerCase()}), ...(name === 'a' || name === 'mx' ? {cidr4, cidr6} : {})};
}

/** Whether a domain-spec uses macros (RFC 7208 §7), which need the message's sender to expand. */
export function hasMacro(domain: string): boolean {
	return domain.includes('%');
}
