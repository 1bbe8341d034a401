// `raw-verdict`: the verdict banner's lines for a whole raw message (an adapter's rawMessage, as Gmail's
// "Show original" shows it). Raw MIME needs postal-mime (decode.ts), which the content script leaves
// out for its size budget; displayed text is decoded in the content script itself (knowledge.ts).
import {decodeBounce} from '../core/decode';
import {verdictLines, type VerdictLine} from '../content/verdict';
import {MAX_RAW_VERDICT} from '../shared/messages';

export async function rawVerdict(raw: unknown): Promise<VerdictLine[]> {
	if (typeof raw !== 'string' || !raw.trim()) return [];
	return verdictLines(await decodeBounce(raw.slice(0, MAX_RAW_VERDICT)));
}
