// The verdict banner's lines, decoded in the worker so the content script carries no decoder (its size
// budget): `raw-verdict` for a whole raw message (an adapter's rawMessage, as Gmail's "Show original"
// shows it; raw MIME needs postal-mime), `text-verdict` for a body's displayed text.
import {decodeBounce} from '../core/decode';
import {decodeText} from '../core/decode/text-report';
import {verdictLines, type VerdictLine} from '../shared/verdict';
import {MAX_RAW_VERDICT} from '../shared/messages';

export async function rawVerdict(raw: unknown): Promise<VerdictLine[]> {
	if (typeof raw !== 'string' || !raw.trim()) return [];
	return verdictLines(await decodeBounce(raw.slice(0, MAX_RAW_VERDICT)));
}

export async function textVerdict(text: unknown): Promise<VerdictLine[]> {
	if (typeof text !== 'string' || !text.trim()) return [];
	return verdictLines(decodeText(text.slice(0, MAX_RAW_VERDICT)));
}
