// The code card, in order of need: the reply's verdict in one line, the code and its title (one line),
// what it means (two lines at most), who acts and retry, at most three steps, the evidence (the server's reply, whose reading it is, and
// what the host adds), then the actions ("Open full explanation", copy, and the host's own). The explain
// page shows the same card in full: the whole meaning, every step, the causes, notes, parts and sources.
// The body scrolls inside the card's height (--bd-max-height) with a "More below" cue; the action row
// stays in view. Text only goes through Preact (never HTML): explanations can quote a bounce's words.
import type {ComponentChildren} from 'preact';
import {useRef} from 'preact/hooks';
import type {Explanation, ReplyVerdict} from '../core';
import {cardModel, GLANCE_STEPS} from './card-model';
import {Evidence, FullProse} from './card-parts';
import {ActionLinks} from './action-links';
import {CopyButton} from './copy-button';
import {explanationAsText} from './copy';
import {CARD_LABELS as L} from './labels';
import {useFitViewport, useScrollCue} from './use-scroll-cue';

export {providerNote} from './card-parts';

export interface CodeCardProps {
	explanation: Explanation;
	/** The reply's verdict (core replyVerdict), from where the core runs; without it the code's own title leads. */
	verdict?: ReplyVerdict;
	/** The explain page: the full prose and every step. Otherwise the card is read at a glance. */
	full?: boolean;
	/** The server's reply the code came in (the evidence), shown clipped with a way to expand it. */
	reply?: string;
	/** More evidence from the host, after the reply: the remote server, the stage, links. */
	evidence?: ComponentChildren;
	/** More actions from the host, on the action row after the card's own. */
	actions?: ComponentChildren;
	/** Cap the card at the viewport's bottom edge from where it is laid out (a card in a page, not a floating one). */
	fitViewport?: boolean;
	onOpenFull?: () => void;
}

export function CodeCard({explanation: e, verdict, full = false, reply, evidence, actions, fitViewport = false, onOpenFull}: CodeCardProps) {
	const model = cardModel(e, verdict, full ? Infinity : GLANCE_STEPS);
	const id = `bd-card-${e.code.replace(/\W+/g, '-')}`;
	const card = useRef<HTMLElement>(null);
	const body = useRef<HTMLDivElement>(null);
	const [more, scrollOn] = useScrollCue(body, `${e.code}${full}`);
	useFitViewport(card, fitViewport);
	return (
		<article ref={card} class={`bd-card bd-sev-${e.severity}${full ? ' bd-full' : ' bd-glance'}`} aria-labelledby={`${id}-verdict`} aria-describedby={`${id}-title`} data-code={e.code} data-more={more ? 'below' : undefined}>
			<div class="bd-body" ref={body}>
				<header class="bd-card-head">
					<code class="bd-code">{e.code}</code>
					<span class="bd-badge" data-severity={e.severity}>{model.severityLabel}</span>
					{e.provider && <span class="bd-provider">{e.provider.name}</span>}
				</header>
				<p class="bd-verdict" id={`${id}-verdict`}>{model.verdict}</p>
				<h2 class="bd-title" id={`${id}-title`} title={full ? undefined : e.title}>{e.title}</h2>
				{/* The meaning is part of every card (DESIGN.md's content-script contract); at a glance it is
				    held to two lines (card.css), whole on the explain page and in the copied text. */}
				<p class="bd-meaning" title={full ? undefined : e.meaning}>{e.meaning}</p>
				<dl class="bd-facts">
					<div><dt>{L.whoActs}</dt><dd>{model.whoActs}</dd></div>
					<div><dt>{L.retry}</dt><dd>{model.retry}</dd></div>
				</dl>
				{model.steps.length > 0 && (
					<section class="bd-fix" aria-label={L.steps}>
						<h3>{L.steps}</h3>
						<ol>{model.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
					</section>
				)}
				<Evidence e={e} reply={reply} full={full}>{evidence}</Evidence>
				{full && <FullProse e={e} />}
			</div>
			<div class="bd-actions">
				<ActionLinks explanation={e} reply={reply} />
				{more && <button type="button" class="bd-more-cue" onClick={event => event.isTrusted && scrollOn()}>{L.moreBelow} ↓</button>}
				{onOpenFull && <button type="button" class="bd-open-full" onClick={onOpenFull}>{L.openFull}</button>}
				<CopyButton label={L.copyExplanation} text={() => explanationAsText(e, reply, verdict)} />
				{actions}
			</div>
		</article>
	);
}
