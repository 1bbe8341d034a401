// From a bounce's reading to the DNS checks that answer it: which checks apply (from the reading's reason
// and provider, which the decoder already decided — no new matching of words for what it knows), and with
// which names: the sending IP and the sender's domain as the reply quotes them, the recipient's domain from
// the recipient address. Every token is parsed strictly; a person can edit them before the check runs.
import {validAddress} from '../address';
import {receivers} from '../receivers';
import type {ProviderId, Reason} from '../types';
import type {CheckId, DnsRequest} from './check';
import {parseDomain, parseIp, parseIPv4} from './names';
import {dnsTopic, type DnsTopic} from './topic';

export type {DnsTopic} from './topic';

/** The reading of one recipient or one reply: the decoder's reason and provider, the server's words. */
export interface DnsReading {
	reason: Reason | 'unmapped';
	provider?: ProviderId;
	/** The enhanced status code ("5.7.26"), '' when none. */
	status?: string;
	diagnostic: string;
	recipient?: string;
	/** The sender's domain when the caller knows it (the bounce's own headers). */
	senderDomain?: string;
}

export interface DnsPlan {
	topic: DnsTopic;
	checks: CheckId[];
	/** The names prefilled from the bounce (each a whole, parsed token; absent when none was found). */
	request: DnsRequest;
	provider?: ProviderId;
	/** The receiver's name for sentences ("Gmail", "Spamhaus"). */
	providerName?: string;
	status?: string;
}

const CHECKS: Record<DnsTopic, CheckId[]> = {
	authentication: ['spf', 'dmarc', 'dkim'],
	'reverse-dns': ['ptr'],
	'block-list': ['blocklists', 'ptr'],
	'recipient-domain': ['mx'],
};

/** The checks a reading asks for, with the names it gives; undefined when none applies. */
export function dnsPlan(reading: DnsReading): DnsPlan | undefined {
	const topic = dnsTopic(reading);
	if (!topic) return undefined;
	const recipientDomain = parseDomain(validAddress(reading.recipient ?? '').split('@')[1] ?? '');
	const request: DnsRequest = {};
	if (topic === 'recipient-domain') {
		if (recipientDomain) request.recipientDomain = recipientDomain;
	} else {
		const ip = sendingIp(reading.diagnostic);
		if (ip) request.ip = ip;
		const domain = (reading.senderDomain && parseDomain(reading.senderDomain)) || senderDomain(reading.diagnostic, recipientDomain);
		if (domain && topic === 'authentication') request.domain = domain;
	}
	// A reading may come from another part of the extension: only a known receiver and a well-formed code pass.
	const provider = reading.provider && receivers.some(r => r.id === reading.provider) ? reading.provider : undefined;
	const providerName = provider ? shortName(provider) : undefined;
	const status = reading.status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(reading.status) ? reading.status : undefined;
	return {
		topic,
		checks: CHECKS[topic],
		request,
		...(provider ? {provider} : {}),
		...(providerName ? {providerName} : {}),
		...(status ? {status} : {}),
	};
}

/** A receiving provider's or list's name for a sentence ("Gmail refuses…"); none for software or situations. */
function shortName(id: ProviderId): string | undefined {
	if (id === 'google') return 'Gmail';
	const receiver = receivers.find(r => r.id === id);
	if (!receiver || (receiver.kind !== undefined && receiver.kind !== 'provider' && receiver.kind !== 'list')) return undefined;
	return receiver.name.replace(/\s*\(.*\)$/, '');
}

// Candidates are cut from the text by character class only (linear), then parsed whole.
const IPV4_TOKEN = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)/g;
const IPV6_TOKEN = /(?<![\w:.])(?:ipv6:)?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:.])/gi;

/** Addresses that cannot be a sender on the internet (RFC 6890): this network, private, loopback, link-local. */
function routable(ip: string): boolean {
	const v4 = parseIPv4(ip);
	if (!v4) return !/^(?:::1?|fe[89ab][0-9a-f]?:|f[cd][0-9a-f]{0,2}:)/i.test(ip);
	const [a, b] = v4.octets as [number, number];
	return !(a === 0 || a === 10 || a === 127 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127));
}

/** The first routable IP the reply quotes: the sending IP in "[203.0.113.7]", "IP: 203.0.113.7", "ip: [2001:db8::1]". */
export function sendingIp(text: string): string | undefined {
	const found: Array<{at: number; ip: string}> = [];
	for (const match of text.matchAll(IPV4_TOKEN)) {
		const ip = parseIp(match[0]);
		if (ip && routable(ip.text)) {
			found.push({at: match.index, ip: ip.text});
			break;
		}
	}
	for (const match of text.matchAll(IPV6_TOKEN)) {
		const ip = parseIp(match[0]);
		if (ip && routable(ip.text)) {
			found.push({at: match.index, ip: ip.text});
			break;
		}
	}
	return found.sort((x, y) => x.at - y.at)[0]?.ip;
}

// Where replies name the sending domain: in brackets ("SPF [example.com]", "sending domain [EXAMPLE.COM]"),
// after "from" or "domain" ("Unauthenticated email from example.com", "domain example.com"), or as the
// domain of an address in angle brackets (<a@example.com>). Linear: one bounded token per pattern.
const DOMAIN_PLACES = [
	/\[([A-Za-z0-9.-]{3,253})\]/g,
	/\b(?:from|domain)\s+([A-Za-z0-9.-]{3,253})/gi,
	/<[^<>@\s]{1,64}@([A-Za-z0-9.-]{3,253})>/g,
];

/** The sender's domain as the reply names it: not the recipient's domain, not a host of a link. */
export function senderDomain(text: string, recipientDomain?: string): string | undefined {
	const links = new Set<string>();
	for (const match of text.matchAll(/\bhttps?:\/\/([A-Za-z0-9.-]{1,253})/gi)) links.add(match[1]!.toLowerCase());
	let best: {at: number; domain: string} | undefined;
	for (const place of DOMAIN_PLACES) {
		for (const match of text.matchAll(place)) {
			const domain = parseDomain(match[1]!.replace(/\.$/, ''));
			if (!domain || domain === recipientDomain || links.has(domain)) continue;
			if (!best || match.index < best.at) best = {at: match.index, domain};
			break;
		}
	}
	return best?.domain;
}
