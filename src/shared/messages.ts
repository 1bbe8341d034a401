// Every message between the extension's parts, as one discriminated union.
import type {BounceReport, Explanation, ProviderId, Verdict} from '../core';

/**
 * One code to explain, with the reply it was found in (its text and provider tags let provider rules
 * apply). `code` is a reply code, an enhanced code, a pair (`550 5.1.1`) or a provider tag.
 */
export interface ExplainItem {
	code: string;
	text: string;
	tags: string[];
	provider?: ProviderId;
}

/**
 * What `explain-batch` answers, one entry per item in order: the explanation as the hover card shows
 * it (without `parts`, which only the full view shows), or null when the core does not know the code.
 */
export type ExplainBatchAnswer = (Explanation | null)[];

/** Items per `explain-batch` message; the background ignores any beyond. */
export const MAX_EXPLAIN_ITEMS = 256;

/** Longest raw message `raw-verdict` decodes (the decoder reads a bounce's first 512 KiB anyway). */
export const MAX_RAW_VERDICT = 1024 * 1024;

/** Content script or popup → background. */
export type ToBackground =
	| {type: 'ping'}
	| {type: 'open-explanation'; query: string}
	/** Explanations for the hover card, one per item (ExplainBatchAnswer). */
	| {type: 'explain-batch'; items: ExplainItem[]}
	/** The verdict banner's verdicts for a whole raw message (Gmail "Show original"): MIME decoding stays in the worker. */
	| {type: 'raw-verdict'; raw: string}
	/** The verdict banner's verdicts for a body's displayed text: decoding stays in the worker, out of the content script's bytes. */
	| {type: 'text-verdict'; text: string};

/** What the background answers to each ToBackground type. */
export interface BackgroundAnswers {
	ping: {type: 'pong'};
	'open-explanation': void;
	'explain-batch': ExplainBatchAnswer;
	'raw-verdict': Verdict[];
	'text-verdict': Verdict[];
}

/** Background → content script. */
export type ToContent =
	| {type: 'show-explanation'; query: string; explanation?: Explanation; report?: BounceReport};

export const isToBackground = (message: unknown): message is ToBackground =>
	typeof message === 'object' && message !== null && typeof (message as {type?: unknown}).type === 'string';
