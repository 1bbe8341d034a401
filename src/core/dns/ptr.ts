// Reverse DNS of the sending IP and its forward confirmation (FCrDNS): the PTR names of the address
// (RFC 1035 §3.5, RFC 3596 §2.5), each looked up again (A or AAAA) to see whether it leads back to the IP.
// Receivers that refuse mail for missing or generic reverse DNS check exactly this (e.g. Gmail's
// https://support.google.com/a/answer/81126 "the sending IP must have a PTR record … that matches").
import {failure, type QueryStatus, type Resolver} from './doh';
import {parseDomain, parseIp, reverseName, sameIp, type Ip} from './names';

/** PTR names checked for forward confirmation at most (RFC 7208 §5.5 uses the same bound of 10). */
const MAX_NAMES = 10;

export interface PtrCheck {
	ip: string;
	/** The name queried (…in-addr.arpa / …ip6.arpa). */
	query: string;
	/** ok: names found; none: the address has no PTR record; error: the lookup failed. */
	status: 'ok' | 'none' | 'error';
	names: string[];
	/** The names whose A / AAAA records include the IP. */
	confirmed: string[];
	detail?: string;
}

export async function checkPtr(ip: Ip, resolver: Resolver): Promise<PtrCheck> {
	const query = reverseName(ip);
	const answer = await resolver.query(query, 'PTR');
	const base = {ip: ip.text, query, names: [] as string[], confirmed: [] as string[]};
	if (answer.status === 'nxdomain' || (answer.status === 'ok' && answer.records.length === 0)) return {...base, status: 'none'};
	if (answer.status !== 'ok') return {...base, status: 'error', detail: failure(answer)};
	const names = answer.records.map(name => name.toLowerCase()).filter(name => parseDomain(name) !== undefined).slice(0, MAX_NAMES);
	const confirmed: string[] = [];
	let forwardFailure: QueryStatus | undefined;
	for (const name of names) {
		const forward = await resolver.query(name, ip.version === 4 ? 'A' : 'AAAA');
		if (forward.status !== 'ok' && forward.status !== 'nxdomain') forwardFailure = forward.status;
		if (forward.records.some(record => {
			const back = parseIp(record);
			return back !== undefined && sameIp(back, ip);
		})) confirmed.push(name);
	}
	const detail = confirmed.length === 0 && forwardFailure ? `a forward lookup failed (${forwardFailure})` : undefined;
	return {...base, status: 'ok', names, confirmed, ...(detail ? {detail} : {})};
}
