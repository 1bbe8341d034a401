// What a person is told about one recipient of a report, and about the whole report: the one verdict
// that the banner, the popup, the context-menu card, the explain page and the CLI all render.
//
// The outcome comes from the report's structure, not from the class of a code: a DSN's Action first
// (RFC 3464 §2.3.3: `failed` is final even with a 4.x.x Status, as when the queue lifetime ran out),
// then the report's kind, then the codes. The words come from one row per reason (verdict-words.ts).
import {validAddress} from './address';
import {isPseudoStatus} from './reasons';
import type {BounceKind, BounceReport, Reason, RecipientResult, Retry, Severity, WhoActs} from './types';
import {REASON_WORDS, type Side} from './verdict-words';
import {AMONG_OTHERS, AND_MORE, NO_ADDRESS, NOTHING_FOUND, OUTCOME_WORDS, WAITING_ADVICE} from './verdict-sentences';
import {objectArgument} from './arguments';

export type Outcome = 'failed' | 'delayed' | 'delivered' | 'not-a-bounce';

/**
 * A verdict's sentence as data: which sentence, and what fills it. The core words it in English
 * (sentenceText); the extension says the same sentence in the reader's language from these fields
 * (src/shared/verdict-text.ts), so a sentence is built in one place and worded in two.
 */
export interface Sentence {
	/** Which sentence: one per outcome, and the report in which nothing failed. */
	id: Outcome | 'nothing-found';
	/** The recipient's address; '' when none is valid ("the recipient"). */
	who: string;
	/** How many more recipients share the outcome ("a@b.example and 2 more"). */
	more: number;
	/** Whether a not-a-bounce sentence names its recipient ("(recipient a@b.example)"). */
	named: boolean;
	/** The reason whose words complete the sentence (its waiting words while delayed). */
	reason: Reason;
	/** Other recipients failed for other reasons: "…, among other reasons". */
	mixed: boolean;
	/** The server's own codes ("550 5.1.1"), or ''. */
	codes: string;
}

/** The rest of a verdict as data: the badge and the advice, by what chose their words. */
export interface Wording {
	sentence: Sentence;
	/** The badge: an outcome's, or the reason's own where it has one (a complaint, an automatic reply). */
	label: {outcome: Outcome} | {reason: Reason};
	/** The advice: a reason's, a delay's by where the trouble is, or none. */
	advice: {reason: Reason} | {waiting: Side} | null;
}

export interface Verdict {
	outcome: Outcome;
	/** The colours that show it. */
	tone: Severity;
	/** The outcome in a word or two, for a badge: "Not delivered", "Delayed". */
	label: string;
	/** The one sentence: "Not delivered to a@b.example: the address does not exist (550 5.1.1)." */
	headline: string;
	reason: Reason;
	/** The reason in plain words (lower-case, as the headline has them). */
	words: string;
	advice: string;
	whoActs: WhoActs;
	retry: Retry;
	/** The recipient when it is a valid address, else ''. */
	recipient: string;
	/** The server's own codes ("550 5.1.1"), never an internal one; '' when none. */
	codes: string;
	/** The label, headline and advice as data, for a surface that words them in another language. */
	wording: Wording;
}

export interface ReportVerdict {
	outcome: Outcome;
	tone: Severity;
	label: string;
	/** The report in one sentence (BounceReport.summary). */
	summary: string;
	/** The advice for the recipient the summary leads with; '' when nothing was found. */
	advice: string;
	/** One verdict per recipient result, in the report's order. */
	recipients: Verdict[];
	/** The label, summary and advice as data (the summary's sentence, the leading recipient's label and advice). */
	wording: Wording;
}

const TONE: Record<Outcome, Severity> = {failed: 'permanent', delayed: 'transient', delivered: 'success', 'not-a-bounce': 'intermediate'};

const NOT_A_BOUNCE: ReadonlySet<Reason> = new Set(['feedback', 'vacation']);

/** What happened to the message for this recipient. */
export function outcomeOf(r: RecipientResult, kind: BounceKind): Outcome {
	if (kind === 'none' || NOT_A_BOUNCE.has(r.reason)) return 'not-a-bounce';
	if (r.reason === 'delivered') return 'delivered';
	const action = r.action.trim().toLowerCase();
	if (action === 'failed') return 'failed';
	if (action === 'delayed') return 'delayed';
	if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'delivered';
	if (kind === 'delay') return 'delayed';
	if (kind === 'delivered') return 'delivered';
	if (kind === 'feedback' || kind === 'autoreply') return 'not-a-bounce';
	// A non-delivery report that gives this recipient no Action: only a success code says otherwise.
	return r.status.startsWith('2.') || r.replyCode.startsWith('2') ? 'delivered' : 'failed';
}

/**
 * The reply and enhanced codes the server wrote, for a sentence. The decoder's internal status
 * (`X.0.9NN`, pseudoStatus) stays out: it is for comparison with the corpus, and no server sent it.
 */
export function serverCodes(r: RecipientResult): string {
	const reply = /^[245]\d\d$/.test(r.replyCode) ? r.replyCode : '';
	const status = /^[245]\.\d{1,3}\.\d{1,3}$/.test(r.status) && !isPseudoStatus(r.status) ? r.status : '';
	return [reply, status].filter(Boolean).join(' ');
}

/** The reason's words a sentence ends with: the final ones, the waiting ones while delayed. */
export function reasonWords(outcome: Outcome, reason: Reason): string {
	const row = REASON_WORDS[reason] ?? REASON_WORDS.undefined;
	if (outcome === 'delivered') return REASON_WORDS.delivered.words;
	return outcome === 'delayed' ? row.waiting ?? row.words : row.words;
}

/** The sentence in English: what the CLI, the library and the report's summary say. */
export function sentenceText(s: Sentence): string {
	if (s.id === 'nothing-found') return NOTHING_FOUND;
	const address = s.who || NO_ADDRESS;
	const who = s.more > 0 ? AND_MORE(address, s.more) : address;
	const lead = OUTCOME_WORDS[s.id].lead(who);
	const reason = reasonWords(s.id, s.reason);
	const words = s.mixed ? AMONG_OTHERS(reason, s.codes) : reason;
	const code = s.codes && !s.mixed ? ` (${s.codes})` : '';
	if (s.id === 'delivered') return `${lead}${code}.`;
	if (s.id === 'not-a-bounce') return `${lead}: ${words}${s.named ? ` (recipient ${who})` : ''}.`;
	return `${lead}: ${words}${code}.`;
}

/** The label in English. */
function labelText(label: Wording['label']): string {
	return 'outcome' in label ? OUTCOME_WORDS[label.outcome].label : REASON_WORDS[label.reason].label ?? OUTCOME_WORDS['not-a-bounce'].label;
}

/** The advice in English ('' for none). */
function adviceText(advice: Wording['advice']): string {
	if (!advice) return '';
	return 'waiting' in advice ? WAITING_ADVICE[advice.waiting] : REASON_WORDS[advice.reason].advice;
}

const NOTHING: Omit<Wording, 'label'> = {sentence: {id: 'nothing-found', who: '', more: 0, named: false, reason: 'undefined', mixed: false, codes: ''}, advice: null};

/** What a person is told about one recipient of a report. */
export function verdict(r: RecipientResult, report: Pick<BounceReport, 'kind'>): Verdict {
	objectArgument(r, 'verdict', 'one recipient of a report and the report: verdict(report.recipients[i], report)');
	objectArgument(report, 'verdict', 'the report as its second argument: verdict(report.recipients[i], report)');
	const outcome = outcomeOf(r, report.kind);
	const reason: Reason = REASON_WORDS[r.reason] ? r.reason : 'undefined';
	const row = REASON_WORDS[reason];
	const recipient = validAddress(r.recipient);
	const codes = serverCodes(r);
	const tone = TONE[outcome];
	// Literals, not spreads: this runs once per recipient on the bulk path (see README, Speed).
	if (outcome === 'not-a-bounce' && !NOT_A_BOUNCE.has(r.reason)) {
		const wording: Wording = {sentence: NOTHING.sentence, label: {outcome}, advice: null};
		return {outcome, tone, label: labelText(wording.label), reason: r.reason, recipient, codes, headline: NOTHING_FOUND, words: '', advice: '', whoActs: 'nobody', retry: 'do-not-retry', wording};
	}
	const sentence: Sentence = {id: outcome, who: recipient, more: 0, named: Boolean(recipient), reason, mixed: false, codes};
	const words = reasonWords(outcome, reason);
	if (outcome === 'delayed') {
		const whoActs = row.side === 'receiving' || row.side === 'none' ? 'nobody' : row.whoActs;
		const wording: Wording = {sentence, label: {outcome}, advice: {waiting: row.side}};
		return {outcome, tone, label: labelText(wording.label), reason: r.reason, recipient, codes, headline: sentenceText(sentence), words, advice: adviceText(wording.advice), whoActs, retry: 'will-retry', wording};
	}
	const settled: Reason = outcome === 'delivered' ? 'delivered' : reason;
	const wording: Wording = {sentence, label: outcome === 'not-a-bounce' && row.label ? {reason} : {outcome}, advice: {reason: settled}};
	const {whoActs, retry} = REASON_WORDS[settled];
	return {outcome, tone, label: labelText(wording.label), reason: r.reason, recipient, codes, headline: sentenceText(sentence), words, advice: adviceText(wording.advice), whoActs, retry, wording};
}

/** The verdict the whole report leads with: its first failed recipient, else its first delayed one, else its first. */
function leading(verdicts: Verdict[]): Verdict | undefined {
	return verdicts.find(v => v.outcome === 'failed') ?? verdicts.find(v => v.outcome === 'delayed') ?? verdicts[0];
}

/** What a person is told about a whole report, built from its recipients' verdicts. */
export function reportVerdict(report: Pick<BounceReport, 'kind' | 'recipients'>): ReportVerdict {
	const recipients = report.recipients.map(r => verdict(r, report));
	const lead = leading(recipients);
	if (!lead || report.kind === 'none') {
		const wording: Wording = {...NOTHING, label: {outcome: 'not-a-bounce'}};
		return {outcome: 'not-a-bounce', tone: TONE['not-a-bounce'], label: labelText(wording.label), summary: NOTHING_FOUND, advice: '', recipients, wording};
	}
	const peers = recipients.filter(v => v.outcome === lead.outcome);
	let sentence = lead.wording.sentence;
	if (peers.length > 1 && sentence.id !== 'nothing-found') {
		const sameReason = peers.every(v => v.reason === lead.reason);
		const sameCodes = peers.every(v => v.codes === lead.codes);
		sentence = {...sentence, more: peers.length - 1, named: true, mixed: !sameReason, codes: sameReason && !sameCodes ? '' : lead.codes};
	}
	const wording: Wording = {...lead.wording, sentence};
	return {outcome: lead.outcome, tone: lead.tone, label: lead.label, summary: sentenceText(sentence), advice: lead.advice, recipients, wording};
}
