// Each receiver's rules sorted once by the tier of findProviderRule (index.ts) they can match in, their
// order kept, so a lookup reads only the rules of its tier instead of testing every rule against every
// tier; and a status range's bounds read once, not parsed again for every code it is asked about.
import type {ProviderRule, Receiver} from '../types';
import {isDigit} from '../find-codes/guards';
import {ruleTags} from './tags';

/** An enhanced code read as numbers: class, subject, detail. */
export interface Parsed {
	class: string;
	subject: string;
	detail: number;
}

/** The run of ASCII digits in s from `at`, at most `most` of them: where it ends. */
function digitsEnd(s: string, at: number, most: number): number {
	let i = at;
	while (i < s.length && i - at < most && isDigit(s.charCodeAt(i))) i++;
	return i;
}

/**
 * An enhanced status code, trimmed, read as /^([245])\.(\d{1,3})\.(\d{1,3})$/ reads it (`\d` is
 * ASCII digits alone without the u flag): by hand, without the match array and its strings.
 */
export function parseStatus(status: string): Parsed | undefined {
	const s = status.trim();
	const c = s.charCodeAt(0);
	if ((c !== 0x32 && c !== 0x34 && c !== 0x35) || s.charCodeAt(1) !== 0x2e) return undefined;
	const dot = digitsEnd(s, 2, 3);
	if (dot === 2 || s.charCodeAt(dot) !== 0x2e) return undefined;
	const end = digitsEnd(s, dot + 1, 3);
	if (end === dot + 1 || end !== s.length) return undefined;
	let detail = 0;
	for (let i = dot + 1; i < end; i++) detail = detail * 10 + s.charCodeAt(i) - 0x30;
	return {class: s[0]!, subject: s.slice(2, dot), detail};
}

/** A range rule's bounds, read: undefined when either bound is no enhanced code (the rule then holds no code). */
export interface Bounds {
	from: Parsed;
	to: Parsed;
}

function boundsOf(rule: ProviderRule): Bounds | undefined {
	const range = rule.status as {from: string; to: string};
	const from = parseStatus(range.from);
	const to = parseStatus(range.to);
	return from && to ? {from, to} : undefined;
}

/** True when `code` lies in the bounds: same class and subject as the lower bound, detail between the two. */
export function within(code: Parsed, bounds: Bounds): boolean {
	const {from, to} = bounds;
	return code.class === from.class && code.subject === from.subject && code.detail >= from.detail && code.detail <= to.detail;
}

export interface RuleGroups {
	rules: readonly ProviderRule[];
	length: number;
	tags: Map<string, ProviderRule>;
	exactPhrase: Map<string, ProviderRule[]>;
	exactPlain: Map<string, ProviderRule[]>;
	rangePhrase: ProviderRule[];
	rangePlain: ProviderRule[];
	/** The bounds of each rule of rangePhrase and rangePlain, by the same index. */
	rangePhraseBounds: (Bounds | undefined)[];
	rangePlainBounds: (Bounds | undefined)[];
	/** No status, no tag: a phrase and/or a reply code (tier 4). */
	open: ProviderRule[];
	/** No status, no tag, a phrase (the block-list tier 5). */
	phrased: ProviderRule[];
}

const groupCache = new WeakMap<Receiver, RuleGroups>();

function push<K>(map: Map<K, ProviderRule[]>, key: K, rule: ProviderRule): void {
	const list = map.get(key);
	if (list) list.push(rule);
	else map.set(key, [rule]);
}

/** The receiver's rules by tier; built again when its rule list is replaced or grows. */
export function groupsOf(receiver: Receiver): RuleGroups {
	const cached = groupCache.get(receiver);
	if (cached && cached.rules === receiver.rules && cached.length === receiver.rules.length) return cached;
	const g: RuleGroups = {
		rules: receiver.rules, length: receiver.rules.length, tags: new Map(), exactPhrase: new Map(), exactPlain: new Map(),
		rangePhrase: [], rangePlain: [], rangePhraseBounds: [], rangePlainBounds: [], open: [], phrased: [],
	};
	for (const r of receiver.rules) {
		for (const tag of ruleTags(r)) if (!g.tags.has(tag)) g.tags.set(tag, r);
		if (typeof r.status === 'string') push(r.phrase !== undefined ? g.exactPhrase : g.exactPlain, r.status, r);
		else if (typeof r.status === 'object') {
			if (r.phrase !== undefined) {
				g.rangePhrase.push(r);
				g.rangePhraseBounds.push(boundsOf(r));
			} else {
				g.rangePlain.push(r);
				g.rangePlainBounds.push(boundsOf(r));
			}
		} else if (r.tag === undefined) {
			if (r.phrase !== undefined || r.reply !== undefined) g.open.push(r);
			if (r.phrase !== undefined) g.phrased.push(r);
		}
	}
	groupCache.set(receiver, g);
	return g;
}
