// One chunk of a body's text → marks. Every token findMatches finds becomes one Range over exactly its
// characters (continuation prefixes `550-5.1.1` included); the grouping findCodes uses ties each token
// to its reply (reply code + enhanced code + tags + the reply's text), which is what the card explains.
import {findMatches, groupFindings, type CodeMatch, type Finding} from '../core';
import {tagTone} from './explain-mark';
import type {Mark, MarkTone, Reply} from './marks';
import {positionAt, type Chunk} from './text-map';

const TONE_OF_CLASS: Record<string, MarkTone> = {'2': 'success', '3': 'information', '4': 'transient', '5': 'permanent'};

/**
 * The tone of a reply: its reply code's class, else its enhanced code's, else what its provider tag
 * means (known once the background explained it, explain-mark.ts; until then 'information', re-toned then).
 */
export function toneOf(group: Reply, body: Element): MarkTone {
	const digit = group.reply?.[0] ?? group.enhanced?.[0];
	if (digit) return TONE_OF_CLASS[digit] ?? 'permanent';
	return tagTone(group, body) ?? 'information';
}

function replyOf(finding: Finding): Reply {
	return {
		reply: finding.reply?.code,
		enhanced: finding.enhanced?.code,
		tags: finding.tags.map(tag => tag.code),
		text: finding.text,
	};
}

function rangeOf(chunk: Chunk, match: CodeMatch): Range | undefined {
	const start = positionAt(chunk, match.start, false);
	const end = positionAt(chunk, match.end, true);
	if (!start || !end) return undefined;
	const range = start.node.ownerDocument.createRange();
	range.setStart(start.node, start.offset);
	range.setEnd(end.node, end.offset);
	return range;
}

/** The marks of one chunk, in document order, and the chunk's findings. */
export function marksOfChunk(chunk: Chunk, body: Element): {marks: Mark[]; findings: Finding[]} {
	const matches = findMatches(chunk.text);
	const findings = groupFindings(chunk.text, matches);
	const marks: Mark[] = [];
	let f = -1;
	let group: Reply | undefined;
	let tone: MarkTone = 'information';
	for (const match of matches) {
		// Findings are in order and each match lies in the last finding that starts at or before it.
		while (f + 1 < findings.length && findings[f + 1]!.start <= match.start) {
			f++;
			group = replyOf(findings[f]!);
			tone = toneOf(group, body);
		}
		if (!group) continue;
		const range = rangeOf(chunk, match);
		if (range) marks.push({range, code: match.code, kind: match.kind, tone, group, body});
	}
	return {marks, findings};
}
