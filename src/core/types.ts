// Shared vocabulary of the core. Pure types: no runtime code, no DOM, no browser API.

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

/** Receiving providers with a dialect of their own (src/core/receivers/). */
export type ProviderId =
	| 'google'
	| 'microsoft'
	| 'outlook-com'
	| 'yahoo'
	| 'apple'
	| 'spamhaus'
	| 'barracuda'
	| 'spamcop'
	| 'proofpoint'
	| 'mimecast'
	| 'cloudmark'
	| 'messagelabs'
	| 'spectrum'
	| 'orange'
	| 'godaddy'
	| 'cox'
	| 'iua'
	| 'tencent'
	| 'netease'
	| 'yandex'
	| 'mailru'
	| 'zoho'
	| 'comcast'
	| 'united-internet'
	| 'cisco'
	| 'amazon-ses'
	| 'postfix'
	| 'exim'
	| 'sendmail'
	| 'greylisting'
	| 'connection'
	| 'recipient-dns'
	| 'tls'
	| 'limits'
	| 'other';

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
// Provider knowledge (src/core/receivers/).

export interface ProviderRule {
	/** Codes the rule applies to: an exact enhanced code, a range, a reply code, or a provider tag. */
	status?: string | {from: string; to: string};
	reply?: string;
	tag?: string;
	/**
	 * With `tag`, the last tag of a numbered run the rule covers, same prefix and width:
	 * `tag: 'AUP#1020', tagTo: 'AUP#1080'` covers AUP#1020, AUP#1021 … AUP#1080.
	 */
	tagTo?: string;
	/** With `tag`, further tags that mean the same (`tag: 'OFR_416', alsoTags: ['OFR_418']`). */
	alsoTags?: string[];
	/** A phrase that must occur in the diagnostic text (case-insensitive, linear regex). */
	phrase?: RegExp;
	title: string;
	meaning: string;
	causes?: string[];
	fix: string[];
	whoActs?: WhoActs;
	retry?: Retry;
	reason: Reason;
	/** Documentation URL of the provider (or list) that states the fact. */
	source: string;
}

/** A run of a provider's numbered codes (Spectrum's AUP#1020–1080) and the rule that explains it. */
export interface CodeRun {
	from: number;
	to: number;
	rule: ProviderRule;
}

/** What a receiver is (Receiver.kind): whose words its rules read. */
export type ReceiverKind = 'provider' | 'list' | 'software' | 'situation';

export interface Receiver {
	id: ProviderId;
	name: string;
	/** Patterns that identify the provider in a bounce's text (host names, tags, signatures). */
	detect: RegExp[];
	/** Its phrase rules apply to any bounce, detected or not, after the detected providers' own. */
	anywhere?: boolean;
	/**
	 * What speaks through its rules: a receiving provider (the default), a block list or filtering
	 * gateway, mail server software (Postfix's fixed texts), or an everyday situation read from the
	 * servers' words (a timeout, greylisting). The card says whose meaning it gives accordingly.
	 */
	kind?: ReceiverKind;
	/**
	 * Its rules' reasons decide over the generic reading of the reply's words when a rule recognises the
	 * reply by its wording or tag: the provider's own table of what its replies mean, as Sisimai's Rhost
	 * modules (lib/Sisimai/Rhost/*.pm) decide for the hosts they cover. Not for server software or lists.
	 */
	decides?: boolean;
	rules: ProviderRule[];
	/**
	 * The shapes of the provider's own tags (normalised: `S2017062302`, `AS2005`, `TSS09`), with
	 * what a tag of that shape is: said of a tag no rule names, instead of "not a tag we know".
	 */
	tagFamilies?: TagFamily[];
}

export interface TagFamily {
	pattern: RegExp;
	/** Completes "“S2017062302” is …": what such a tag is and what is known of its numbers. */
	description: string;
	source: string;
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

export interface BounceReport {
	kind: BounceKind;
	recipients: RecipientResult[];
	/** One line a person understands. */
	summary: string;
}
