// Whether the sending IP is on a DNS block list (RFC 5782 §2.1: the address's octets reversed under the
// list's zone; an A record in 127.0.0.0/8 means listed, no record means not listed). Each list's return
// codes mean what the list documents, and Spamhaus's error codes are recognised as errors: Spamhaus
// refuses queries that come through public resolvers (the DoH resolvers this check uses among them) and
// answers 127.255.255.254, which is no listing.
import {failure, type Resolver} from './doh';
import {parseIPv4, reversedLabels, type Ip} from './names';

export interface BlockList {
	id: 'spamhaus' | 'barracuda' | 'spamcop';
	name: string;
	zone: string;
	/** Whether the zone answers IPv6 queries (RFC 5782 §2.4 nibble form). */
	ipv6: boolean;
	/** Return code → what it means. */
	listed: Record<string, string>;
	/** Return codes that report a problem with the query, not the address. */
	errors: Record<string, string>;
	/** Where a person checks the address or asks for removal. */
	lookup: string;
	source: string;
}

export const BLOCK_LISTS: readonly BlockList[] = [
	{
		id: 'spamhaus',
		name: 'Spamhaus ZEN',
		zone: 'zen.spamhaus.org',
		ipv6: true,
		listed: {
			'127.0.0.2': 'SBL: a spam source or spam operation Spamhaus tracks',
			'127.0.0.3': 'CSS: a snowshoe or low-reputation sender, listed automatically',
			'127.0.0.4': 'XBL: a hijacked or infected machine (exploits, bots)',
			'127.0.0.9': 'DROP: a network hijacked or run by criminals',
			'127.0.0.10': 'PBL (set by the network\'s owner): an address that should not send mail directly to other servers',
			'127.0.0.11': 'PBL (set by Spamhaus): an address that should not send mail directly to other servers',
			'127.0.0.30': 'BCL: a botnet controller',
		},
		errors: {
			'127.255.255.252': 'Spamhaus answered "typing error in the list\'s name" (127.255.255.252): the query was wrong, not the address',
			'127.255.255.254': 'Spamhaus refuses queries sent through public or open resolvers (it answered 127.255.255.254): this says nothing about the address; look it up at https://check.spamhaus.org/ or query from a resolver of your own',
			'127.255.255.255': 'Spamhaus answered "excessive number of queries" (127.255.255.255) to this resolver: this says nothing about the address; look it up at https://check.spamhaus.org/',
		},
		lookup: 'https://check.spamhaus.org/',
		source: 'https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html; error codes: https://www.spamhaus.org/news/article/788/ and https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users',
	},
	{
		id: 'barracuda',
		name: 'Barracuda Reputation Block List',
		zone: 'b.barracudacentral.org',
		ipv6: false,
		listed: {'127.0.0.2': 'listed by Barracuda\'s reputation system (spam traps and its appliances\' reports)'},
		errors: {},
		lookup: 'https://www.barracudacentral.org/lookups',
		source: 'https://www.barracudacentral.org/rbl/how-to-use',
	},
	{
		id: 'spamcop',
		name: 'SpamCop Blocking List',
		zone: 'bl.spamcop.net',
		ipv6: false,
		listed: {'127.0.0.2': 'reported by SpamCop users as the source of spam in recent days'},
		errors: {},
		lookup: 'https://www.spamcop.net/bl.shtml',
		source: 'https://www.spamcop.net/fom-serve/cache/291.html',
	},
];

export interface ListingCheck {
	list: BlockList['id'];
	name: string;
	query: string;
	/**
	 * listed; clear: not listed; refused: the list answered with an error code (Spamhaus's public-resolver
	 * refusal among them); skipped: the list takes no IPv6; error: no usable answer.
	 */
	status: 'listed' | 'clear' | 'refused' | 'skipped' | 'error';
	/** The return codes, and what each means. */
	codes: Array<{code: string; meaning: string}>;
	lookup: string;
	detail?: string;
}

/** What a list's answer for one address means. */
export function readListing(list: BlockList, records: string[]): Pick<ListingCheck, 'status' | 'codes' | 'detail'> {
	const codes = records.filter(record => parseIPv4(record) !== undefined);
	if (codes.length === 0) return {status: 'clear', codes: []};
	const errors = codes.filter(code => list.errors[code] !== undefined || code.startsWith('127.255.255.'));
	if (errors.length > 0) {
		return {status: 'refused', codes: errors.map(code => ({code, meaning: list.errors[code] ?? `${list.name} answered ${code}, an error code, not a listing`})), detail: list.errors[errors[0]!] ?? `${list.name} answered ${errors[0]}, an error code, not a listing`};
	}
	const outside = codes.filter(code => !code.startsWith('127.'));
	if (outside.length === codes.length) {
		return {status: 'error', codes: [], detail: `the resolver answered ${outside[0]}, which no block list returns (it may rewrite names that do not exist)`};
	}
	const listed = codes.filter(code => code.startsWith('127.'));
	return {status: 'listed', codes: listed.map(code => ({code, meaning: list.listed[code] ?? `return code ${code}, which ${list.name} does not document`}))};
}

export async function checkListing(list: BlockList, ip: Ip, resolver: Resolver): Promise<ListingCheck> {
	const query = `${reversedLabels(ip)}.${list.zone}`;
	const base = {list: list.id, name: list.name, query, lookup: list.lookup};
	if (ip.version === 6 && !list.ipv6) return {...base, status: 'skipped', codes: [], detail: `${list.name} lists IPv4 addresses only`};
	const answer = await resolver.query(query, 'A');
	if (answer.status === 'nxdomain') return {...base, status: 'clear', codes: []};
	if (answer.status !== 'ok') return {...base, status: 'error', codes: [], detail: failure(answer)};
	return {...base, ...readListing(list, answer.records)};
}

export function checkListings(ip: Ip, resolver: Resolver): Promise<ListingCheck[]> {
	return Promise.all(BLOCK_LISTS.map(list => checkListing(list, ip, resolver)));
}
