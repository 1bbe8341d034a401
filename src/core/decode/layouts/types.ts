// A layout is one family of human-readable bounce bodies (Postfix, Exim, …). It recognises its
// own wording and extracts failed recipients with the error lines that belong to each.
import type {Reason} from '../../types';
import type {MessageTable} from './helpers';

export interface LayoutHit {
	recipient: string;
	/** The remote server's words (or the MTA's own error text), folded. */
	diagnostic: string;
	command?: string;
	remoteMta?: string;
	/** 'delayed' when the layout says delivery is still being retried; 'delivered' for success notices. */
	action?: string;
	/** An enhanced status code the layout states in a field of its own (not in the diagnostic). */
	status?: string;
	/** The Status the MTA's own DSN carries for this reply by its documented default (not shown in the text). */
	dsnStatus?: string;
	/**
	 * RFC 3464 §2.3.6 diagnostic type the layout's wording implies where the notice shows no DSN
	 * fields: `x-unix` when the words are a local delivery program's exit-status text.
	 */
	diagnosticType?: string;
	/**
	 * The reason the notice's own documented convention assigns (e.g. Gmail's "(state 18)": the
	 * SMTP stage its client was in), used when the reply carries no more specific enhanced code.
	 */
	reason?: Reason;
	/**
	 * The MTA's own message table, for a notice whose per-recipient words are only in its
	 * delivery-status part: the reason of the row the recipient's diagnostic matches.
	 */
	table?: MessageTable;
}

/**
 * How a layout recognises its text (from its wording, never from a file name): a pattern found in
 * it, all or any of several, a condition read in matchView(text) (`view`), or code for what no
 * pattern says. Patterns are declared rather than called so that the anchor pass (detect.ts) can
 * tell from their words alone which layouts a text cannot be in.
 */
export type Detect = RegExp | ((text: string) => boolean) | {readonly all: readonly Detect[]} | {readonly any: readonly Detect[]} | {readonly view: Detect};

export interface Layout {
	id: string;
	detect: Detect;
	parse(text: string): LayoutHit[];
}
