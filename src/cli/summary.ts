// Stage 3, for whoever cleans a mailing list: counts over the whole run — by reason, by provider, by
// recipient domain — the addresses to suppress, and the addresses that complained. Only these
// tallies are kept, never the results.
//
// "To suppress" is the core's rule (src/core/suppress.ts: a valid address that failed for good with
// a hard bounce), the same the popup copies. Soft bounces are counted, not listed. "Complained" is
// the core's complainant(): the recipient of a feedback report of type abuse or fraud.
import {complainant, receivers, REASON_WORDS, suppressible, validAddress, type BounceReport, type Reason} from '../core';
import type {ResultOut} from './run';
import type {Paint} from './wrap';
import {counted, grouped} from './grouped';

/** Rows shown per table in the text form (the JSON form has them all). */
const TOP = 20;

export interface SummaryJson {
	inputs: number;
	errors: number;
	recipients: number;
	byKind: Record<string, number>;
	byReason: Record<string, number>;
	byProvider: Record<string, number>;
	byDomain: Record<string, number>;
	suppress: string[];
	/** The addresses that complained (feedback reports of type abuse or fraud): not bounces, but not to be mailed again. */
	complained: string[];
}

function bump(map: Map<string, number>, key: string): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

/** Most first, then by name: the same run always prints the same summary. */
function ranked(map: Map<string, number>): [string, number][] {
	return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function domainOf(address: string): string {
	return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Each kind of result in words, for the text form's first table (the JSON form has the kinds as they are). */
const KIND_WORDS: Readonly<Record<string, string>> = {
	bounce: 'bounces: delivery failed',
	delay: 'delays: the sending server still retries',
	delivered: 'delivery reports: delivered',
	feedback: 'feedback reports (complaints and the like)',
	autoreply: 'auto-replies (vacation, out of office)',
	none: 'no bounce found',
	code: 'codes looked up',
	invalid: 'not readable',
};

function providerName(id: string): string {
	return receivers.find(r => r.id === id)?.name ?? id;
}

/**
 * What one result adds to a summary, small enough to pass between threads (a worker computes it
 * where it decoded the result): its kind, whether it failed, and per recipient its reason,
 * provider, domain ('' without a valid address), the address to suppress and the address that
 * complained ('' for none).
 */
export interface Tally {
	kind: string;
	error: boolean;
	recipients: [reason: string, provider: string, domain: string, suppress: string, complained: string][];
}

export function tallyOf(result: ResultOut): Tally {
	const kind = result.kind as BounceReport['kind'];
	return {
		kind: result.kind,
		error: Boolean(result.error),
		recipients: result.recipients.map(r => {
			const address = validAddress(r.recipient);
			return [r.reason, r.provider ?? '', address ? domainOf(address) : '', suppressible(r, kind) ?? '', complainant(r, kind) ?? ''];
		}),
	};
}

export class Summary {
	private inputs = 0;
	private errors = 0;
	private recipients = 0;
	private readonly byKind = new Map<string, number>();
	private readonly byReason = new Map<string, number>();
	private readonly byProvider = new Map<string, number>();
	private readonly byDomain = new Map<string, number>();
	private readonly suppress = new Set<string>();
	private readonly complained = new Set<string>();

	add(result: ResultOut): void {
		this.count(tallyOf(result));
	}

	count(tally: Tally): void {
		this.inputs++;
		if (tally.error) this.errors++;
		bump(this.byKind, tally.kind);
		for (const [reason, provider, domain, suppress, complained] of tally.recipients) {
			this.recipients++;
			bump(this.byReason, reason);
			if (provider) bump(this.byProvider, provider);
			if (domain) bump(this.byDomain, domain);
			if (suppress) this.suppress.add(suppress);
			if (complained) this.complained.add(complained);
		}
	}

	json(): SummaryJson {
		const object = (map: Map<string, number>) => Object.fromEntries(ranked(map));
		return {inputs: this.inputs, errors: this.errors, recipients: this.recipients, byKind: object(this.byKind), byReason: object(this.byReason), byProvider: object(this.byProvider), byDomain: object(this.byDomain), suppress: [...this.suppress].sort(), complained: [...this.complained].sort()};
	}

	text(paint: Paint): string {
		const count = (n: number) => grouped(n).padStart(8);
		const table = (title: string, map: Map<string, number>, name: (key: string) => string) => {
			const rows = ranked(map);
			const lines = ['', paint(title, 'bold')];
			if (rows.length === 0) lines.push('         none');
			for (const [key, n] of rows.slice(0, TOP)) lines.push(`${count(n)}  ${name(key)}`);
			if (rows.length > TOP) lines.push(`          … and ${grouped(rows.length - TOP)} more (--summary --json lists them all)`);
			return lines;
		};
		const lines = [
			paint(`${counted(this.inputs, 'input', 'inputs')}, ${counted(this.recipients, 'recipient', 'recipients')}${this.errors ? `, ${grouped(this.errors)} not readable` : ''}`, 'bold'),
			...table('By kind', this.byKind, key => KIND_WORDS[key] ?? key),
			...table('By reason', this.byReason, key => REASON_WORDS[key as Reason]?.words ?? key),
			...table('By provider', this.byProvider, providerName),
			...table('By recipient domain', this.byDomain, key => key),
			'',
			paint(`To suppress: ${counted(this.suppress.size, 'address', 'addresses')} — hard bounces, the address is wrong or gone; do not mail them again`, 'bold'),
			...[...this.suppress].sort(),
			// Shown when there are any: most runs over a bounce mailbox hold no feedback report.
			...(this.complained.size === 0 ? [] : ['', paint(`Complained: ${counted(this.complained.size, 'address', 'addresses')} — marked your message as spam or fraud (feedback reports); do not mail them again`, 'bold'), ...[...this.complained].sort()]),
		];
		return lines.join('\n');
	}
}
