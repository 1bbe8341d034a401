// What the in-page card shows for a selection, as plain serialisable data: the injected function
// cannot import modules, so everything it needs (texts, labels, colours) travels as arguments.
import {decodeBounce, dnsTopic, explain, explainText, explanationReading, isInvalid, replyVerdict, reportVerdict, type BounceReport, type DnsReading, type Explanation} from '../core';
import {cardModel, type CardModel} from '../ui/card-model';
import {CARD_LABELS, type CardLabels} from '../ui/labels';
import {t, tn} from '../shared/i18n';
import {MAX_DNS_REPLY} from '../shared/messages';
import {sayReport, sayVerdict} from '../shared/verdict-text';

/** One code's card at a glance (ui/card-model.ts), with the reply it was read in ('' for a bare code). */
export interface PlainCard extends CardModel {
	reply: string;
	/**
	 * When DNS can answer what the code is about (the core's dnsTopic, as on the hover card): what the
	 * card's "Check DNS" sends the background (open-dns), which plans the names and opens the DNS page.
	 */
	dns?: DnsReading;
}

/** A recipient's verdict, as the core words it. */
export interface PlainRecipient {
	address: string;
	label: string;
	tone: string;
	headline: string;
	advice: string;
}

export interface CardPayload {
	/** The selection, for "Open full explanation". */
	query: string;
	/** A line above the cards: the bounce's summary, or why nothing is shown. */
	summary: string;
	/** What to do about the recipient the summary leads with; '' when no bounce was found. */
	advice: string;
	/** The tone of the summary (a severity), '' when no bounce was found. */
	tone: string;
	/** Each recipient's verdict, when the bounce has several. */
	recipients: PlainRecipient[];
	cards: PlainCard[];
	/** Codes found but not shown, to keep the card small. */
	more: number;
	/** That count in words, in the reader's language ('' when none). */
	moreNote: string;
	/** The card's words (ui/labels.ts): the injected function has no imports. */
	labels: CardLabels;
}

/** Cards shown in the page; the full-page view has the rest. */
const MAX_CARDS = 2;

export function plainCard(e: Explanation, reply = ''): PlainCard {
	const dns = dnsTopic({reason: e.reason, ...(e.provider ? {provider: e.provider.id} : {})}) ? explanationReading(e, reply, MAX_DNS_REPLY) : undefined;
	return {...cardModel(e, replyVerdict(e)), reply, ...(dns ? {dns} : {})};
}

/** The card's account of a decoded bounce: the core's verdict on the report and on each recipient. */
export function reportPart(report: BounceReport | undefined): Pick<CardPayload, 'summary' | 'advice' | 'tone' | 'recipients'> {
	if (!report || report.kind === 'none' || report.recipients.length === 0) return {summary: '', advice: '', tone: '', recipients: []};
	const verdict = reportVerdict(report);
	const recipients = verdict.recipients.length > 1
		? verdict.recipients.slice(0, 5).map(v => {
			const said = sayVerdict(v);
			return {address: v.recipient || t('unknown_recipient'), label: said.label, tone: v.tone, headline: said.sentence, advice: said.advice};
		})
		: [];
	const said = sayReport(verdict);
	return {summary: said.sentence, advice: said.advice, tone: verdict.tone, recipients};
}

export async function cardForSelection(selection: string): Promise<CardPayload> {
	const text = selection.slice(0, 100_000);
	const single = explain(text);
	const report = isInvalid(single) ? await decodeBounce(text).catch(() => undefined) : undefined;
	// A bare code is explained as itself; a text reply by reply, each as a whole (explainText), each distinct explanation once, with the first reply it was read in.
	const found = new Map<Explanation, string>();
	if (!isInvalid(single)) found.set(single, '');
	else for (const {explanation, finding} of explainText(text, report)) if (!found.has(explanation)) found.set(explanation, finding.text);
	const part = reportPart(report);
	if (!part.summary && found.size === 0) part.summary = t('selection_nothing');
	const cards = [...found].slice(0, MAX_CARDS).map(([e, reply]) => plainCard(e, reply));
	const more = Math.max(0, found.size - MAX_CARDS);
	return {query: text, ...part, cards, more, moreNote: more > 0 ? tn('card_more_codes', more) : '', labels: {...CARD_LABELS}};
}
