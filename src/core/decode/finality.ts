// Whether a notice is final or a delay, from the notice's own words (the sending MTA speaking about
// its queue), not from the code class: a queue that ran out after 4xx replies is final ("Action:
// failed" with Status 4.4.7), and a warning about a message still queued is a delay whatever code
// it quotes. Used where no delivery-status field says it (RFC 3464 §2.3.3 Action wins).
//
// Checked in this order, the first group that matches decides:
//  1. the MTA says it stopped trying;
//  2. the MTA says it is still trying (its delay-warning templates);
//  3. the MTA says the message could not be delivered (a non-delivery notice).
// The remote server's own words ("try again later" in a quoted reply) are not the MTA's decision
// and are not read here.
import {anchored, testAnchored} from './anchored';

/** The MTA has stopped trying: the notice is final, however temporary the last reply was. */
const GAVE_UP: readonly RegExp[] = [
	// qmail-send.c: "I'm not going to try again; this message has been in the queue too long." and
	// "This is a permanent error; I've given up. Sorry it didn't work out."
	/\bI'm not going to try again\b/i,
	/\bI've given up\b/i,
	// Sendmail savemail.c / Exim deliver.c "retry timeout exceeded"; generic "giving up", "gave up".
	/\b(?:giving up|gave up)\b/i,
	/\bretry timeout exceeded\b/i,
	// Gmail: "Delivery to the following recipient failed permanently".
	/\bfailed permanently\b/i,
	/\bwill not be (?:retried|re-?attempted)\b/i,
	/\bno further (?:delivery )?attempts will be made\b/i,
];

/** The MTA is still trying: a delay warning. */
const STILL_TRYING: readonly RegExp[] = [
	// Postfix conf/bounce.cf.default, delay_template: "THIS IS A WARNING ONLY.  YOU DO NOT NEED TO
	// RESEND YOUR MESSAGE." … "It will be retried until it is N day(s) old."
	/\bTHIS IS A WARNING (?:MESSAGE )?ONLY\b/i,
	/\bwill be retried until\b/i,
	/\bYOU DO NOT NEED TO RESEND YOUR MESSAGE\b/i,
	// Sendmail savemail.c: "Warning: could not send message for past 4 hours" … "Will keep trying
	// until message is 5 days old".
	/\bWarning: could not send message for past\b/i,
	/\b(?:will|I'll) keep (?:on )?trying\b/i,
	// Exim src/deliver.c: "A message that you sent has not yet been delivered to one or more of its
	// recipients after more than … on the queue", "Delay reason:", "No action is required on your part".
	/\bhas not yet been delivered\b/i,
	/(?:^|\s)Delay reason:/,
	/\bNo action is required on your part\b/i,
	// Exchange / Microsoft 365: "Delivery is delayed to these recipients or groups", "hasn't been
	// delivered yet"; Gmail: "Delivery incomplete … Gmail will retry".
	/\bDelivery is delayed to\b/i,
	/\bhasn't been delivered yet\b/i,
	/\bwill retry (?:for|until|in)\b/i,
	/\b(?:is|are) still (?:being )?(?:trying|retried)\b/i,
	/\bstill trying to deliver\b/i,
	/\bhas been postponed\b/i,
	/\bdelivery (?:has been |is )?(?:temporarily )?(?:delayed|deferred)\b/i,
];

/** The notice says the message was not delivered (a non-delivery report). */
const NOT_DELIVERED: readonly RegExp[] = [
	/\b(?:could not|couldn't|cannot|can't|was not|wasn't) be(?:en)? delivered\b/i,
	/\bdelivery (?:has )?failed\b/i,
	/\bundeliverable\b/i,
	/\bdid not reach the following recipient/i,
	/\bpermanent (?:fatal )?error\b/i,
	/\bunable to deliver\b/i,
];

/**
 * A group's patterns as one search per set of flags: an alternation matches wherever one of its
 * patterns does, so testing it says whether any of them matches (none is global, sticky or refers
 * back to a group). Templates wrap their sentences anywhere ("could not\nbe delivered"): each space
 * of a pattern is read as a run of white space, which is what searching the text with its white
 * space folded to single spaces would find (no pattern has a space inside a class or next to
 * another atom that matches white space).
 */
function joined(patterns: readonly RegExp[]): readonly RegExp[] {
	const byFlags = new Map<string, string[]>();
	for (const pattern of patterns) byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source.replace(/ /g, String.raw`\s+`)})`]);
	return [...byFlags].map(([flags, sources]) => anchored(new RegExp(sources.join('|'), flags)));
}

/** The groups as written, in the order they are checked (the tests hold noticeAction to them). */
export const NOTICE_GROUPS: readonly {action: 'failed' | 'delayed'; patterns: readonly RegExp[]}[] = [
	{action: 'failed', patterns: GAVE_UP},
	{action: 'delayed', patterns: STILL_TRYING},
	{action: 'failed', patterns: NOT_DELIVERED},
];

const GROUPS: readonly {action: 'failed' | 'delayed'; patterns: readonly RegExp[]}[] = [
	{action: 'failed', patterns: joined(GAVE_UP)},
	{action: 'delayed', patterns: joined(STILL_TRYING)},
	{action: 'failed', patterns: joined(NOT_DELIVERED)},
];

/**
 * 'failed' or 'delayed' when the notice's own words say so, else undefined. Its first 8,000
 * characters are read; a search the anchor pass rules out (../anchored.ts) is skipped.
 */
export function noticeAction(notice: string): 'failed' | 'delayed' | undefined {
	const head = notice.length > 8000 ? notice.slice(0, 8000) : notice;
	return GROUPS.find(group => group.patterns.some(re => testAnchored(re, head)))?.action;
}
