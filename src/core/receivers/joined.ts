// Many regexes searched as one. A regex search reports the leftmost position where any alternative
// matches, so an alternation of one receiver's patterns gives the position of its earliest match in
// one search instead of one per pattern. And what is built from lists is rebuilt when one changes.
import type {Receiver} from '../types';

/** Whether a pattern keeps its meaning inside a larger alternation: not sticky, no backreference, no named group. */
export function joinable(pattern: RegExp): boolean {
	return !pattern.sticky && !/\\[1-9k]|\(\?</.test(pattern.source.replace(/\(\?<[=!]/g, ''));
}

/** The lists a joined pattern was built from, as they were: it is rebuilt when one is replaced or grows. */
export interface ListsSeen {
	lists: readonly (readonly unknown[])[];
	lengths: readonly number[];
}

export function seen(lists: readonly (readonly unknown[])[]): ListsSeen {
	return {lists, lengths: lists.map(list => list.length)};
}

export function unchanged(then: ListsSeen, lists: readonly (readonly unknown[])[]): boolean {
	return then.lists.length === lists.length && lists.every((list, i) => list === then.lists[i] && list.length === then.lengths[i]);
}

/** unchanged() for the receivers' signature lists, asked without building the list of lists (it is asked on every search). */
export function sameDetect(then: ListsSeen, items: readonly Receiver[]): boolean {
	const {lists, lengths} = then;
	if (lists.length !== items.length) return false;
	for (let i = 0; i < items.length; i++) {
		const list = items[i]!.detect;
		if (list !== lists[i] || list.length !== lengths[i]) return false;
	}
	return true;
}

/**
 * unchanged() for lists of some receivers' rules: the receivers are those seen (`items` at the time),
 * and the rules of each whose list was kept (not `none`) are the same array of the same length.
 */
export function sameRules(then: ListsSeen & {items: readonly Receiver[]}, items: readonly Receiver[], none: readonly unknown[]): boolean {
	const {lists, lengths} = then;
	if (lists.length !== items.length) return false;
	for (let i = 0; i < items.length; i++) {
		const receiver = items[i]!;
		if (receiver !== then.items[i]) return false;
		if (lists[i] !== none && (receiver.rules !== lists[i] || receiver.rules.length !== lengths[i])) return false;
	}
	return true;
}

const joinedCache = new WeakMap<Receiver, {seen: ListsSeen; patterns: RegExp[]}>();

/**
 * A receiver's detect patterns joined into one alternation per set of flags, so one search per
 * receiver gives the position of its earliest first match. Patterns that cannot be joined keep their
 * own search.
 */
export function joinedDetect(receiver: Receiver): RegExp[] {
	const cached = joinedCache.get(receiver);
	// unchanged() of the one list, without building a list of it (asked for every receiver on each search).
	if (cached && cached.seen.lists[0] === receiver.detect && cached.seen.lengths[0] === receiver.detect.length) return cached.patterns;
	const byFlags = new Map<string, string[]>();
	const patterns: RegExp[] = [];
	for (const pattern of receiver.detect) {
		if (!joinable(pattern)) {
			patterns.push(pattern);
			continue;
		}
		const flags = pattern.flags.replace('g', '');
		const sources = byFlags.get(flags) ?? [];
		sources.push(`(?:${pattern.source})`);
		byFlags.set(flags, sources);
	}
	for (const [flags, sources] of byFlags) patterns.push(new RegExp(sources.join('|'), flags));
	joinedCache.set(receiver, {seen: seen([receiver.detect]), patterns});
	return patterns;
}
