// Every message between the extension's parts, as one discriminated union.
import type {BounceReport, DnsReading, Explanation, OriginalMessage, ReplyVerdict, Verdict} from '../core';

/**
 * One reply to explain, as the page shows it: its codes (any may be missing), its provider tags and its
 * words. The background explains a body's replies together (the core's explainReplies), so a code
 * reads the same in every reply of one message.
 */
export interface ExplainItem {
	reply?: string;
	enhanced?: string;
	tags: string[];
	text: string;
}

/** An explanation as the hover card shows it, with the reply's verdict (core replyVerdict) the card leads with. */
export type CardExplanation = Explanation & {verdict?: ReplyVerdict};

/**
 * What `explain-batch` answers, one entry per item in order: the explanation as the hover card shows
 * it (without `parts`, which only the full view shows), or null when the core does not know the code.
 */
export type ExplainBatchAnswer = (CardExplanation | null)[];

/** Items per `explain-batch` message; the background ignores any beyond. */
export const MAX_EXPLAIN_ITEMS = 256;

/**
 * Longest body text an `explain-batch` message carries as its context: the background reads the
 * bounce's provider from its host fields (Remote-MTA, `host X said:` …), which come early.
 */
export const MAX_EXPLAIN_CONTEXT = 64 * 1024;

/** Longest reply a card's "Check DNS" sends along: the IP and domain come early in a reply. */
export const MAX_DNS_REPLY = 4096;

/**
 * What the verdict banner shows for one body (`raw-verdict`, `text-verdict`): the verdicts of the
 * recipients not delivered, and its details.
 */
export interface BannerReading {
	verdicts: Verdict[];
	/** Per verdict, in order: the remote server and the SMTP command the failure came at ('' when unknown). */
	evidence: {server: string; command: string}[];
	/** What the bounce is about: the returned message's subject, date and sender. */
	original?: OriginalMessage;
	/** The report's addresses to suppress (the core's addressesToSuppress). */
	suppress: string[];
}

/** Longest raw message `raw-verdict` decodes (the decoder reads a bounce's first 512 KiB anyway). */
export const MAX_RAW_VERDICT = 1024 * 1024;

/**
 * The port each content script holds open to the background (runtime.connect): it closes when the
 * extension goes away, which tells an orphaned script to stop (content/lifecycle.ts).
 */
export const LIFE_PORT = 'bounce-decoder:life';

/** Content script or popup → background. */
export type ToBackground =
	| {type: 'ping'}
	| {type: 'open-explanation'; query: string}
	/** A card's "Check DNS": open the DNS page with the names the reply gives (the background plans them), nothing sent yet. */
	| {type: 'open-dns'; reading: DnsReading}
	/** Explanations for the hover card, one per reply of one body (ExplainBatchAnswer); `context` is the body's text. */
	| {type: 'explain-batch'; items: ExplainItem[]; context?: string}
	/** The verdict banner's verdicts for a whole raw message (Gmail "Show original"): MIME decoding stays in the worker. */
	| {type: 'raw-verdict'; raw: string}
	/** The verdict banner's verdicts for a body's displayed text: decoding stays in the worker, out of the content script's bytes. */
	| {type: 'text-verdict'; text: string};

/** What the background answers to each ToBackground type. */
export interface BackgroundAnswers {
	ping: {type: 'pong'};
	'open-explanation': void;
	'open-dns': void;
	'explain-batch': ExplainBatchAnswer;
	'raw-verdict': BannerReading;
	'text-verdict': BannerReading;
}

/** Background → content script. */
export type ToContent =
	| {type: 'show-explanation'; query: string; explanation?: Explanation; report?: BounceReport};

/**
 * Popup → the active tab's content script (tabs.sendMessage). A frame answers `page-reading` only
 * while it reads its page in fallback mode (content/reading.ts); no answer means the usual reading.
 */
export type ToTab = {type: 'page-reading'};

/**
 * Background → the active tab's content script, from the keyboard commands (manifest `commands`):
 * show the card of the next (1) or previous (-1) code of the open message (content/keyboard.ts).
 */
export type StepMarks = {type: 'step-marks'; direction: 1 | -1};

/** What a content script answers to each ToTab type. */
export interface TabAnswers {
	'page-reading': {mode: 'fallback'};
}

export const isToBackground = (message: unknown): message is ToBackground =>
	typeof message === 'object' && message !== null && typeof (message as {type?: unknown}).type === 'string';
