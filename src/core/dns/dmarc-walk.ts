// The DMARC DNS Tree Walk: where a domain without a DMARC record of its own gets its policy from, found in
// the DNS rather than from a public-suffix list. RFC 9989 (DMARC, formerly draft-ietf-dmarc-dmarcbis;
// section numbers as in draft-ietf-dmarc-dmarcbis-41):
// - §4.10 (steps 3-7): after the Author Domain, query _dmarc at its parent — or, for a name of more than
//   eight labels, at its last seven labels — then one label shorter each time, down to a single label;
//   at most eight queries in all. Only records whose first tag is v=DMARC1 count; several at one name are
//   all discarded; a single record carrying psd=y or psd=n stops the walk.
// - §4.10.2: the Organizational Domain is, looking from the longest name to the shortest, the first name
//   whose record says psd=n; else the name one label below a record saying psd=y; else the name with the
//   fewest labels that has a record.
// - §4.10.1: the policy record is then the Organizational Domain's, else the Public Suffix Domain's (the
//   psd=y record).
import type {QueryResult} from './doh';

/** What one _dmarc.<name> query of the walk found. */
export interface WalkEntry {
	name: string;
	/** none: no DMARC record; multiple: several, all discarded (§4.10 step 6); record: exactly one. */
	kind: 'none' | 'multiple' | 'record';
	text?: string;
	/** The record's psd tag (§4.7): y, n, or u (absent or another value). */
	psd?: 'y' | 'n' | 'u';
}

/** The names the walk queries after the Author Domain itself, in order (§4.10 steps 3-7, §4.10.1). */
export function treeWalkNames(domain: string): string[] {
	const labels = domain.split('.');
	const names: string[] = [];
	for (let n = labels.length > 8 ? 7 : labels.length - 1; n >= 1; n--) names.push(labels.slice(-n).join('.'));
	return names;
}

/** The psd tag of a DMARC record, read on its own so that a record with other bad tags still steers the walk. */
export function psdTag(text: string): 'y' | 'n' | 'u' {
	const value = /(?:^|;)\s*psd\s*=\s*([^;\s]*)/i.exec(text)?.[1]?.toLowerCase();
	return value === 'y' || value === 'n' ? value : 'u';
}

/** One query's answer as the walk reads it; undefined when the query failed (not an answer about the name). */
export function walkEntry(name: string, answer: QueryResult, isRecord: (text: string) => boolean): WalkEntry | undefined {
	if (answer.status === 'nxdomain') return {name, kind: 'none'};
	if (answer.status !== 'ok') return undefined;
	const records = answer.records.filter(isRecord);
	if (records.length === 0) return {name, kind: 'none'};
	if (records.length > 1) return {name, kind: 'multiple'};
	return {name, kind: 'record', text: records[0]!, psd: psdTag(records[0]!)};
}

/** Whether the walk stops after this entry (§4.10 step 6). */
export const stopsWalk = (entry: WalkEntry): boolean => entry.kind === 'record' && entry.psd !== 'u';

/** The domain one label below `ancestor` on the way down to `domain`: (a.b.example.gov, gov) → example.gov. */
export function oneLabelBelow(domain: string, ancestor: string): string {
	const labels = domain.split('.');
	return labels.slice(-(ancestor.split('.').length + 1)).join('.');
}

/**
 * The Organizational Domain (§4.10.2) and the record that applies (§4.10.1) for `domain`, which has no
 * usable record of its own, from the walk's entries (longest name first, as queried).
 */
export function walkOutcome(domain: string, entries: readonly WalkEntry[]): {organizationalDomain: string; policy?: WalkEntry; source?: 'organizational-domain' | 'public-suffix-domain'} {
	const records = entries.filter(entry => entry.kind === 'record');
	const psdN = records.find(entry => entry.psd === 'n');
	const psdY = records.find(entry => entry.psd === 'y');
	let organizationalDomain = domain;
	// The walk stopped at the first psd=n or psd=y record, so at most one of them is here.
	if (psdN) organizationalDomain = psdN.name;
	else if (psdY) organizationalDomain = oneLabelBelow(domain, psdY.name);
	else if (records.length > 0) organizationalDomain = records[records.length - 1]!.name;
	const own = records.find(entry => entry.name === organizationalDomain);
	if (own) return {organizationalDomain, policy: own, source: 'organizational-domain'};
	if (psdY) return {organizationalDomain, policy: psdY, source: 'public-suffix-domain'};
	return {organizationalDomain};
}
