// BounceReport → the verdict banner’s lines (built in the worker, shown by the content script), one per failed recipient:
// "Permanent failure for a@b.example — the address does not exist (550 5.1.1). Remove it from your list."
import {REASON_RULES} from '../core/reasons';
import type {BounceReport, Reason, RecipientResult} from '../core/types';

export type VerdictTone = 'permanent' | 'transient';

export interface VerdictLine {
	tone: VerdictTone;
	text: string;
}

const SPECIAL: Partial<Record<Reason, string>> = {
	expired: 'the sending server gave up after retrying',
	onhold: 'the reason could not be determined',
	undefined: 'the reason could not be determined',
};

/** What to do, by reason: one short sentence. */
const ADVICE: Partial<Record<Reason, string>> = {
	userunknown: 'Remove it from your list.',
	hostunknown: 'Check the domain for typos, or remove the address from your list.',
	hasmoved: 'Update the address to the new one the bounce gives.',
	suspend: 'Remove it from your list, or reach the person another way.',
	mailboxfull: 'Try again later, or reach the person another way.',
	mesgtoobig: 'Send smaller attachments, or share a link instead.',
	exceedlimit: 'Send to fewer recipients per message.',
	authfailure: 'Fix SPF, DKIM and DMARC for your sending domain, then resend.',
	requireptr: 'Ask your mail admin to set reverse DNS for the sending IP.',
	badreputation: 'Ask your mail admin to check the sending IP and domain reputation.',
	blocked: 'Ask your mail admin to get the sending IP delisted.',
	spamdetected: 'Review the content and links, then resend.',
	virusdetected: 'Remove the infected attachment, then resend.',
	speeding: 'Slow down: the server will accept mail again later.',
	toomanyconn: 'Slow down: the server will accept mail again later.',
	norelaying: 'Check the recipient address and your outgoing server settings.',
	rejected: 'Check the sender address and your domain’s DNS.',
	policyviolation: 'The recipient’s policy refused it: contact them another way.',
	filtered: 'The recipient’s filters refused it: contact them another way.',
	notaccept: 'This domain accepts no mail: remove the address from your list.',
	securityerror: 'Ask your mail admin to check TLS and authentication.',
	contenterror: 'Resend in a standard format (no unusual encoding).',
	notcompliantrfc: 'Resend in a standard format (check the headers).',
	expired: 'Check the address, then resend later.',
	networkerror: 'Nothing to do yet: it is usually temporary.',
	systemerror: 'Nothing to do yet: the receiving system failed.',
	systemfull: 'Try again later.',
};

function what(reason: Reason): string {
	const title = SPECIAL[reason] ?? REASON_RULES.find(rule => rule.id === reason)?.title;
	return title ? title.replace(/^./, c => c.toLowerCase()) : 'delivery failed';
}

/** A 5xx failed for good this time (even when, like a full mailbox, it may work later); a 4xx is retried. */
function isTransient(r: RecipientResult, report: BounceReport): boolean {
	if (r.hardBounce || r.status.startsWith('5') || r.replyCode.startsWith('5')) return false;
	return report.kind === 'delay' || r.action === 'delayed' || r.status.startsWith('4') || r.replyCode.startsWith('4');
}

function label(r: RecipientResult, report: BounceReport): string {
	if (report.kind === 'delay' || r.action === 'delayed') return 'Delivery delayed';
	if (!isTransient(r, report)) return r.hardBounce || r.status || r.replyCode ? 'Permanent failure' : 'Failure';
	return 'Temporary failure';
}

/** The banner's lines, or none when the report is not a bounce or a delay. */
export function verdictLines(report: BounceReport): VerdictLine[] {
	if (report.kind !== 'bounce' && report.kind !== 'delay') return [];
	const failed = report.recipients.filter(r => r.reason !== 'delivered' && r.reason !== 'feedback' && r.reason !== 'vacation');
	return failed.map(r => {
		const transient = isTransient(r, report);
		const codes = [r.replyCode, r.status].filter(Boolean).join(' ');
		const who = r.recipient ? ` for ${r.recipient}` : '';
		const advice = transient && report.kind === 'delay'
			? 'The sending server keeps retrying.'
			: ADVICE[r.reason] ?? (transient ? 'The sending server retries by itself.' : 'Check the address and the reason before resending.');
		return {
			tone: transient ? 'transient' : 'permanent',
			text: `${label(r, report)}${who} — ${what(r.reason)}${codes ? ` (${codes})` : ''}. ${advice}`,
		};
	});
}
