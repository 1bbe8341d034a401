// Parts of the code card (code-card.tsx): the evidence (the server's reply, clipped and expandable),
// the explain page's full prose (meaning, causes, notes, parts, sources), and whose reading it is.
import type {ComponentChildren} from 'preact';
import {useState} from 'preact/hooks';
import type {Explanation} from '../core';
import {CopyButton} from './copy-button';
import {CARD_LABELS as L} from './labels';
import {severityLabel} from './severity';
import {t} from '../shared/i18n';

/** Whose meaning the card gives, said for what the source is (Receiver.kind), in the reader's language. */
export function providerNote(p: NonNullable<Explanation['provider']>, compact: boolean): string {
	switch (p.kind) {
		case 'list':
			return compact ? t('reading_list_short', p.name) : t('reading_list', p.name);
		case 'software':
			return compact ? t('reading_software_short', p.name) : t('reading_software', p.name, p.name);
		case 'situation':
			return compact ? t('reading_situation_short', p.name) : t('reading_situation', p.name);
		default:
			return compact ? t('reading_provider_short', p.name) : t('reading_provider', p.name);
	}
}

/** Characters of a reply shown before it is expanded. */
const REPLY_CLIP = 160;

/** The server's reply: clipped with an ellipsis, expandable, and copyable as it was sent. */
export function Reply({text}: {text: string}) {
	const [open, setOpen] = useState(false);
	const clipped = text.length > REPLY_CLIP && !open;
	return (
		<div class="bd-reply" role="group" aria-label={L.reply}>
			<p class="bd-reply-text">{clipped ? `${text.slice(0, REPLY_CLIP).trimEnd()}…` : text}</p>
			<div class="bd-reply-actions">
				{text.length > REPLY_CLIP && <button type="button" class="bd-link" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? L.showLess : L.showAll}</button>}
				<CopyButton label={L.copyReply} text={() => text} />
			</div>
		</div>
	);
}

/** The evidence: the reply, whose reading this is, and what the host adds (the remote server, the stage, links). */
export function Evidence({e, reply, full, children}: {e: Explanation; reply?: string; full: boolean; children?: ComponentChildren}) {
	if (!reply && !e.provider && !children) return null;
	return (
		<section class="bd-evidence" aria-label={L.evidence}>
			<h3>{L.evidence}</h3>
			{reply && <Reply text={reply} />}
			{e.provider && <p class="bd-provider-note">{providerNote(e.provider, !full)}</p>}
			{children}
		</section>
	);
}

/** What the explain page adds to a card after its evidence: the likely causes, notes, each part, sources. */
export function FullProse({e}: {e: Explanation}) {
	return (
		<>
			{e.causes.length > 0 && (
				<section class="bd-causes" aria-label={L.causes}>
					<h3>{L.causes}</h3>
					<ul>{e.causes.map((cause, i) => <li key={i}>{cause}</li>)}</ul>
				</section>
			)}
			{e.notes.length > 0 && <ul class="bd-notes" aria-label={L.notes}>{e.notes.map((note, i) => <li key={i}>{note}</li>)}</ul>}
			{e.parts && e.parts.length > 0 && (
				<section class="bd-parts" aria-label={L.parts}>
					<h3>{L.parts}</h3>
					<ul>{e.parts.map(part => <li key={part.code}><code>{part.code}</code> {part.title} <span class="bd-badge" data-severity={part.severity}>{severityLabel(part.severity)}</span></li>)}</ul>
				</section>
			)}
			{e.sources.length > 0 && (
				<section class="bd-sources" aria-label={L.sources}>
					<h3>{L.sources}</h3>
					<ul>
						{e.sources.map(source => (
							<li key={source}>{/^https:\/\//.test(source)
								? <a href={source} target="_blank" rel="noreferrer noopener">{source}</a>
								: source}</li>
						))}
					</ul>
				</section>
			)}
		</>
	);
}
