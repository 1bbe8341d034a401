// The shape of one reason module (one file per reason, after sisimai's reason/why-*.go, our own code).
import type {Reason} from '../types';

export interface ReasonRule {
	id: Reason;
	/**
	 * Lower-cased substrings, or linear regexes, found in the remote server's words. The text wins
	 * over the code: servers often send a generic or wrong enhanced code with precise words.
	 */
	phrases: readonly (string | RegExp)[];
	/** Enhanced status codes that mean this reason on their own (RFC 3463 / IANA registry). */
	statuses?: readonly string[];
	/**
	 * Detail number of the corpus's internal code `X.0.9NN` (after Sisimai), used as the status when
	 * the bounce carries no usable enhanced code. A documented convention of the reason vocabulary.
	 */
	pseudo: string;
	/**
	 * Documented cases where this reason's words, said at a given SMTP stage or under a given code,
	 * mean another reason (tried in order, after the words decided this one).
	 */
	exceptions?: readonly ReasonException[];
}

/** What the exchange says of a reply besides the words the reason was read from. */
export interface ReplyFacts {
	/** The SMTP command answered (MAIL, RCPT, DATA, EHLO …), upper-case, or ''. */
	command: string;
	/** The enhanced status code, or ''. */
	status: string;
	/** The remote server's own words. */
	words: string;
	/** The words the reason was read from: the server's, or the notice's around them. */
	text: string;
	/** The reason of a provider rule (receivers/) that recognised the reply, if any. */
	providerReason?: Reason;
}

/** A case where the words of one reason mean another, and the document that says so. */
export interface ReasonException {
	reason: Reason;
	/** The document it rests on: the RFC section. */
	source: string;
	applies(facts: ReplyFacts): boolean;
}
