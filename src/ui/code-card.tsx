// The code card: one Explanation, shown the same in the popup, the full-page view and the hover card.
// Text only goes through Preact (never HTML), because explanations can quote a bounce's words.
import type {Explanation} from '../core';
import {useState} from 'preact/hooks';
import {CopyButton} from './copy-button';
import {explanationAsText} from './copy';
import {retryLabel, severityLabel, whoActsLabel} from './severity';

export interface CodeCardProps {
	explanation: Explanation;
	/** Hover-card size: meaning, who acts, retry and the first fix steps only. */
	compact?: boolean;
	/** The server's reply the code came in (the evidence), shown clipped with a way to expand it. */
	reply?: string;
	onOpenFull?: () => void;
}

const COMPACT_STEPS = 3;

export function CodeCard({explanation: e, compact = false, reply, onOpenFull}: CodeCardProps) {
	const steps = compact ? e.fix.slice(0, COMPACT_STEPS) : e.fix;
	const titleId = `bd-card-title-${e.code.replace(/\W+/g, '-')}`;
	return (
		<article class={`bd-card bd-sev-${e.severity}${compact ? ' bd-compact' : ''}`} aria-labelledby={titleId} data-code={e.code}>
			<header class="bd-card-head">
				<code class="bd-code">{e.code}</code>
				<span class="bd-badge" data-severity={e.severity}>{severityLabel(e.severity)}</span>
				{e.provider && <span class="bd-provider">{e.provider.name}</span>}
			</header>
			<h2 class="bd-title" id={titleId}>{e.title}</h2>
			<p class="bd-meaning">{e.meaning}</p>
			{reply && <Reply text={reply} />}
			<dl class="bd-facts">
				<div><dt>Who acts</dt><dd>{whoActsLabel[e.whoActs]}</dd></div>
				<div><dt>Retry</dt><dd>{retryLabel[e.retry]}</dd></div>
			</dl>
			{steps.length > 0 && (
				<section class="bd-fix" aria-label="What to do">
					<h3>What to do</h3>
					<ol>{steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
				</section>
			)}
			{!compact && e.causes.length > 0 && (
				<section class="bd-causes" aria-label="Likely causes">
					<h3>Likely causes</h3>
					<ul>{e.causes.map((cause, i) => <li key={i}>{cause}</li>)}</ul>
				</section>
			)}
			{e.provider && (
				<p class="bd-provider-note">{providerNote(e.provider, compact)}</p>
			)}
			{e.notes.length > 0 && (
				<ul class="bd-notes" aria-label="Notes">
					{(compact ? e.notes.slice(0, 1) : e.notes).map((note, i) => <li key={i}>{note}</li>)}
				</ul>
			)}
			{!compact && e.parts && e.parts.length > 0 && (
				<section class="bd-parts" aria-label="Parts">
					<h3>Each part</h3>
					<ul>{e.parts.map(part => <li key={part.code}><code>{part.code}</code> {part.title} <span class="bd-badge" data-severity={part.severity}>{severityLabel(part.severity)}</span></li>)}</ul>
				</section>
			)}
			{!compact && e.sources.length > 0 && <Sources sources={e.sources} />}
			<div class="bd-actions">
				{onOpenFull && <button type="button" class="bd-open-full" onClick={onOpenFull}>Open full explanation</button>}
				<CopyButton label="Copy explanation" text={() => explanationAsText(e, reply)} />
			</div>
		</article>
	);
}

/** Whose meaning the card gives, said for what the source is (Receiver.kind). */
export function providerNote(p: NonNullable<Explanation['provider']>, compact: boolean): string {
	switch (p.kind) {
		case 'list':
			return compact ? `${p.name}’s own meaning.` : `As ${p.name} means it: the list’s or filter’s own reading, whichever server quoted it.`;
		case 'software':
			return compact ? `${p.name}’s fixed reply text.` : `${p.name}’s own reply text: any server that runs ${p.name} sends these words, so it says what failed whatever the provider.`;
		case 'situation':
			return compact ? `Read from the server’s words (${p.name}).` : `Read from the server’s own words (${p.name}), whichever provider or software wrote them.`;
		default:
			return compact ? `${p.name}’s own meaning of this code.` : `As used by ${p.name}: this meaning is the provider’s own, which can differ from the registry’s.`;
	}
}

/** Characters of a reply shown before it is expanded. */
const REPLY_CLIP = 160;

/** The server's reply: clipped with an ellipsis, expandable, and copyable as it was sent. */
function Reply({text}: {text: string}) {
	const [open, setOpen] = useState(false);
	const clipped = text.length > REPLY_CLIP && !open;
	return (
		<section class="bd-reply" aria-label="Server's reply">
			<h3>Server's reply</h3>
			<p class="bd-reply-text">{clipped ? `${text.slice(0, REPLY_CLIP).trimEnd()}…` : text}</p>
			<div class="bd-reply-actions">
				{text.length > REPLY_CLIP && <button type="button" class="bd-link" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Show less' : 'Show all'}</button>}
				<CopyButton label="Copy reply" text={() => text} />
			</div>
		</section>
	);
}

function Sources({sources}: {sources: string[]}) {
	return (
		<section class="bd-sources" aria-label="Sources">
			<h3>Sources</h3>
			<ul>
				{sources.map(source => (
					<li key={source}>{/^https:\/\//.test(source)
						? <a href={source} target="_blank" rel="noreferrer noopener">{source}</a>
						: source}</li>
				))}
			</ul>
		</section>
	);
}
