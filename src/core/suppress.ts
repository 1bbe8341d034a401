// Which recipients of a report to take off a mailing list — one rule for the CLI's --summary and the
// popup's "Copy addresses to suppress": a valid address whose delivery failed for good (the verdict's
// outcome "failed") with a hard bounce (the address is wrong or gone). Mailing it again fails the
// same way and costs the sender's reputation. Soft bounces (a full mailbox, a block on the sending
// side, a delay) are not on it: the same address can work tomorrow.
import {validAddress} from './address';
import type {BounceKind, BounceReport, RecipientResult} from './types';
import {outcomeOf} from './verdict';

/** The address with its domain in lower case (a local part may be case-sensitive, RFC 5321 §2.4). */
export function normalisedAddress(address: string): string {
	const at = address.lastIndexOf('@');
	return address.slice(0, at + 1) + address.slice(at + 1).toLowerCase();
}

/** The recipient's address to suppress, normalised, or undefined when it is not one to suppress. */
export function suppressible(r: RecipientResult, kind: BounceKind): string | undefined {
	const address = validAddress(r.recipient);
	return address && r.hardBounce && outcomeOf(r, kind) === 'failed' ? normalisedAddress(address) : undefined;
}

/** The report's addresses to suppress, each once, in the report's order. */
export function addressesToSuppress(report: Pick<BounceReport, 'kind' | 'recipients'>): string[] {
	const out = new Set<string>();
	for (const r of report.recipients) {
		const address = suppressible(r, report.kind);
		if (address) out.add(address);
	}
	return [...out];
}

// Feedback types that are a complaint about the message by the person it reached (RFC 5965 §7.3:
// abuse, unsolicited mail; fraud, phishing). The others are no one's complaint: an authentication
// failure report (RFC 6591), a "not spam" verdict (RFC 6430), a virus report, "other".
const COMPLAINTS: ReadonlySet<string> = new Set(['abuse', 'fraud']);

/**
 * The address that complained, normalised, when the report is a complaint (a feedback report of
 * type abuse or fraud; undefined otherwise). Not a bounce and not on the list to suppress, yet
 * mailing a complainant again is what costs a sender's reputation most: Gmail's and Yahoo's sender
 * requirements hold senders to their complaint rate. --summary lists these apart.
 */
export function complainant(r: RecipientResult, kind: BounceKind): string | undefined {
	if (kind !== 'feedback' || r.reason !== 'feedback' || !COMPLAINTS.has(r.feedbackType ?? 'abuse')) return undefined;
	const address = validAddress(r.recipient);
	return address ? normalisedAddress(address) : undefined;
}
