// A DNS-over-HTTPS client for the JSON API (`application/dns-json`, `?name=&type=`) that Google Public DNS
// (https://developers.google.com/speed/public-dns/docs/doh/json) and Cloudflare
// (https://developers.cloudflare.com/1.1.1.1/encryption/dns-over-https/make-api-requests/dns-json/) serve.
// The caller passes `fetch` in (the core makes no request of its own); every query has a timeout, and one
// resolver caps the queries and the time of a whole check, so no record can make a check run away.

export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'PTR' | 'MX' | 'TXT';

/** RR type numbers (RFC 1035 §3.2.2, RFC 3596 §2.1). */
const TYPE_NUMBER: Record<RecordType, number> = {A: 1, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28};

/**
 * What a query found. `ok`: NOERROR (records may be empty: the name exists without this type);
 * `nxdomain`: the name does not exist; `servfail` / `refused` / `error`: the resolver could not answer;
 * `timeout`; `budget`: not asked, the check's query or time budget was spent.
 */
export type QueryStatus = 'ok' | 'nxdomain' | 'servfail' | 'refused' | 'error' | 'timeout' | 'budget';

export interface QueryResult {
	status: QueryStatus;
	/** The data of the answers of the asked type (TXT strings joined, names without their trailing dot). */
	records: string[];
	/** Why the status is not ok or nxdomain, in words. */
	detail?: string;
}

/**
 * The runtime's AbortSignal, named through `globalThis` so the library's type declarations compile in a
 * project whose `lib` has neither the DOM's nor Node's types (there it is `never`; the library's own
 * build and every runtime that has `fetch` have AbortSignal).
 */
export type RuntimeAbortSignal = typeof globalThis extends {AbortSignal: {prototype: infer S}} ? S : never;

/** The part of `fetch` the client uses (the global fetch of Node 20+, a browser or a service worker fits). */
export type FetchLike = (url: string, init: {headers: Record<string, string>; signal: RuntimeAbortSignal}) => Promise<{
	ok: boolean;
	status: number;
	text(): Promise<string>;
}>;

export interface ResolverOptions {
	/** The resolver's JSON endpoint, e.g. https://dns.google/resolve (checked by parseResolverUrl). */
	url: string;
	fetch: FetchLike;
	/** Per query (default 5 s). */
	timeoutMs?: number;
	/** Queries one resolver makes at most (default 60). */
	maxQueries?: number;
	/** Time one resolver works at most, from its first query (default 30 s). */
	totalMs?: number;
}

export interface Resolver {
	readonly url: string;
	query(name: string, type: RecordType): Promise<QueryResult>;
	/** Queries sent so far. */
	readonly queries: number;
	/** Of those, the ones the resolver never answered: it could not be reached, or not in time. */
	readonly unanswered: number;
	/** Why the last unanswered query got no answer (the fetch's failure, or the timeout). */
	readonly unansweredWhy: string | undefined;
}

export const DEFAULT_RESOLVER = 'https://dns.google/resolve';
const MAX_BODY = 64 * 1024;
const MAX_RECORDS = 50;
const MAX_RECORD_LENGTH = 4096;

/**
 * A resolver URL the checks may send names to: https (http only to this machine: 127.0.0.1, [::1],
 * localhost), no credentials, no query string or fragment (the client adds its own). Its canonical form,
 * or undefined.
 */
export function parseResolverUrl(text: string): string | undefined {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return undefined;
	}
	const loopback = url.hostname === '127.0.0.1' || url.hostname === '[::1]' || url.hostname === 'localhost';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return undefined;
	if (url.username || url.password || url.search || url.hash) return undefined;
	return url.href;
}

export function createResolver(options: ResolverOptions): Resolver {
	const url = parseResolverUrl(options.url);
	if (!url) throw new Error(`Not a usable DNS-over-HTTPS URL: ${options.url}`);
	const timeoutMs = options.timeoutMs ?? 5000;
	const maxQueries = options.maxQueries ?? 60;
	const totalMs = options.totalMs ?? 30_000;
	let queries = 0;
	let unanswered = 0;
	let unansweredWhy: string | undefined;
	let started: number | undefined;
	const cache = new Map<string, Promise<QueryResult>>();
	const ask = async (name: string, type: RecordType): Promise<QueryResult> => {
		started ??= Date.now();
		const left = totalMs - (Date.now() - started);
		if (queries >= maxQueries) return {status: 'budget', records: [], detail: `the check's limit of ${maxQueries} queries was reached`};
		if (left <= 0) return {status: 'budget', records: [], detail: `the check's time limit of ${totalMs / 1000} s was reached`};
		queries++;
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), Math.min(timeoutMs, left));
		try {
			const response = await options.fetch(`${url}?name=${encodeURIComponent(name)}&type=${type}`, {headers: {accept: 'application/dns-json'}, signal: controller.signal});
			if (!response.ok) return {status: 'error', records: [], detail: `the resolver answered HTTP ${response.status}`};
			const body = await response.text();
			if (body.length > MAX_BODY) return {status: 'error', records: [], detail: 'the resolver sent an answer too long to be a DNS answer'};
			return readAnswer(body, type);
		} catch (error) {
			unanswered++;
			if (controller.signal.aborted) {
				unansweredWhy = `no answer within ${Math.round(Math.min(timeoutMs, left) / 100) / 10} s`;
				return {status: 'timeout', records: [], detail: unansweredWhy};
			}
			unansweredWhy = (error as Error).message;
			return {status: 'error', records: [], detail: `the resolver could not be reached (${unansweredWhy})`};
		} finally {
			clearTimeout(timer);
		}
	};
	return {
		url,
		get queries() {
			return queries;
		},
		get unanswered() {
			return unanswered;
		},
		get unansweredWhy() {
			return unansweredWhy;
		},
		query(name, type) {
			const key = `${type} ${name.toLowerCase()}`;
			let result = cache.get(key);
			if (!result) {
				result = ask(name, type);
				cache.set(key, result);
			}
			return result;
		},
	};
}

/**
 * What to say when not one of the resolver's queries got an answer (no network, a blocked or wrong
 * URL), else undefined: the findings would then only say of each record that it could not be looked
 * up, as if the domain's DNS had failed. The CLI and the extension's DNS page say this instead.
 */
export function unreachable(resolver: Resolver): string | undefined {
	if (resolver.queries === 0 || resolver.unanswered < resolver.queries) return undefined;
	return `The resolver ${resolver.url} could not be reached (${resolver.unansweredWhy}): no DNS check was made.`;
}

/** A dns-json body → the records of the asked type. */
export function readAnswer(body: string, type: RecordType): QueryResult {
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		return {status: 'error', records: [], detail: 'the resolver did not answer in the DNS JSON format'};
	}
	if (typeof json !== 'object' || json === null || typeof (json as {Status?: unknown}).Status !== 'number') {
		return {status: 'error', records: [], detail: 'the resolver did not answer in the DNS JSON format'};
	}
	const {Status: rcode, Answer: answer} = json as {Status: number; Answer?: unknown};
	// RCODEs: RFC 1035 §4.1.1 (0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED).
	if (rcode === 3) return {status: 'nxdomain', records: []};
	if (rcode === 2) return {status: 'servfail', records: [], detail: 'the resolver answered SERVFAIL (the domain\'s name servers failed or did not answer)'};
	if (rcode === 5) return {status: 'refused', records: [], detail: 'the resolver answered REFUSED'};
	if (rcode !== 0) return {status: 'error', records: [], detail: `the resolver answered DNS error ${rcode}`};
	const records: string[] = [];
	if (Array.isArray(answer)) {
		for (const entry of answer as unknown[]) {
			if (records.length >= MAX_RECORDS) break;
			if (typeof entry !== 'object' || entry === null) continue;
			const {type: number, data} = entry as {type?: unknown; data?: unknown};
			if (number !== TYPE_NUMBER[type] || typeof data !== 'string' || data.length > MAX_RECORD_LENGTH) continue;
			records.push(type === 'TXT' ? txtText(data) : data.replace(/\.$/, ''));
		}
	}
	return {status: 'ok', records};
}

/**
 * A TXT record's text: Cloudflare writes each character-string quoted ("v=spf1 " "-all"), Google the text
 * itself; quoted strings are joined without a separator (RFC 7208 §3.3).
 */
export function txtText(data: string): string {
	if (!data.startsWith('"')) return data;
	let out = '';
	let i = 0;
	while (i < data.length) {
		if (data[i] !== '"') {
			i++;
			continue;
		}
		i++;
		while (i < data.length && data[i] !== '"') {
			if (data[i] === '\\' && i + 1 < data.length) {
				const digits = /^\d{3}/.exec(data.slice(i + 1, i + 4));
				if (digits) {
					out += String.fromCharCode(Number(digits[0]));
					i += 4;
					continue;
				}
				i++;
			}
			out += data[i];
			i++;
		}
		i++;
	}
	return out;
}

/** The words a person reads for a failed query. */
export function failure(result: QueryResult): string {
	if (result.status === 'nxdomain') return 'the name does not exist (NXDOMAIN)';
	return result.detail ?? result.status;
}
