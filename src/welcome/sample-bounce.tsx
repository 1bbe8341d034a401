// The welcome page's sample bounce, marked as the content script marks a webmail body: each code found
// (findMatches) is painted through the same CSS highlights (paint.ts) in its reply's colour, and its card is the reply's reading (explainText: the popup's reading of a pasted
// bounce). Marks are focusable: hover, click or Tab to one shows its card beside the text.
import {useMemo, useState} from 'preact/hooks';
import {explainText, findMatches, replyVerdict, type ExplainedReply} from '../core';
import {t} from '../shared/i18n';
import {CodeCard} from '../ui/code-card';
import {TONE_OF_SEVERITY} from './paint';

export interface Segment {
	text: string;
	/** Index into the replies of the text, for a code; absent for the text between codes. */
	reply?: number;
}

/** The text cut into plain runs and codes, each code tied to the reply (explainText) it belongs to. */
export function segmentsOf(text: string, replies: readonly ExplainedReply[]): Segment[] {
	const segments: Segment[] = [];
	let at = 0;
	for (const match of findMatches(text)) {
		const reply = replies.findIndex(r => r.finding.start <= match.start && match.end <= r.finding.end);
		if (reply < 0 || match.start < at) continue;
		if (match.start > at) segments.push({text: text.slice(at, match.start)});
		segments.push({text: text.slice(match.start, match.end), reply});
		at = match.end;
	}
	if (at < text.length) segments.push({text: text.slice(at)});
	return segments;
}

export function SampleBounce({text}: {text: string}) {
	const replies = useMemo(() => explainText(text), [text]);
	const segments = useMemo(() => segmentsOf(text, replies), [text, replies]);
	const [shown, setShown] = useState(0);

	const reply = replies[shown];
	return (
		<div class="sample">
			<pre class="sample-text" aria-label={t('welcome_sample_label')}>
				{segments.map((segment, i) => segment.reply === undefined ? segment.text : (
					<span
						key={i}
						class={`sample-mark${segment.reply === shown ? ' sample-mark-shown' : ''}`}
						data-tone={TONE_OF_SEVERITY[replies[segment.reply]!.explanation.severity]}
						tabIndex={0}
						role="button"
						aria-label={t('welcome_mark_label', segment.text)}
						onMouseEnter={() => setShown(segment.reply!)}
						onFocus={() => setShown(segment.reply!)}
						onClick={() => setShown(segment.reply!)}
					>{segment.text}</span>
				))}
			</pre>
			<div class="sample-card" aria-live="polite">
				{reply && <CodeCard explanation={reply.explanation} verdict={replyVerdict(reply.explanation)} reply={reply.finding.text} />}
			</div>
		</div>
	);
}
