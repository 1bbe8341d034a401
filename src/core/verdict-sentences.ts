// The parts of a verdict's sentence that do not depend on the reason: how it begins by outcome, the
// advice while the sending server still retries (by where the trouble is), and how several recipients
// are named. Our own words; the rows per reason are verdict-words.ts.
import type {Side} from './verdict-words';

/** What to do while the sending server still retries, by where the trouble is. */
export const WAITING_ADVICE: Readonly<Record<Side, string>> = {
	address: 'Temporary — the sending server retries by itself, but the receiver doubts the address: check it.',
	sending: 'Temporary — the sending server retries by itself. If it keeps failing, the block is on the sending side — fix it.',
	message: 'Temporary — the sending server retries by itself. If it keeps failing, change the message.',
	receiving: 'Temporary — the sending server retries by itself; nothing to do yet.',
	none: 'Temporary — the sending server retries by itself; nothing to do yet.',
};

/** How a verdict begins, by outcome (verdict.ts completes the sentence). */
export const OUTCOME_WORDS = {
	failed: {label: 'Not delivered', lead: (who: string) => `Not delivered to ${who}`},
	delayed: {label: 'Delayed', lead: (who: string) => `Delivery to ${who} is delayed`},
	delivered: {label: 'Delivered', lead: (who: string) => `Delivered to ${who}`},
	'not-a-bounce': {label: 'Not a bounce', lead: () => 'Not a bounce'},
} as const;

/** Names the first of several recipients: "a@b.example and 2 more". */
export const AND_MORE = (who: string, more: number): string => `${who} and ${more} more`;

/** A reason's words when the other recipients failed for other reasons. */
export const AMONG_OTHERS = (words: string, codes: string): string => `${words}${codes ? ` (${codes})` : ''}, among other reasons`;

/** Names the recipient when the report gives no valid address. */
export const NO_ADDRESS = 'the recipient';

/** The summary of a report with no recipient result. */
export const NOTHING_FOUND = 'Not a bounce: no failed recipient was found.';
