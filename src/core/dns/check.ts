// All the DNS checks of one request: which names and address they take, run through one resolver (whose
// query and time budget bounds the whole request).
import {checkListings, type ListingCheck} from './blocklists';
import {checkDkim, type DkimCheck} from './dkim';
import {checkDmarc, type DmarcCheck} from './dmarc';
import type {Resolver} from './doh';
import {checkMx, type MxCheck} from './mx';
import {parseDomain, parseIp, parseSelector} from './names';
import {checkPtr, type PtrCheck} from './ptr';
import {checkSpf, type SpfCheck} from './spf';

export type CheckId = 'mx' | 'spf' | 'dmarc' | 'dkim' | 'ptr' | 'blocklists';

export interface DnsRequest {
	/** The sender's domain: SPF, DMARC, DKIM (and MX when no recipient domain is given). */
	domain?: string;
	/** The sending IP: SPF coverage, PTR, block lists. */
	ip?: string;
	/** The recipient's domain: MX. */
	recipientDomain?: string;
	/** A DKIM selector: the key at selector._domainkey.domain. */
	selector?: string;
	/** Only these checks (default: every check its inputs allow). */
	checks?: CheckId[];
}

export interface DnsReport {
	resolver: string;
	domain?: string;
	ip?: string;
	recipientDomain?: string;
	selector?: string;
	mx?: MxCheck;
	spf?: SpfCheck;
	dmarc?: DmarcCheck;
	dkim?: DkimCheck;
	ptr?: PtrCheck;
	blocklists?: ListingCheck[];
	/** Queries sent. */
	queries: number;
}

export type Validated = {ok: true; request: Required<Pick<DnsRequest, 'checks'>> & Omit<DnsRequest, 'checks'>} | {ok: false; error: string};

/** The request with every name and address in canonical form, or what is wrong with it (each token must parse whole). */
export function validateRequest(request: DnsRequest): Validated {
	const out: DnsRequest = {};
	if (request.domain !== undefined && request.domain !== '') {
		const domain = parseDomain(request.domain);
		if (!domain) return {ok: false, error: `Not a domain name: ${JSON.stringify(request.domain.slice(0, 80))} (letters, digits and hyphens; an IDN in its xn-- form).`};
		out.domain = domain;
	}
	if (request.recipientDomain !== undefined && request.recipientDomain !== '') {
		const domain = parseDomain(request.recipientDomain);
		if (!domain) return {ok: false, error: `Not a domain name: ${JSON.stringify(request.recipientDomain.slice(0, 80))}.`};
		out.recipientDomain = domain;
	}
	if (request.ip !== undefined && request.ip !== '') {
		const ip = parseIp(request.ip);
		if (!ip) return {ok: false, error: `Not an IPv4 or IPv6 address: ${JSON.stringify(request.ip.slice(0, 80))}.`};
		out.ip = ip.text;
	}
	if (request.selector !== undefined && request.selector !== '') {
		const selector = parseSelector(request.selector);
		if (!selector) return {ok: false, error: `Not a DKIM selector: ${JSON.stringify(request.selector.slice(0, 80))}.`};
		out.selector = selector;
	}
	const possible: CheckId[] = [];
	if (out.recipientDomain || out.domain) possible.push('mx');
	if (out.domain) possible.push('spf', 'dmarc');
	if (out.domain && out.selector) possible.push('dkim');
	if (out.ip) possible.push('ptr', 'blocklists');
	const checks = request.checks ? possible.filter(id => request.checks!.includes(id)) : possible;
	if (checks.length === 0) return {ok: false, error: 'Nothing to check: give a domain (MX, SPF, DMARC; DKIM with a selector) or an IP (reverse DNS, block lists).'};
	return {ok: true, request: {...out, checks}};
}

/** Every requested check, run concurrently through one resolver. */
export async function runDnsChecks(request: DnsRequest, resolver: Resolver): Promise<DnsReport> {
	const valid = validateRequest(request);
	if (!valid.ok) throw new Error(valid.error);
	const {domain, recipientDomain, selector, checks} = valid.request;
	const ip = valid.request.ip === undefined ? undefined : parseIp(valid.request.ip)!;
	const report: DnsReport = {resolver: resolver.url, queries: 0};
	if (domain) report.domain = domain;
	if (ip) report.ip = ip.text;
	if (recipientDomain) report.recipientDomain = recipientDomain;
	if (selector) report.selector = selector;
	const has = (id: CheckId) => checks.includes(id);
	await Promise.all([
		has('mx') ? checkMx(recipientDomain ?? domain!, resolver).then(r => void (report.mx = r)) : undefined,
		has('spf') ? checkSpf(domain!, resolver, ip).then(r => void (report.spf = r)) : undefined,
		has('dmarc') ? checkDmarc(domain!, resolver).then(r => void (report.dmarc = r)) : undefined,
		has('dkim') ? checkDkim(domain!, selector!, resolver).then(r => void (report.dkim = r)) : undefined,
		has('ptr') ? checkPtr(ip!, resolver).then(r => void (report.ptr = r)) : undefined,
		has('blocklists') ? checkListings(ip!, resolver).then(r => void (report.blocklists = r)) : undefined,
	]);
	report.queries = resolver.queries;
	return report;
}
