// The core's verdict in the reader's language: the same sentence (core/verdict.ts builds it as data,
// Verdict.wording), its words from the catalogue. In English it reads exactly as the core's own
// (test/shared/verdict-text.test.ts holds them equal over every fixture), so one verdict is said on
// every surface, in whichever language the browser reads.
import type {Outcome, Reason, ReplyWording, ReportVerdict, Sentence, Verdict, Wording} from '../core';
import {pluralKey, t, type MessageKey} from './i18n';
import en from '../../_locales/en/messages.json';

/** What a surface shows of a verdict. */
export interface SaidVerdict {
	label: string;
	/** The one sentence (a recipient's headline, or a report's summary). */
	sentence: string;
	advice: string;
}

const OUTCOME_KEY: Record<Outcome, MessageKey> = {
	'failed': 'outcome_failed',
	'delayed': 'outcome_delayed',
	'delivered': 'outcome_delivered',
	'not-a-bounce': 'outcome_not_a_bounce',
};

/** A reason's own message of a kind, when the catalogue has one (only some reasons have a label or waiting words). */
function reasonKey(reason: string, kind: 'label' | 'waiting'): MessageKey | undefined {
	const key = `reason_${reason}_${kind}`;
	return key in en ? key as MessageKey : undefined;
}

/** The reason's words for an outcome, as core/verdict.ts reasonWords chooses them. */
function reasonWords(outcome: Sentence['id'], reason: Reason): string {
	if (outcome === 'delivered') return t('reason_delivered_words');
	const waiting = outcome === 'delayed' ? reasonKey(reason, 'waiting') : undefined;
	return t(waiting ?? `reason_${reason}_words`);
}

export function sentenceWords(s: Sentence): string {
	if (s.id === 'nothing-found') return t('sentence_nothing_found');
	const address = s.who || t('sentence_no_address');
	// The count as the core writes it (digits only), so English reads exactly as the core's sentence.
	const who = s.more > 0 ? t(pluralKey('sentence_and_more', s.more), address, String(s.more)) : address;
	const reason = reasonWords(s.id, s.reason);
	const words = !s.mixed ? reason : s.codes ? t('sentence_among_others_codes', reason, s.codes) : t('sentence_among_others', reason);
	const codes = s.mixed ? '' : s.codes;
	switch (s.id) {
		case 'delivered': return codes ? t('sentence_delivered_codes', who, codes) : t('sentence_delivered', who);
		case 'not-a-bounce': return s.named ? t('sentence_not_a_bounce_named', words, who) : t('sentence_not_a_bounce', words);
		case 'delayed': return codes ? t('sentence_delayed_codes', who, words, codes) : t('sentence_delayed', who, words);
		case 'failed': return codes ? t('sentence_failed_codes', who, words, codes) : t('sentence_failed', who, words);
	}
}

export function labelWords(label: Wording['label']): string {
	if ('outcome' in label) return t(OUTCOME_KEY[label.outcome]);
	return t(reasonKey(label.reason, 'label') ?? OUTCOME_KEY['not-a-bounce']);
}

export function adviceWords(advice: Wording['advice']): string {
	if (!advice) return '';
	return 'waiting' in advice ? t(`waiting_${advice.waiting}`) : t(`reason_${advice.reason}_advice`);
}

/** An advice's imperative (core/reply-verdict.ts adviceAct, worded per reason and per waiting side). */
function actWords(advice: NonNullable<Wording['advice']>): string {
	return 'waiting' in advice ? t(`waiting_${advice.waiting}_act`) : t(`reason_${advice.reason}_act`);
}

/** A sentence's first letter as a capital, as the reader's language writes it (Japanese has none). */
const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase(t('lang')) + text.slice(1);

/**
 * A card's one line on a reply (core replyVerdict) in the reader's language: the reason's words and
 * the advice's imperative. A reply no reason names leads with the registry title's head, which stays
 * English like the rest of a code's explanation.
 */
export function sayReplyLine(w: ReplyWording): string {
	const what = 'title' in w.what ? w.what.title : capitalised(reasonWords(w.what.outcome, w.what.reason));
	return w.act ? t('reply_line', what, actWords(w.act)) : what;
}

const said = (w: Wording): SaidVerdict => ({label: labelWords(w.label), sentence: sentenceWords(w.sentence), advice: adviceWords(w.advice)});

/** One recipient's verdict: its badge, headline and advice. */
export const sayVerdict = (v: Pick<Verdict, 'wording'>): SaidVerdict => said(v.wording);

/** A whole report's verdict: its badge, summary and advice. */
export const sayReport = (v: Pick<ReportVerdict, 'wording'>): SaidVerdict => said(v.wording);
