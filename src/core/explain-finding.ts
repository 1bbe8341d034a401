// One reply as found in a text (reply code + enhanced code + tags + its words) → its explanation,
// with the reply's own words as context so a provider's reading applies (`… gsmtp`, `[TSS04]`).
import {explain, isInvalid} from './explain';
import type {Explanation, Finding} from './types';

export function explainFinding(finding: Finding): Explanation | undefined {
	const tags = finding.tags.map(tag => tag.code);
	const ctx = {text: finding.text, tags};
	const {reply, enhanced} = finding;
	const candidates = [
		reply && enhanced ? `${reply.code} ${enhanced.code}` : undefined,
		enhanced?.code,
		reply?.code,
		...tags,
	];
	for (const code of candidates) {
		if (!code) continue;
		const result = explain(code, ctx);
		if (!isInvalid(result)) return result;
	}
	return undefined;
}
