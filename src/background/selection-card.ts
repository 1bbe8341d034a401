// What the in-page card shows for a selection, as plain serialisable data: the injected function
// cannot import modules, so everything it needs (texts, labels, colours) travels as arguments.
import {decodeBounce, explain, explainText, isInvalid, type Explanation} from '../core';
import {retryLabel, severityLabel, whoActsLabel} from '../ui/severity';
import {KIND_LABEL, OUTCOME_LABEL, OUTCOME_SEVERITY, outcome, reasonTitle} from '../ui/verdict';

export interface PlainCard {
	code: string;
	title: string;
	severity: string;
	severityLabel: string;
	provider: string;
	meaning: string;
	whoActs: string;
	retry: string;
	fix: string[];
	notes: string[];
}

export interface PlainRecipient {
	address: string;
	verdict: string;
	severity: string;
	detail: string;
}

export interface CardPayload {
	/** The selection, for "Open full explanation". */
	query: string;
	/** A line above the cards: the bounce's summary, or why nothing is shown. */
	summary: string;
	recipients: PlainRecipient[];
	cards: PlainCard[];
	/** Codes found but not shown, to keep the card small. */
	more: number;
}

/** Cards shown in the page; the full-page view has the rest. */
const MAX_CARDS = 2;
const COMPACT_STEPS = 3;

export function plainCard(e: Explanation): PlainCard {
	return {
		code: e.code,
		title: e.title,
		severity: e.severity,
		severityLabel: severityLabel(e.severity),
		provider: e.provider?.name ?? '',
		meaning: e.meaning,
		whoActs: whoActsLabel[e.whoActs],
		retry: retryLabel[e.retry],
		fix: e.fix.slice(0, COMPACT_STEPS),
		notes: e.notes.slice(0, 1),
	};
}

export async function cardForSelection(selection: string): Promise<CardPayload> {
	const text = selection.slice(0, 100_000);
	const single = explain(text);
	const report = isInvalid(single) ? await decodeBounce(text).catch(() => undefined) : undefined;
	// A bare code is explained as itself; a text reply by reply, each as a whole (explainText), each distinct explanation once.
	const found = isInvalid(single) ? [...new Set(explainText(text, report).map(reply => reply.explanation))] : [single];
	const recipients: PlainRecipient[] = (report?.kind === 'none' ? [] : report?.recipients ?? []).slice(0, 5).map(r => {
		const o = outcome(r);
		return {
			address: r.recipient || 'Unknown recipient',
			verdict: OUTCOME_LABEL[o],
			severity: OUTCOME_SEVERITY[o],
			detail: [reasonTitle(r.reason), [r.replyCode, r.status].filter(Boolean).join(' ')].filter(Boolean).join(' · '),
		};
	});
	let summary = '';
	if (report && report.kind !== 'none' && recipients.length > 0) summary = `${KIND_LABEL[report.kind]}: ${report.summary}`;
	else if (found.length === 0) summary = 'No SMTP reply code, enhanced status code or provider tag in the selection.';
	return {query: text, summary, recipients, cards: found.slice(0, MAX_CARDS).map(plainCard), more: Math.max(0, found.length - MAX_CARDS)};
}
