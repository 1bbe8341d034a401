// Result rows derived from stored lookups and from dropped files.
import {explain, explainReplies, isInvalid} from '../core';
import type {ResultItem} from './items';
import {explanationItem} from './items';
import {codesInText} from './lookup';
import type {RecentEntry} from './recent';
import type {DecodeState} from './use-decode';

export function recentItem(entry: RecentEntry): ResultItem {
	const result = explain(entry.query);
	const e = isInvalid(result) ? undefined : result;
	return {key: `recent:${entry.query}`, code: entry.query, title: e?.title ?? entry.title, severity: e?.severity, query: entry.query, explain: () => e};
}

/** Codes are ASCII in every part of a bounce that carries them (DSN fields, SMTP transcripts), so the first MBs as UTF-8 are enough. */
const SCAN_BYTES = 4 * 1024 * 1024;

/**
 * Every reply in a raw email, explained with the decoded report once there is one, plus each
 * recipient's reply from the decoder (which also reads encoded parts), explained the same way.
 */
export function fileCodes(bytes: Uint8Array, decode: DecodeState): ResultItem[] {
	const text = new TextDecoder('utf-8').decode(bytes.subarray(0, SCAN_BYTES));
	const report = decode.status === 'done' ? decode.report : undefined;
	const items = codesInText(text, report);
	if (!report) return items;
	const seen = new Set(items.map(item => item.code));
	const replies = report.recipients.map(r => ({reply: r.replyCode || undefined, enhanced: r.status || undefined, tags: [], text: r.diagnostic}));
	explainReplies(replies, {report}).forEach(e => {
		if (!e || seen.has(e.code)) return;
		seen.add(e.code);
		items.push(explanationItem(e, `recipient:${e.code}`));
	});
	return items;
}
