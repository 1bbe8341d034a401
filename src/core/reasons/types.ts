// The shape of one reason module (one file per reason, after sisimai's reason/why-*.go, our own code).
import type {Reason} from '../types';

export interface ReasonRule {
	id: Reason;
	/** A short title in plain words. */
	title: string;
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
}
