// The receiving provider of a whole bounce, from the fields that name the server which answered:
// the host Postfix quotes (`host mx.example.com[192.0.2.1] said:`), the DSN's Remote-MTA and
// Reporting-MTA (RFC 3464 §2.3.3, §2.2.2), Exchange's "Generating server:", the bounce's own Received
// lines (RFC 5321 §4.4). Read in that order: the remote server's name says whose reply it is more
// surely than the name of the server that wrote the report. A provider named only elsewhere in the
// text (a sender's address, a quoted original message) is not the receiving provider.
import type {BounceReport, ProviderId} from './types';
import {hostProvider} from './receivers/receiving';

interface HostField {
	/** The field's keyword, lower case: every match holds it, ending in the only colon it holds. */
	keyword: string;
	/** Captures one host name; bounded repetitions keep it linear. */
	pattern: RegExp;
	/**
	 * Where a match lies: `line`, from the start of the keyword's line with only blanks before the
	 * keyword (`^[ \t]*` of an m-flag search), read there (sticky); `keyword`, at the keyword (sticky);
	 * `search`, on the keyword's line before it (no match holds a line break), searched for there.
	 */
	at: 'line' | 'keyword' | 'search';
}

const HOST_FIELDS: readonly HostField[] = [
	{keyword: 'said:', at: 'search', pattern: /\bhost[ \t]+([a-z0-9][a-z0-9.-]{0,252})(?:\[[^\]\s]{0,64}\])?[ \t]+said:/gi},
	{keyword: 'remote-mta:', at: 'line', pattern: /[ \t]*Remote-MTA:[ \t]*(?:dns;[ \t]*)?([^\s;]{1,255})/iy},
	{keyword: 'generating server:', at: 'keyword', pattern: /\bGenerating server:[ \t]*([^\s]{1,255})/iy},
	{keyword: 'reporting-mta:', at: 'line', pattern: /[ \t]*Reporting-MTA:[ \t]*(?:dns;[ \t]*)?([^\s;]{1,255})/iy},
	{keyword: 'received:', at: 'line', pattern: /[ \t]*Received:[ \t]+from[ \t]+([^\s]{1,255})/iy},
];

/** The fields whose keyword has this letter (lower case, by char code < 128) before its colon, else null. */
const BY_LAST_LETTER: (readonly number[] | null)[] = Array.from({length: 128}, () => null);
HOST_FIELDS.forEach(({keyword}, field) => {
	const letter = keyword.charCodeAt(keyword.length - 2);
	BY_LAST_LETTER[letter] = [...(BY_LAST_LETTER[letter] ?? []), field];
});

/** Longest text read for the fields: a report's headers and DSN parts come well before this. */
const MAX_READ = 256 * 1024;

/** True when `word` (lower case) ends right before `end`, its letters in either case (as an `i` flag reads them). */
function endsWith(text: string, end: number, word: string): boolean {
	const start = end - word.length;
	if (start < 0) return false;
	for (let i = 0; i < word.length; i++) {
		const w = word.charCodeAt(i);
		const c = text.charCodeAt(start + i);
		if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
	}
	return true;
}

/**
 * Where each field's keyword occurs in the text, field by field: a field has matches only where its
 * keyword is, so it is read there instead of searched for through the whole text. Each keyword ends
 * in its only colon, so the colons (one fast search) are where to look, and no two keywords overlap.
 */
function keywordsOf(head: string): number[][] {
	const at: number[][] = HOST_FIELDS.map(() => []);
	// Most colons (times, addresses, other fields) follow a letter no keyword ends in: one table read each.
	for (let colon = head.indexOf(':'); colon >= 0; colon = head.indexOf(':', colon + 1)) {
		const before = head.charCodeAt(colon - 1) | 32;
		const fields = before < 128 ? BY_LAST_LETTER[before] : null;
		if (!fields) continue;
		for (const field of fields) {
			const {keyword} = HOST_FIELDS[field]!;
			if (!endsWith(head, colon + 1, keyword)) continue;
			at[field]!.push(colon + 1 - keyword.length);
			break;
		}
	}
	return at;
}

/** The start of the line `at` is on when only blanks precede it there, else -1 (`^` of the m flag: after \n, \r, U+2028, U+2029). */
function blankLineStart(text: string, at: number): number {
	let s = at;
	while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
	if (s === 0) return 0;
	const c = text.charCodeAt(s - 1);
	return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? s : -1;
}

/**
 * The hosts a bounce names as the answering or reporting server, in the order above, each given to
 * `visit` as it is read, until `visit` returns true (plain loops: read for most emails explained).
 */
function visitHosts(text: string, visit: (host: string) => boolean): void {
	const head = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
	const keywords = keywordsOf(head);
	for (let field = 0; field < HOST_FIELDS.length; field++) {
		const {pattern, at} = HOST_FIELDS[field]!;
		const positions = keywords[field]!;
		let lineEnd = -1;
		for (let k = 0; k < positions.length; k++) {
			const position = positions[k]!;
			if (at === 'search') {
				// Each line once; its own search finds what the whole text's would on it (the line
				// break before it reads as the start of the text does for \b).
				if (position < lineEnd) continue;
				lineEnd = head.indexOf('\n', position);
				if (lineEnd < 0) lineEnd = head.length;
				const line = head.slice(head.lastIndexOf('\n', position) + 1, lineEnd);
				// Each reading starts its own search: one that stopped early left lastIndex where it stopped.
				pattern.lastIndex = 0;
				for (let m = pattern.exec(line); m; m = pattern.exec(line)) if (m[1] && visit(m[1])) return;
				continue;
			}
			const start = at === 'line' ? blankLineStart(head, position) : position;
			if (start < 0) continue;
			pattern.lastIndex = start;
			const m = pattern.exec(head);
			if (m?.[1] && visit(m[1])) return;
		}
	}
}

/** The hosts a bounce names as the answering or reporting server, in the order above. */
export function bounceHosts(text: string): string[] {
	const hosts: string[] = [];
	visitHosts(text, host => {
		hosts.push(host);
		return false;
	});
	return hosts;
}

/**
 * What hostProvider gave each host asked about in one email (one explainText): a bounce's Remote-MTA
 * is mostly its recipient's remote MTA too, asked about for the report first.
 */
export type HostAnswers = Map<string, ProviderId | undefined>;

/** hostProvider(host), from `known` when the email asked already. */
function providerOfHost(host: string, known: HostAnswers | undefined): ProviderId | undefined {
	if (!known) return hostProvider(host);
	if (known.has(host)) return known.get(host);
	const id = hostProvider(host);
	known.set(host, id);
	return id;
}

/**
 * The receiving provider the bounce's host fields name, or undefined. Fields past the first that
 * names one are not read. `known`: the answers this email's hosts got so far (HostAnswers).
 */
export function bounceProvider(text: string, known?: HostAnswers): ProviderId | undefined {
	// A host named again (each Received line of one relay) is not searched again.
	const hosts = known ?? new Map<string, ProviderId | undefined>();
	let found: ProviderId | undefined;
	visitHosts(text, host => {
		const id = providerOfHost(host, hosts);
		if (!id) return false;
		found = id;
		return true;
	});
	return found;
}

/**
 * The provider a decoded report gives a reply: that of the recipient whose diagnostic is the reply
 * (or holds its codes), else that of the first recipient with one (a provider or a remote MTA naming one).
 */
export function reportProvider(report: BounceReport | undefined, words: string, codes: readonly string[], hosts?: HostAnswers): ProviderId | undefined {
	if (!report) return undefined;
	const own = report.recipients.find(r => r.diagnostic && (r.diagnostic.includes(words) || (codes.length > 0 && codes.every(code => r.diagnostic.includes(code)))));
	const mine = own && recipientProvider(own, hosts);
	if (mine) return mine;
	if (!firstProviders.has(report)) firstProviders.set(report, firstProvider(report, hosts));
	return firstProviders.get(report);
}

/**
 * A recipient's provider: its own, else the one its remote MTA names. Kept per recipient object (one
 * report's, so one email's): each reply of a text asks it again. `hosts` learns the remote MTA's answer.
 */
function recipientProvider(r: BounceReport['recipients'][number], hosts: HostAnswers | undefined): ProviderId | undefined {
	if (r.provider) return r.provider;
	const known = remoteProviders.get(r);
	if (known !== undefined && known.host === r.remoteMta) {
		if (hosts && !hosts.has(r.remoteMta)) hosts.set(r.remoteMta, known.id);
		return known.id;
	}
	const id = providerOfHost(r.remoteMta, hosts);
	remoteProviders.set(r, {host: r.remoteMta, id});
	return id;
}

const remoteProviders = new WeakMap<BounceReport['recipients'][number], {host: string; id: ProviderId | undefined}>();

/** The first recipient's provider, once per report: every reply of a text asks it again. */
const firstProviders = new WeakMap<BounceReport, ProviderId | undefined>();

function firstProvider(report: BounceReport, hosts: HostAnswers | undefined): ProviderId | undefined {
	for (const r of report.recipients) {
		const provider = recipientProvider(r, hosts);
		if (provider) return provider;
	}
	return undefined;
}
