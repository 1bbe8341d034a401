// Shared vocabulary of the core. Pure types: no runtime code, no DOM, no browser API.

import type {ProviderId, ReceiverKind} from './receiver-types';

export type * from './receiver-types';

/** How bad a code is, from its class digit (RFC 5321 §4.2.1, RFC 3463 §3.1). */
export type Severity = 'success' | 'intermediate' | 'transient' | 'permanent';

/** Whose move it is. */
export type WhoActs = 'sender' | 'sender-admin' | 'recipient' | 'recipient-admin' | 'nobody';

/** What the sending side should do about retrying. */
export type Retry = 'will-retry' | 'do-not-retry' | 'retry-after-fix';

/** The SMTP stage where a reply typically appears. */
export type Stage =
	| 'connect'
	| 'helo'
	| 'starttls'
	| 'auth'
	| 'mail'
	| 'rcpt'
	| 'data'
	| 'end-of-data'
	| 'any'
	| 'delivery';

/**
 * The reason vocabulary of the reference corpus (../shared/corpus/README.md, after Sisimai),
 * so results compare directly with it.
 */
export const REASONS = [
	'authfailure',
	'badreputation',
	'blocked',
	'contenterror',
	'delivered',
	'exceedlimit',
	'expired',
	'feedback',
	'filtered',
	'hasmoved',
	'hostunknown',
	'mailboxfull',
	'mailererror',
	'mesgtoobig',
	'networkerror',
	'norelaying',
	'notaccept',
	'notcompliantrfc',
	'onhold',
	'policyviolation',
	'rejected',
	'requireptr',
	'securityerror',
	'spamdetected',
	'speeding',
	'suspend',
	'syntaxerror',
	'systemerror',
	'systemfull',
	'toomanyconn',
	'undefined',
	'userunknown',
	'vacation',
	'virusdetected',
] as const;
export type Reason = (typeof REASONS)[number];

// ---------------------------------------------------------------------------------------------
// Data tables (src/core/data/*.json). Every entry names its `source`.

/** Fields shared by every explained entry of the knowledge base. Prose is our own words. */
export interface ExplainedEntry {
	/** Official title (a fact, from the RFC or the IANA registry). */
	title: string;
	/** What it means, in plain words for an expert reader. */
	meaning: string;
	/** Likely causes, most likely first. */
	causes: string[];
	/** Concrete steps, in order. */
	fix: string[];
	whoActs: WhoActs;
	/** SMTP stages where it typically appears. */
	stages: Stage[];
	/** The corpus reason it usually maps to, or 'unmapped' when no single reason fits. */
	reason: Reason | 'unmapped';
	/** Where the facts come from: RFC section, registry, provider documentation URL. */
	source: string;
}

/** An enumerated enhanced status code, keyed `X.S.D` as the IANA registry lists it. */
export interface EnhancedEntry extends ExplainedEntry {
	code: string;
	/** What a permanent (5.S.D) failure asks of the sender. */
	permanentRetry: 'do-not-retry' | 'retry-after-fix';
	/** Extra words for the 4.S.D form (how the transient form differs), if any. */
	transientNote?: string;
	/** Extra words for the 5.S.D form, if any. */
	permanentNote?: string;
	/** Extra words for the 2.S.D form, if the code is also used for success. */
	successNote?: string;
}

/** A basic SMTP reply code (RFC 5321 §4.2 and extensions). */
export interface ReplyEntry extends ExplainedEntry {
	code: string;
	retry: Retry;
	/** Enhanced code the RFCs pair with it, if any. */
	pairedEnhanced?: string;
	/** 'standard', or how it is non-standard. */
	status: string;
}

/** Class (first digit) and subject (second number) of an enhanced code, for decomposition. */
export interface ClassEntry extends ExplainedEntry {
	code: string; // '2.XXX.YYY'
	severity: Severity;
	retry: Retry;
}
export interface SubjectEntry extends ExplainedEntry {
	code: string; // 'X.1.YYY'
}

// ---------------------------------------------------------------------------------------------
// Code finding (find-codes.ts).

export type MatchKind = 'reply' | 'enhanced' | 'provider-tag';

export interface CodeMatch {
	kind: MatchKind;
	/** The code as written, normalised (`5.1.1`, `550`, `TSS04`). */
	code: string;
	/** Offsets into the scanned text: text.slice(start, end) is exactly the token. */
	start: number;
	end: number;
}

/** One SMTP reply as written: reply code + enhanced code + provider tags + the reply's text. */
export interface Finding {
	reply?: CodeMatch;
	enhanced?: CodeMatch;
	tags: CodeMatch[];
	/** The reply line(s) the codes belong to, whitespace-folded. */
	text: string;
	start: number;
	end: number;
}

// ---------------------------------------------------------------------------------------------
// Explanations (explain.ts).

export type ExplanationKind = 'reply' | 'enhanced' | 'pair' | 'provider-tag' | 'unknown';

export interface Explanation {
	code: string;
	kind: ExplanationKind;
	severity: Severity;
	title: string;
	meaning: string;
	causes: string[];
	fix: string[];
	whoActs: WhoActs;
	retry: Retry;
	stage?: Stage[];
	provider?: {id: ProviderId; name: string; kind?: ReceiverKind};
	reason: Reason | 'unmapped';
	sources: string[];
	/** False when the code is well-formed but not in the registry (explained by class and subject). */
	inRegistry: boolean;
	/** Warnings and extra facts: class mismatch in a pair, miscategorised codes, provider notes. */
	notes: string[];
	/** For a pair: the two parts' own explanations. */
	parts?: Explanation[];
}

// ---------------------------------------------------------------------------------------------
// Bounce decoding (decode.ts).

export type BounceKind = 'bounce' | 'delay' | 'delivered' | 'feedback' | 'autoreply' | 'none';

export interface RecipientResult {
	recipient: string;
	/** Enhanced status code, `5.1.1` form; '' when none could be found or inferred. */
	status: string;
	/** SMTP reply code; '' when the bounce gives none. */
	replyCode: string;
	reason: Reason;
	hardBounce: boolean;
	/** DSN Action: failed, delayed, delivered, relayed, expanded; '' when unknown. */
	action: string;
	/** The remote server's words, whitespace-folded. */
	diagnostic: string;
	/** The SMTP command that failed (CONN, HELO, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA), '' if unknown. */
	command: string;
	remoteMta: string;
	provider?: ProviderId;
	/** ARF Feedback-Type, for reason `feedback`. */
	feedbackType?: string;
}

/**
 * The returned message a bounce is about, from its own headers. Text its author wrote: RFC 2047
 * decoded, control and bidi characters stripped, at most 200 characters each; render as text only.
 */
export interface OriginalMessage {
	subject?: string;
	/** As the Date field has it (RFC 5322 §3.3 form, not reformatted). */
	date?: string;
	from?: string;
}

export interface BounceReport {
	kind: BounceKind;
	recipients: RecipientResult[];
	/** One line a person understands. */
	summary: string;
	/**
	 * The returned message's Subject, Date and From, when the bounce (one message, with recipients)
	 * carries its headers: a message/rfc822 or text/rfc822-headers part, or the lines after an
	 * "Original message" marker in displayed text. Absent otherwise.
	 */
	original?: OriginalMessage;
}
