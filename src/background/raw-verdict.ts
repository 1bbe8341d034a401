// The verdict banner's verdicts, decoded in the worker so the content script carries no decoder (its
// size budget): `raw-verdict` for a whole raw message (an adapter's rawMessage, as Gmail's "Show
// original" shows it; raw MIME needs postal-mime), `text-verdict` for a body's displayed text. The
// banner names the recipients that were not delivered, or not yet.
import {decodeBounce, reportVerdict, decodeText, type BounceReport, type Verdict} from '../core';
import {MAX_RAW_VERDICT} from '../shared/messages';

/** The recipients the banner names: those not delivered, or not yet. */
export function bannerVerdicts(report: BounceReport): Verdict[] {
	return reportVerdict(report).recipients.filter(v => v.outcome === 'failed' || v.outcome === 'delayed');
}

export async function rawVerdict(raw: unknown): Promise<Verdict[]> {
	if (typeof raw !== 'string' || !raw.trim()) return [];
	return bannerVerdicts(await decodeBounce(raw.slice(0, MAX_RAW_VERDICT)));
}

export async function textVerdict(text: unknown): Promise<Verdict[]> {
	if (typeof text !== 'string' || !text.trim()) return [];
	return bannerVerdicts(decodeText(text.slice(0, MAX_RAW_VERDICT)));
}
