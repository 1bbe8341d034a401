// What a person is told about one recipient of a report, and about the whole report: the one verdict
// that the banner, the popup, the context-menu card, the explain page and the CLI all render.
//
// The outcome comes from the report's structure, not from the class of a code: a DSN's Action first
// (RFC 3464 §2.3.3: `failed` is final even with a 4.x.x Status, as when the queue lifetime ran out),
// then the report's kind, then the codes. The words come from one row per reason (verdict-words.ts).
import {validAddress} from './address';
import {isPseudoStatus} from './reasons';
import type {BounceKind, BounceReport, Reason, RecipientResult, Retry, Severity, WhoActs} from './types';
import {NO_ADDRESS, NOTHING_FOUND, OUTCOME_WORDS, REASON_WORDS, WAITING_ADVICE} from './verdict-words';

export type Outcome = 'failed' | 'delayed' | 'delivered' | 'not-a-bounce';

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

function sentence(outcome: Outcome, who: string, named: boolean, words: string, codes: string): string {
	const lead = OUTCOME_WORDS[outcome].lead(who);
	const code = codes ? ` (${codes})` : '';
	if (outcome === 'delivered') return `${lead}${code}.`;
	if (outcome === 'not-a-bounce') return `${lead}: ${words}${named ? ` (recipient ${who})` : ''}.`;
	return `${lead}: ${words}${code}.`;
}

/** What a person is told about one recipient of a report. */
export function verdict(r: RecipientResult, report: Pick<BounceReport, 'kind'>): Verdict {
	const outcome = outcomeOf(r, report.kind);
	const row = REASON_WORDS[r.reason] ?? REASON_WORDS.undefined;
	const recipient = validAddress(r.recipient);
	const codes = serverCodes(r);
	const tone = TONE[outcome];
	const reason = r.reason;
	let label: string = OUTCOME_WORDS[outcome].label;
	const who = recipient || NO_ADDRESS;
	if (outcome === 'not-a-bounce' && !NOT_A_BOUNCE.has(reason)) {
		return {outcome, tone, label, reason, recipient, codes, headline: NOTHING_FOUND, words: '', advice: '', whoActs: 'nobody', retry: 'do-not-retry'};
	}
	if (outcome === 'delayed') {
		const words = row.waiting ?? row.words;
		const whoActs = row.side === 'receiving' || row.side === 'none' ? 'nobody' : row.whoActs;
		return {outcome, tone, label, reason, recipient, codes, headline: sentence(outcome, who, Boolean(recipient), words, codes), words, advice: WAITING_ADVICE[row.side], whoActs, retry: 'will-retry'};
	}
	if (outcome === 'not-a-bounce') label = row.label ?? label;
	const words = outcome === 'delivered' ? REASON_WORDS.delivered.words : row.words;
	const {advice, whoActs, retry} = outcome === 'delivered' ? REASON_WORDS.delivered : row;
	return {outcome, tone, label, reason, recipient, codes, headline: sentence(outcome, who, Boolean(recipient), words, codes), words, advice, whoActs, retry};
}

/** The verdict the whole report leads with: its first failed recipient, else its first delayed one, else its first. */
function leading(verdicts: Verdict[]): Verdict | undefined {
	return verdicts.find(v => v.outcome === 'failed') ?? verdicts.find(v => v.outcome === 'delayed') ?? verdicts[0];
}

/** What a person is told about a whole report, built from its recipients' verdicts. */
export function reportVerdict(report: Pick<BounceReport, 'kind' | 'recipients'>): ReportVerdict {
	const recipients = report.recipients.map(r => verdict(r, report));
	const lead = leading(recipients);
	if (!lead || report.kind === 'none') return {outcome: 'not-a-bounce', tone: TONE['not-a-bounce'], label: OUTCOME_WORDS['not-a-bounce'].label, summary: NOTHING_FOUND, advice: '', recipients};
	const peers = recipients.filter(v => v.outcome === lead.outcome);
	let summary = lead.headline;
	if (peers.length > 1 && lead.headline !== NOTHING_FOUND) {
		const who = `${lead.recipient || NO_ADDRESS} and ${peers.length - 1} more`;
		const sameReason = peers.every(v => v.reason === lead.reason);
		const codes = peers.every(v => v.codes === lead.codes) ? lead.codes : '';
		const words = sameReason ? lead.words : `${lead.words}${lead.codes ? ` (${lead.codes})` : ''}, among other reasons`;
		summary = sentence(lead.outcome, who, true, words, sameReason ? codes : '');
	}
	return {outcome: lead.outcome, tone: lead.tone, label: lead.label, summary, advice: lead.advice, recipients};
}
