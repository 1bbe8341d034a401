// The bar a provider's card is held to (cards.test.ts says it in words): what keeps a rule below it.
import type {ProviderId, ProviderRule, Reason, Receiver} from '../../../src/core/types';

/**
 * The place a provider or list documents for the sender to act, and the reasons whose rules must name
 * it (a rule whose reason is another, or whose sender has nothing to ask there, need not); `codes`
 * narrows it to the rules whose code (status, range or tag) it matches, where the provider documents the
 * place for those codes only.
 */
export const PLACES: Partial<Record<ProviderId, {place: RegExp; reasons: readonly Reason[]; codes?: RegExp}>> = {
	// https://learn.microsoft.com/en-us/defender-office-365/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis
	// (sender.office.com, for 5.7.606-649) and the NDR table (5.7.511: email delist@microsoft.com)
	microsoft: {place: /sender\.office\.com|delist@microsoft\.com/, reasons: ['blocked'], codes: /^5\.7\.(?:606|511)/},
	// Google Postmaster Tools (postmaster.google.com; https://support.google.com/mail/answer/6227055)
	google: {place: /postmaster\.google\.com/, reasons: ['badreputation']},
	// Yahoo Sender Hub (https://senders.yahooinc.com/smtp-error-codes: "submit a Sender Support Request")
	yahoo: {place: /senders\.yahooinc\.com/, reasons: ['badreputation']},
	// The Outlook.com sender support form (olcsupport.office.com), named by sendersupport.olc.protection.outlook.com/pm/;
	// a Spamhaus listing is lifted at Spamhaus instead
	'outlook-com': {place: /olcsupport\.office\.com|check\.spamhaus\.org/, reasons: ['blocked', 'badreputation']},
	// https://check.spamhaus.org/ (the IP and Domain Reputation Checker: lookup, then removal)
	spamhaus: {place: /check\.spamhaus\.org/, reasons: ['blocked', 'spamdetected']},
	// https://www.barracudacentral.org/rbl/removal-request
	barracuda: {place: /barracudacentral\.org\/rbl\/removal-request/, reasons: ['blocked']},
	// https://www.spamcop.net/bl.shtml (listings expire; the lookup shows them)
	spamcop: {place: /spamcop\.net\/bl\.shtml/, reasons: ['blocked']},
	// https://ipcheck.proofpoint.com/ (lookup and request form)
	proofpoint: {place: /ipcheck\.proofpoint\.com/, reasons: ['blocked']},
	// https://csi.cloudmark.com/en/reset/ (IP statistics reset request)
	cloudmark: {place: /csi\.cloudmark\.com/, reasons: ['badreputation']},
	// https://ipremoval.sms.symantec.com (IP address investigation request)
	messagelabs: {place: /ipremoval\.sms\.symantec\.com/, reasons: ['badreputation']},
};

const WORD = /[\p{L}\d][\p{L}\d’'-]{3,}/gu;
const words = (text: string): Set<string> => new Set((text.toLowerCase().match(WORD) ?? []).map(w => w.replace(/[’']s$/, '')));

/** Sentences of a text: abbreviations and dotted names (e.g., sender.office.com, 5.7.1) do not end one. */
export function sentences(text: string): number {
	const plain = text.replace(/\b(?:e\.g|i\.e|etc|vs|approx)\./gi, 'x').replace(/\.(?=\S)/g, '');
	return plain.split(/[.!?](?:\s|$)/).filter(part => part.trim().length > 0).length;
}

/** A rule's code as written: its status (a range by its first code), its tag, or its reply code. */
const code = (rule: ProviderRule): string => (typeof rule.status === 'object' ? rule.status.from : rule.status) ?? rule.tag ?? rule.reply ?? '';

const ACTS = new Set(['sender', 'sender-admin', 'recipient-admin']);

/** What keeps a rule below the bar ([] when it meets it). */
export function shortOf(receiver: Receiver, rule: ProviderRule): string[] {
	const gaps: string[] = [];
	if (sentences(rule.meaning) < 2) gaps.push('meaning: one sentence');
	if (rule.meaning.trim().length < 150) gaps.push('meaning: under 150 characters');
	const title = words(rule.title);
	const fresh = [...words(rule.meaning)].filter(w => !title.has(w));
	if (fresh.length < 8) gaps.push('meaning: restates the title');
	if ((rule.causes ?? []).length < 1) gaps.push('causes: none');
	const needed = rule.whoActs && ACTS.has(rule.whoActs) ? 2 : 1;
	if (rule.fix.length < needed) gaps.push(`fix: fewer than ${needed} steps`);
	if (rule.fix.some(step => step.trim().length < 25)) gaps.push('fix: a step under 25 characters');
	const place = PLACES[receiver.id];
	if (place && place.reasons.includes(rule.reason) && (!place.codes || place.codes.test(code(rule))) && !rule.fix.some(step => place.place.test(step))) gaps.push(`fix: does not name ${place.place.source}`);
	if (!rule.whoActs || !rule.retry || !/^https:\/\//.test(rule.source)) gaps.push('whoActs, retry or source missing');
	return gaps;
}
