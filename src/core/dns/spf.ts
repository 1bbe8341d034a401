// SPF (RFC 7208) of a domain: its record and every include:/redirect= it leads to, the DNS-lookup terms
// counted against the limit of 10 (§4.6.4), the policy for everything else (-all, ~all, ?all, +all), and —
// given the sending IP — check_host()'s result for it (§4.6.2, §5), evaluated in order as a receiver does.
import {failure, type Resolver} from './doh';
import {inNetwork, parseDnsName, parseDomain, parseIp, type Ip} from './names';
import {checkPtr} from './ptr';
import {hasMacro, isSpfRecord, LOOKUP_TERMS, parseSpfRecord, type Mechanism, type Qualifier, type SpfRecord} from './spf-record';

export type {Qualifier} from './spf-record';

/** RFC 7208 §2.6. */
export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/** RFC 7208 §4.6.4: DNS-lookup terms at most, and lookups that find nothing at most. */
export const LOOKUP_LIMIT = 10;
export const VOID_LIMIT = 2;

const RESULT: Record<Qualifier, SpfResult> = {'+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral'};

export interface SpfNode {
	domain: string;
	via: 'record' | 'include' | 'redirect';
	/**
	 * ok: one SPF record; none: no SPF record (or the domain does not exist); multiple: more than one
	 * (permerror, §4.5); error: the lookup failed (temperror); not-followed: past the lookup limit;
	 * unexpandable: the name uses macros (§7), which need the message's sender.
	 */
	status: 'ok' | 'none' | 'multiple' | 'error' | 'not-followed' | 'unexpandable';
	record?: string;
	/** The terms that do not parse, and failed lookups, in words. */
	problems: string[];
	/** The record's all mechanism, when it has one. */
	all?: Qualifier;
	children: SpfNode[];
}

export interface SpfCheck {
	domain: string;
	tree: SpfNode;
	/** Lookup terms (include, a, mx, ptr, exists, redirect) in the record and every record it leads to. */
	lookups: number;
	/** More than LOOKUP_LIMIT: receivers that reach the 11th lookup return permerror. */
	overLimit: boolean;
	/** What mail matching no mechanism gets: the all of the record or of its redirect= target. */
	all?: Qualifier;
	/** With an IP: check_host()'s result for it, and the term that decided it. */
	ip?: string;
	result?: SpfResult;
	decidedBy?: {term: string; domain: string};
	/** Why the result is an error or could not be reached. */
	detail?: string;
}

interface Fetched {
	status: SpfNode['status'];
	text?: string;
	record?: SpfRecord;
	detail?: string;
}

/** Nesting followed at most (the lookup limit bounds it too; this bounds a loop of redirects). */
const MAX_DEPTH = 12;

async function fetchSpf(domain: string, resolver: Resolver): Promise<Fetched> {
	if (hasMacro(domain)) return {status: 'unexpandable', detail: `${domain} uses SPF macros, which need the message's sender to expand`};
	if (!parseDnsName(domain)) return {status: 'none', detail: `${domain} is not a domain name`};
	const answer = await resolver.query(domain, 'TXT');
	if (answer.status === 'nxdomain') return {status: 'none', detail: `${domain} does not exist`};
	if (answer.status !== 'ok') return {status: 'error', detail: failure(answer)};
	const records = answer.records.filter(isSpfRecord);
	if (records.length === 0) return {status: 'none'};
	if (records.length > 1) return {status: 'multiple', detail: `${domain} publishes ${records.length} SPF records; RFC 7208 §4.5 makes that a permanent error`};
	return {status: 'ok', text: records[0]!, record: parseSpfRecord(records[0]!)};
}

/** The record tree of a domain, every lookup term counted; with an IP, the result for it. */
export async function checkSpf(domain: string, resolver: Resolver, ip?: Ip): Promise<SpfCheck> {
	const counter = {lookups: 0};
	const tree = await walk(domain, 'record', resolver, counter, 0);
	const check: SpfCheck = {domain, tree, lookups: counter.lookups, overLimit: counter.lookups > LOOKUP_LIMIT};
	const all = policyOf(tree);
	if (all) check.all = all;
	if (ip) {
		const evaluation = await evaluate(domain, ip, resolver, {lookups: 0, voids: 0}, 0);
		Object.assign(check, {ip: ip.text}, evaluation);
	}
	return check;
}

async function walk(domain: string, via: SpfNode['via'], resolver: Resolver, counter: {lookups: number}, depth: number): Promise<SpfNode> {
	if (counter.lookups > LOOKUP_LIMIT || depth > MAX_DEPTH) return {domain, via, status: 'not-followed', problems: [], children: []};
	const fetched = await fetchSpf(domain, resolver);
	const node: SpfNode = {domain, via, status: fetched.status, problems: fetched.detail ? [fetched.detail] : [], children: []};
	if (!fetched.record) return node;
	node.record = fetched.text;
	node.problems.push(...fetched.record.errors);
	const all = fetched.record.mechanisms.find(m => m.name === 'all');
	if (all) node.all = all.qualifier;
	for (const mechanism of fetched.record.mechanisms) {
		if (!LOOKUP_TERMS.has(mechanism.name)) continue;
		counter.lookups++;
		if (mechanism.name === 'include') node.children.push(await walk(mechanism.domain!, 'include', resolver, counter, depth + 1));
	}
	// redirect= is ignored when the record has an all mechanism (RFC 7208 §6.1).
	if (fetched.record.redirect !== undefined && !all) {
		counter.lookups++;
		node.children.push(await walk(fetched.record.redirect, 'redirect', resolver, counter, depth + 1));
	}
	return node;
}

function policyOf(node: SpfNode): Qualifier | undefined {
	if (node.all) return node.all;
	const redirect = node.children.find(child => child.via === 'redirect');
	return redirect ? policyOf(redirect) : undefined;
}

interface Evaluation {
	result?: SpfResult;
	decidedBy?: {term: string; domain: string};
	detail?: string;
}

interface State {
	lookups: number;
	voids: number;
}

/** check_host() (RFC 7208 §4): the terms in order, the first that matches decides; lookups counted as they happen. */
async function evaluate(domain: string, ip: Ip, resolver: Resolver, state: State, depth: number): Promise<Evaluation> {
	if (depth > MAX_DEPTH) return {result: 'permerror', detail: 'includes and redirects nest too deep (a loop)'};
	const fetched = await fetchSpf(domain, resolver);
	if (fetched.status === 'unexpandable') return {detail: fetched.detail};
	if (fetched.status === 'none') return {result: 'none', ...(fetched.detail ? {detail: fetched.detail} : {})};
	if (fetched.status === 'error') return {result: 'temperror', detail: `SPF of ${domain}: ${fetched.detail}`};
	if (fetched.status === 'multiple') return {result: 'permerror', detail: fetched.detail};
	const record = fetched.record!;
	if (record.errors.length > 0) return {result: 'permerror', detail: `SPF of ${domain}: ${record.errors[0]}`};
	for (const mechanism of record.mechanisms) {
		if (LOOKUP_TERMS.has(mechanism.name) && ++state.lookups > LOOKUP_LIMIT) return {result: 'permerror', detail: `more than ${LOOKUP_LIMIT} DNS lookups (RFC 7208 §4.6.4)`};
		const match = await matches(mechanism, domain, ip, resolver, state, depth);
		if (match === true) return {result: RESULT[mechanism.qualifier], decidedBy: {term: mechanism.text, domain}};
		if (match !== false) return match;
	}
	if (record.redirect !== undefined) {
		if (++state.lookups > LOOKUP_LIMIT) return {result: 'permerror', detail: `more than ${LOOKUP_LIMIT} DNS lookups (RFC 7208 §4.6.4)`};
		const target = await evaluate(record.redirect, ip, resolver, state, depth + 1);
		// §6.1: a redirect= target without a record is a permanent error.
		if (target.result === 'none') return {result: 'permerror', detail: `redirect=${record.redirect} has no SPF record`};
		return target;
	}
	return {result: 'neutral', decidedBy: {term: '(no term matched, no all: neutral)', domain}};
}

/** Whether one mechanism matches the IP: true, false, or the evaluation's end (an error or a macro). */
async function matches(m: Mechanism, domain: string, ip: Ip, resolver: Resolver, state: State, depth: number): Promise<boolean | Evaluation> {
	const target = m.domain ?? domain;
	if ((m.name === 'include' || m.name === 'a' || m.name === 'mx' || m.name === 'ptr' || m.name === 'exists') && hasMacro(target)) {
		return {detail: `${m.text} uses SPF macros, which need the message's sender to expand`};
	}
	const prefix = ip.version === 4 ? m.cidr4 ?? 32 : m.cidr6 ?? 128;
	switch (m.name) {
		case 'all':
			return true;
		case 'ip4':
		case 'ip6':
			return inNetwork(ip, m.network!, ip.version === 4 ? m.cidr4! : m.cidr6!);
		case 'include': {
			const inner = await evaluate(target, ip, resolver, state, depth + 1);
			if (inner.result === 'pass') return true;
			if (inner.result === 'fail' || inner.result === 'softfail' || inner.result === 'neutral') return false;
			// §5.2: temperror stays temperror; permerror and none become permerror.
			if (inner.result === 'none') return {result: 'permerror', detail: `include:${target} has no SPF record`};
			return inner;
		}
		case 'a':
			return addressMatch(target, ip, prefix, resolver, state);
		case 'mx': {
			const answer = await resolver.query(target, 'MX');
			if (answer.status !== 'ok' && answer.status !== 'nxdomain') return {result: 'temperror', detail: `MX of ${target}: ${failure(answer)}`};
			if (answer.records.length === 0) return voidLookup(state, target);
			if (answer.records.length > 10) return {result: 'permerror', detail: `${target} has more than 10 MX records (RFC 7208 §4.6.4)`};
			for (const mx of answer.records) {
				const host = mx.split(' ')[1];
				if (host && parseDomain(host)) {
					const found = await addressMatch(host, ip, prefix, resolver, state, false);
					if (found !== false) return found;
				}
			}
			return false;
		}
		case 'exists': {
			const answer = await resolver.query(target, 'A');
			if (answer.status !== 'ok' && answer.status !== 'nxdomain') return {result: 'temperror', detail: `A of ${target}: ${failure(answer)}`};
			return answer.records.length > 0 ? true : voidLookup(state, target);
		}
		case 'ptr': {
			const ptr = await checkPtr(ip, resolver);
			return ptr.confirmed.some(name => name === target || name.endsWith(`.${target}`));
		}
	}
}

/** Whether an address record of `name` covers the IP; `countVoid`: whether finding none is a void lookup (not for an MX's hosts, whose lookup was the MX query). */
async function addressMatch(name: string, ip: Ip, prefix: number, resolver: Resolver, state: State, countVoid = true): Promise<boolean | Evaluation> {
	if (!parseDnsName(name)) return {result: 'permerror', detail: `${name} is not a domain name`};
	const answer = await resolver.query(name, ip.version === 4 ? 'A' : 'AAAA');
	if (answer.status !== 'ok' && answer.status !== 'nxdomain') return {result: 'temperror', detail: `${ip.version === 4 ? 'A' : 'AAAA'} of ${name}: ${failure(answer)}`};
	if (answer.records.length === 0) return countVoid ? voidLookup(state, name) : false;
	return answer.records.some(record => {
		const address = parseIp(record);
		return address !== undefined && inNetwork(ip, address, prefix);
	});
}

/** §4.6.4: more than two lookups that find nothing is a permanent error. */
function voidLookup(state: State, name: string): false | Evaluation {
	return ++state.voids > VOID_LIMIT ? {result: 'permerror', detail: `more than ${VOID_LIMIT} lookups found nothing (the last: ${name}; RFC 7208 §4.6.4)`} : false;
}
