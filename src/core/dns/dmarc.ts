// DMARC (RFC 7489) of a domain: the TXT record at _dmarc.<domain> (§6.1) and its tags (§6.3): the policy
// (p, sp), the alignment modes (adkim, aspf), pct, and where reports go (rua, ruf); and RFC 9989's
// (DMARCbis) np and psd tags (§4.7).
//
// A domain without a usable record of its own gets its policy through the DNS Tree Walk (RFC 9989 §4.10,
// dmarc-walk.ts) — no public-suffix list needed: the record of its Organizational Domain, else of its
// Public Suffix Domain, whose sp applies to it, or np when the domain does not exist (NXDOMAIN, §3.2.13).
import {failure, type Resolver} from './doh';
import {stopsWalk, treeWalkNames, walkEntry, walkOutcome, type WalkEntry} from './dmarc-walk';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
	p: DmarcPolicy;
	/** The subdomain policy; p when absent (§6.3). */
	sp: DmarcPolicy;
	/** The policy for subdomains that do not exist (RFC 9989 §4.7); sp when absent. */
	np: DmarcPolicy;
	/** y: the domain is a Public Suffix Domain; n: it is its own Organizational Domain; u (the default): neither said (RFC 9989 §4.7). */
	psd: 'y' | 'n' | 'u';
	/** r (relaxed, the default) or s (strict). */
	adkim: 'r' | 's';
	aspf: 'r' | 's';
	/** 0-100, 100 when absent. */
	pct: number;
	rua: string[];
	ruf: string[];
	/** Tags whose values are invalid, in words (the record still applies with their defaults). */
	problems: string[];
}

export interface DmarcCheck {
	domain: string;
	/** The name queried first: _dmarc.<domain>. */
	query: string;
	/**
	 * ok: a record applies (the domain's own, or one found by the tree walk); none: none applies; multiple:
	 * the domain has several and the walk found none to apply instead; error: a lookup failed.
	 */
	status: 'ok' | 'none' | 'multiple' | 'error';
	/** The applying record's text. */
	text?: string;
	record?: DmarcRecord;
	detail?: string;
	/** The names the tree walk queried after the domain's own (RFC 9989 §4.10), when it ran. */
	walk?: string[];
	/** Where the applying record was found: the domain itself, its Organizational Domain or its Public Suffix Domain. */
	source?: 'domain' | 'organizational-domain' | 'public-suffix-domain';
	/** The domain whose _dmarc record applies. */
	policyDomain?: string;
	/** The Organizational Domain the walk found (RFC 9989 §4.10.2), when it ran. */
	organizationalDomain?: string;
	/** The policy that applies to this domain, and the tag it comes from: p for its own record, sp or np for a parent's. */
	applied?: {policy: DmarcPolicy; tag: 'p' | 'sp' | 'np'};
	/** For a parent's record: whether the domain exists (np is for names that do not); undefined when not asked or not known. */
	exists?: boolean;
}

const POLICIES: ReadonlySet<string> = new Set(['none', 'quarantine', 'reject']);

/** Whether a TXT string is a DMARC record: its first tag is v=DMARC1 (§6.4). */
export function isDmarcRecord(text: string): boolean {
	return /^v\s*=\s*DMARC1\s*(?:;|$)/.test(text);
}

/** The tags of a DMARC record; undefined when it has no usable policy (§6.6.3 step 6). */
export function parseDmarcRecord(text: string): DmarcRecord | undefined {
	const tags = new Map<string, string>();
	for (const part of text.split(';')) {
		const tag = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(part);
		if (tag && !tags.has(tag[1]!.toLowerCase())) tags.set(tag[1]!.toLowerCase(), tag[2]!);
	}
	const problems: string[] = [];
	const uris = (name: string): string[] => {
		const value = tags.get(name);
		if (value === undefined || value === '') return [];
		const list = value.split(',').map(uri => uri.trim()).filter(Boolean);
		const valid = list.filter(uri => /^mailto:[^\s@]+@[^\s@]+$/i.test(uri.replace(/!\d+[kmgt]?$/i, '')));
		if (valid.length < list.length) problems.push(`${name} has addresses that are not mailto: URIs`);
		return valid;
	};
	const rua = uris('rua');
	const ruf = uris('ruf');
	let p = tags.get('p')?.toLowerCase();
	if (p === undefined || !POLICIES.has(p)) {
		// §6.6.3 step 6: an invalid or missing p with a valid rua applies as p=none.
		if (rua.length === 0) return undefined;
		problems.push(p === undefined ? 'p= is missing: the record applies as p=none' : `p=${p} is not none, quarantine or reject: the record applies as p=none`);
		p = 'none';
	}
	const policy = p as DmarcPolicy;
	const sp = tags.get('sp')?.toLowerCase();
	if (sp !== undefined && !POLICIES.has(sp)) problems.push(`sp=${sp} is not none, quarantine or reject`);
	const np = tags.get('np')?.toLowerCase();
	if (np !== undefined && !POLICIES.has(np)) problems.push(`np=${np} is not none, quarantine or reject`);
	const psd = tags.get('psd')?.toLowerCase();
	if (psd !== undefined && psd !== 'y' && psd !== 'n' && psd !== 'u') problems.push(`psd=${psd} is not y, n or u`);
	const mode = (name: 'adkim' | 'aspf'): 'r' | 's' => {
		const value = tags.get(name)?.toLowerCase();
		if (value === undefined) return 'r';
		if (value === 'r' || value === 's') return value;
		problems.push(`${name}=${value} is not r or s`);
		return 'r';
	};
	const pctText = tags.get('pct');
	let pct = 100;
	if (pctText !== undefined) {
		if (/^\d{1,3}$/.test(pctText) && Number(pctText) <= 100) pct = Number(pctText);
		else problems.push(`pct=${pctText} is not 0 to 100`);
	}
	const subdomains = sp !== undefined && POLICIES.has(sp) ? sp as DmarcPolicy : policy;
	return {
		p: policy,
		sp: subdomains,
		np: np !== undefined && POLICIES.has(np) ? np as DmarcPolicy : subdomains,
		psd: psd === 'y' || psd === 'n' ? psd : 'u',
		adkim: mode('adkim'),
		aspf: mode('aspf'),
		pct,
		rua,
		ruf,
		problems,
	};
}

export async function checkDmarc(domain: string, resolver: Resolver): Promise<DmarcCheck> {
	const query = `_dmarc.${domain}`;
	const answer = await resolver.query(query, 'TXT');
	if (answer.status !== 'ok' && answer.status !== 'nxdomain') return {domain, query, status: 'error', detail: failure(answer)};
	const records = answer.status === 'ok' ? answer.records.filter(isDmarcRecord) : [];
	const record = records.length === 1 ? parseDmarcRecord(records[0]!) : undefined;
	if (record) return {domain, query, status: 'ok', text: records[0]!, record, source: 'domain', policyDomain: domain, applied: {policy: record.p, tag: 'p'}};
	// No usable record of its own: why, then the tree walk (RFC 9989 §4.10.1).
	const own = records.length > 1
		? `${query} has ${records.length} DMARC records, so receivers discard them all (RFC 9989 §4.10)`
		: records.length === 1 ? `the record at ${query} has no valid p= and no rua=, so receivers ignore it (RFC 7489 §6.6.3)` : `no DMARC record at ${query}`;
	const walked = await treeWalk(domain, resolver);
	if ('error' in walked) return {domain, query, status: 'error', walk: walked.walk, detail: `${own}; the search of its parents failed: ${walked.error}`};
	const {organizationalDomain, policy, source} = walkOutcome(domain, walked.entries);
	const base = {domain, query, walk: walked.walk, organizationalDomain};
	const parentRecord = policy && parseDmarcRecord(policy.text!);
	if (!policy || !parentRecord || !source) {
		const none = records.length > 1 ? 'multiple' as const : 'none' as const;
		const asked = walked.walk.length ? ` nor at ${walked.walk.map(name => `_dmarc.${name}`).join(', ')}` : '';
		const ignored = policy ? `; the record at _dmarc.${policy.name} has no valid p= and no rua=, so receivers ignore it` : '';
		return {...base, status: none, ...(records.length === 1 ? {text: records[0]!} : {}), detail: `${own}${asked}${ignored}: receivers apply no DMARC policy to mail from ${domain} (RFC 9989 §4.10.1)`};
	}
	// A parent's record: sp for a domain that exists, np for one that does not (§4.10.1; NXDOMAIN, §3.2.13).
	// The domain's own TXT answer says which (the SPF check asks the same, so the resolver's cache answers).
	let exists: boolean | undefined;
	if (parentRecord.np !== parentRecord.sp) {
		const self = await resolver.query(domain, 'TXT');
		if (self.status === 'nxdomain') exists = false;
		else if (self.status === 'ok') exists = true;
	}
	const applied = exists === false ? {policy: parentRecord.np, tag: 'np' as const} : {policy: parentRecord.sp, tag: 'sp' as const};
	return {...base, status: 'ok', text: policy.text!, record: parentRecord, source, policyDomain: policy.name, applied, ...(exists !== undefined ? {exists} : {}), detail: own};
}

/** Queries the walk's names (dmarc-walk.ts) until a psd=y or psd=n record stops it; a failed query stops it with an error. */
async function treeWalk(domain: string, resolver: Resolver): Promise<{entries: WalkEntry[]; walk: string[]} | {error: string; walk: string[]}> {
	const entries: WalkEntry[] = [];
	const walk: string[] = [];
	for (const name of treeWalkNames(domain)) {
		walk.push(name);
		const answer = await resolver.query(`_dmarc.${name}`, 'TXT');
		const entry = walkEntry(name, answer, isDmarcRecord);
		if (!entry) return {error: `_dmarc.${name}: ${failure(answer)}`, walk};
		entries.push(entry);
		if (stopsWalk(entry)) break;
	}
	return {entries, walk};
}
