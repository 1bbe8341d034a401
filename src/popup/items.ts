// A result row of the popup: everything a list needs to show it, and how to explain it when opened.
import {concreteCode, explainHit, type ExplainedReply, type Explanation, type SearchHit, type Severity} from '../core';
import {t} from '../shared/i18n';

export interface ResultItem {
	/** Unique within one list; also the DOM id suffix. */
	key: string;
	code: string;
	title: string;
	severity?: Severity;
	/** A second line: provider, kind, or the reply's words. */
	detail?: string;
	/** What goes into recent lookups and the input when the row is opened. */
	query: string;
	/** A reply found in a text: the reply as it was written (the card's evidence). */
	reply?: string;
	explain(): Explanation | undefined;
}

export function explanationItem(e: Explanation, key = e.code): ResultItem {
	return {key, code: e.code, title: e.title, severity: e.severity, detail: e.provider?.name, query: e.code, explain: () => e};
}

export function hitItem(hit: SearchHit): ResultItem {
	const kind = hit.kind === 'provider' ? undefined : hit.kind === 'reply' ? t('kind_reply') : t('kind_enhanced');
	// The code the row opens as when chosen again from recent lookups (a range by its first code).
	const code = concreteCode(hit.code.split('–')[0] ?? hit.code);
	return {
		key: `${hit.kind}:${hit.provider ?? ''}:${hit.rule ?? ''}:${hit.code}:${hit.title}`,
		code: hit.code,
		title: hit.title,
		// `X.` rows stand for every class, so they get no single severity.
		severity: hit.code.startsWith('X') ? undefined : explainHit(hit)?.severity,
		detail: kind,
		query: code,
		explain: () => explainHit(hit),
	};
}

/** Characters of a reply kept as a card's evidence. */
const REPLY_MAX = 2000;

/** One reply found in a text, as explainText explained it (as a whole, in the light of the whole text). */
export function replyItem({finding, explanation: e}: ExplainedReply, index: number): ResultItem {
	return {key: `f${index}:${e.code}`, code: e.code, title: e.title, severity: e.severity, detail: finding.text.slice(0, 160), query: e.code, reply: finding.text.slice(0, REPLY_MAX), explain: () => e};
}
