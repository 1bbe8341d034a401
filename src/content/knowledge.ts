// The knowledge half of the content script: explanations (the core's data tables and provider rules)
// and bounce decoding. It is most of the bytes, so it is a chunk of its own, loaded on the first page
// that shows a code (knowledge-loader.ts); marking itself needs none of it.
import {explain, isInvalid} from '../core/explain';
import {decodeText} from '../core/decode';
import type {MarkTone, Reply} from './marks';
import {verdictLines, type VerdictLine} from './verdict';

export {explainMark, queryOf} from './explain-mark';

/** The tone of a reply known only by its provider tag (`[TSS04]` is transient, `(S3150)` permanent). */
export function toneOfTags(group: Reply): MarkTone {
	const tag = group.tags[0];
	if (!tag) return 'information';
	const explained = explain(tag, {text: group.text});
	if (isInvalid(explained) || explained.severity === 'intermediate') return 'information';
	return explained.severity;
}

/** The verdict banner's lines for a body's displayed text (none when it is not a bounce). */
export function verdictOf(text: string): VerdictLine[] {
	return verdictLines(decodeText(text));
}
