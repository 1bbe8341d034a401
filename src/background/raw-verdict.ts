// The verdict banner's reading, decoded in the worker so the content script carries no decoder (its
// size budget): `raw-verdict` for a whole raw message (an adapter's rawMessage, as Gmail's "Show
// original" shows it; raw MIME needs postal-mime), `text-verdict` for a body's displayed text. The
// banner names the recipients that were not delivered, or not yet, and its details say what the
// bounce is about, where each failed, and which addresses to suppress.
import {addressesToSuppress, decodeBounce, reportVerdict, decodeText, type BounceReport} from '../core';
import {MAX_RAW_VERDICT, type BannerReading} from '../shared/messages';

const NOTHING: BannerReading = {verdicts: [], evidence: [], suppress: []};

/** The banner's reading of a report: the recipients not delivered, or not yet, with their evidence. */
export function bannerReading(report: BounceReport): BannerReading {
	const all = reportVerdict(report).recipients;
	const shown = all.flatMap((v, i) => (v.outcome === 'failed' || v.outcome === 'delayed' ? [i] : []));
	if (shown.length === 0) return NOTHING;
	return {
		verdicts: shown.map(i => all[i]!),
		evidence: shown.map(i => ({server: report.recipients[i]!.remoteMta, command: report.recipients[i]!.command})),
		...(report.original && {original: report.original}),
		suppress: addressesToSuppress(report),
	};
}

export async function rawVerdict(raw: unknown): Promise<BannerReading> {
	if (typeof raw !== 'string' || !raw.trim()) return NOTHING;
	return bannerReading(await decodeBounce(raw.slice(0, MAX_RAW_VERDICT)));
}

export async function textVerdict(text: unknown): Promise<BannerReading> {
	if (typeof text !== 'string' || !text.trim()) return NOTHING;
	return bannerReading(decodeText(text.slice(0, MAX_RAW_VERDICT)));
}
