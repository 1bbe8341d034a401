// The decoding half of the content script: the displayed-text decoder behind the verdict banner. It is
// most of the content script's bytes, so it is a chunk of its own, loaded on the first page that shows
// a code (knowledge-loader.ts); marking needs none of it. It imports the text path only (decode/
// text-report.ts), never decode.ts, so postal-mime stays out; explanations come from the background
// (explain-mark.ts).
import {decodeText} from '../core/decode/text-report';
import {verdictLines, type VerdictLine} from './verdict';

/** The verdict banner's lines for a body's displayed text (none when it is not a bounce). */
export function verdictOf(text: string): VerdictLine[] {
	return verdictLines(decodeText(text));
}
