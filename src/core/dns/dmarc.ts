// DMARC (RFC 7489) of a domain: the TXT record at _dmarc.<domain> (§6.1) and its tags (§6.3): the policy
// (p, sp), the alignment modes (adkim, aspf), pct, and where reports go (rua, ruf).
//
// No organisational-domain fallback: for a subdomain without a record, RFC 7489 §6.6.3 looks at the
// organisational domain, which needs the Public Suffix List to find; the check says so instead of guessing.
import {failure, type Resolver} from './doh';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
	p: DmarcPolicy;
	/** The subdomain policy; p when absent (§6.3). */
	sp: DmarcPolicy;
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
	/** The name queried. */
	query: string;
	/** ok: one record; none: none at this name; multiple: more than one (DMARC does not apply, §6.6.3); error: the lookup failed. */
	status: 'ok' | 'none' | 'multiple' | 'error';
	text?: string;
	record?: DmarcRecord;
	detail?: string;
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
	return {
		p: policy,
		sp: sp !== undefined && POLICIES.has(sp) ? sp as DmarcPolicy : policy,
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
	const none = {domain, query, status: 'none' as const, detail: `no DMARC record at ${query}${domain.split('.').length > 2 ? ' (receivers then look at the organisational domain\'s record, not checked here)' : ''}`};
	if (answer.status === 'nxdomain') return none;
	if (answer.status !== 'ok') return {domain, query, status: 'error', detail: failure(answer)};
	const records = answer.records.filter(isDmarcRecord);
	if (records.length === 0) return none;
	if (records.length > 1) return {domain, query, status: 'multiple', detail: `${query} has ${records.length} DMARC records: receivers apply none of them (RFC 7489 §6.6.3)`};
	const record = parseDmarcRecord(records[0]!);
	if (!record) return {domain, query, status: 'none', text: records[0]!, detail: `the record at ${query} has no valid p= and no rua=, so receivers ignore it (RFC 7489 §6.6.3)`};
	return {domain, query, status: 'ok', text: records[0]!, record};
}
