// Where a domain receives mail: its MX records (RFC 5321 §5.1), the null MX that says it receives none
// (RFC 7505 §3: one MX, preference 0, exchange "."), and the implicit MX (no MX, an A or AAAA record).
import {failure, type Resolver} from './doh';

export interface MxHost {
	preference: number;
	exchange: string;
}

export interface MxCheck {
	domain: string;
	/**
	 * ok: MX hosts; null: a null MX (the domain accepts no mail); implicit: no MX but an address, which
	 * senders use instead (§5.1); none: neither; nxdomain: the domain does not exist; error: the lookup failed.
	 */
	status: 'ok' | 'null' | 'implicit' | 'none' | 'nxdomain' | 'error';
	hosts: MxHost[];
	detail?: string;
}

/** "10 mx.example.com" → {preference, exchange}; undefined when it is not an MX record's data. */
export function parseMx(data: string): MxHost | undefined {
	const match = /^(\d{1,5}) (\S+)$/.exec(data.trim());
	if (!match || Number(match[1]) > 65535) return undefined;
	const exchange = match[2]!.toLowerCase();
	return {preference: Number(match[1]), exchange: exchange === '.' || exchange === '' ? '.' : exchange.replace(/\.$/, '')};
}

export async function checkMx(domain: string, resolver: Resolver): Promise<MxCheck> {
	const answer = await resolver.query(domain, 'MX');
	if (answer.status === 'nxdomain') return {domain, status: 'nxdomain', hosts: []};
	if (answer.status !== 'ok') return {domain, status: 'error', hosts: [], detail: failure(answer)};
	// The client strips a trailing dot, so the null MX's "." arrives as "0 " or "0 ." depending on the resolver.
	const hosts = answer.records.map(record => parseMx(record.trim() === '0' ? '0 .' : record)).filter((h): h is MxHost => h !== undefined)
		.sort((a, b) => a.preference - b.preference);
	if (hosts.length === 1 && hosts[0]!.exchange === '.' && hosts[0]!.preference === 0) return {domain, status: 'null', hosts};
	if (hosts.length > 0) return {domain, status: 'ok', hosts};
	const [a, aaaa] = await Promise.all([resolver.query(domain, 'A'), resolver.query(domain, 'AAAA')]);
	if (a.records.length > 0 || aaaa.records.length > 0) return {domain, status: 'implicit', hosts: []};
	if (a.status !== 'ok' && a.status !== 'nxdomain') return {domain, status: 'error', hosts: [], detail: failure(a)};
	return {domain, status: 'none', hosts: []};
}
