// Result rows derived from stored lookups.
import {explain, isInvalid} from '../core';
import type {ResultItem} from './items';
import type {RecentEntry} from './recent';

export function recentItem(entry: RecentEntry): ResultItem {
	const result = explain(entry.query);
	const e = isInvalid(result) ? undefined : result;
	return {key: `recent:${entry.query}`, code: entry.query, title: e?.title ?? entry.title, severity: e?.severity, query: entry.query, explain: () => e};
}
