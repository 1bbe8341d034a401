// The bounds that keep a bulk run's memory and every output line bounded, whatever the input
// (DESIGN.md, CLI contract: "Output stays bounded"). README's CLI section states them.

/** Bytes of one read (read.ts); a regular file shorter than this is read whole by one read. */
export const CHUNK = 64 * 1024;
/** Bytes read of one input or one mbox message: what the decoder reads of a message (its MAX_MESSAGE). */
export const READ_LIMIT = 512 * 1024;
/** Entries of one result's codes[]; past it the result says "codesTruncated": true. */
export const MAX_CODES = 1000;
/** Recipients of one result; past it the result says "recipientsTruncated": true. */
export const MAX_RECIPIENTS = 1000;
/** Distinct explanations of one text's replies. */
export const MAX_EXPLANATIONS = 50;
/** Characters of any one string taken from the input (input label, summary, diagnostic, server name…). */
export const MAX_STRING = 2000;
/** Bytes of one output line (a JSON result): past it recipients, then codes, then explanations are halved. */
export const MAX_LINE = 1024 * 1024;
