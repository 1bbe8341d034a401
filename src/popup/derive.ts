// Result rows derived from stored lookups and from dropped files.
import {explain, isInvalid} from '../core/explain';
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

/** Every code in a raw email, plus each recipient's code from the decoder (which also reads encoded parts). */
export function fileCodes(bytes: Uint8Array, decode: DecodeState): ResultItem[] {
	const text = new TextDecoder('utf-8').decode(bytes.subarray(0, SCAN_BYTES));
	const items = codesInText(text);
	if (decode.status !== 'done') return items;
	const seen = new Set(items.map(item => item.code));
	for (const r of decode.report.recipients) {
		const code = [r.replyCode, r.status].filter(Boolean).join(' ');
		if (!code || seen.has(code)) continue;
		const result = explain(code, {text: r.diagnostic, provider: r.provider});
		if (isInvalid(result)) continue;
		seen.add(code);
		items.push(explanationItem(result, `recipient:${code}`));
	}
	return items;
}
