// The codes of a text or a raw email as result rows: each reply explained as a whole, in the light of
// the decoded report once there is one. Pure work over the core: the page runs it for short texts on
// each keystroke, the decode worker (decode-job.ts) for long texts, pasted bounces and dropped files.
import {explainReplies, explainText, type BounceReport, type Explanation} from '../core';
import {explanationItem, replyItem, type ResultItem} from './items';

/**
 * The replies found in a text, one item per distinct explanation in order of appearance: explainText
 * gives one code of one text one explanation, so `550 5.1.1` and a later bare `5.1.1` (the DSN's
 * Status field) are one item. `report`, once the text is decoded, gives the recipients' providers.
 */
export function codesInText(text: string, report?: BounceReport): ResultItem[] {
	const seen = new Set<Explanation>();
	const items: ResultItem[] = [];
	explainText(text, report).forEach((reply, i) => {
		if (seen.has(reply.explanation)) return;
		seen.add(reply.explanation);
		items.push(replyItem(reply, i));
	});
	return items;
}

/** Codes are ASCII in every part of a bounce that carries them (DSN fields, SMTP transcripts), so a message's first MBs are enough. */
export const SCAN_CHARS = 4 * 1024 * 1024;

/**
 * Every reply in one raw message (its first SCAN_CHARS), explained with its decoded report, plus
 * each recipient's reply from the decoder (which also reads encoded parts), explained the same way.
 */
export function messageCodes(text: string, report: BounceReport): ResultItem[] {
	const items = codesInText(text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text, report);
	const seen = new Set(items.map(item => item.code));
	const replies = report.recipients.map(r => ({reply: r.replyCode || undefined, enhanced: r.status || undefined, tags: [], text: r.diagnostic}));
	explainReplies(replies, {report}).forEach(e => {
		if (!e || seen.has(e.code)) return;
		seen.add(e.code);
		items.push(explanationItem(e, `recipient:${e.code}`));
	});
	return items;
}
