// One message → per-recipient results. Evidence comes from three places, in order of trust:
// the RFC 3464 delivery-status fields, the human-readable layout of the text body, and the
// X-Failed-Recipients header (Exim, Gmail). The reason is classified from all the words found.
import type {Reason, RecipientResult} from '../types';
import {classifyReason, isHardBounce, pseudoStatus} from '../reasons';
import {findCommand, findReply, findStatuses, labelledCommand, pairedReply} from './codes';
import {hasDsnFields, parseDsn} from './dsn';
import type {DsnRecipient} from './dsn';
import {parseLayouts} from './layouts';
import type {LayoutHit} from './layouts';
import {header} from './message';
import type {MimeMessage} from './message';
import {autoReplyResult, feedbackResults, isAutoReply, isFeedback, textAutoReply, textFeedback} from './notbounce';
import {recipientProvider} from './provider';
import {providerCodeReason} from './provider-codes';
import {detectProviders, findProviderRule} from '../receivers';
import {carrierReason} from '../receivers/carriers';
import {clip, findAddresses, fold} from './text';
import {asRecipient} from '../address';
import {noticeAction} from './finality';
import {anchored, mayMatch} from './anchored';
import {cutOriginal, matchView, tableReason, wordsPattern} from './layouts/helpers';
import {errorText} from './layouts/generic';
import {withoutSenderProbe} from './sender-probe';
import {EXCHANGE_SUBJECTS} from './layouts/localised';

interface Evidence {
	recipient: string;
	dsn?: DsnRecipient;
	hit?: LayoutHit;
	/** The command the notice names in a field of its own, for every recipient of the message. */
	noticeCommand?: string;
	/** Final or delayed, as the notice's own words say (finality.ts). */
	noticeAction?: 'failed' | 'delayed';
}

/** The diagnostic with generic DSN prefixes removed ("smtp; " is the type, already split off). */
function cleanDiagnostic(text: string): string {
	return fold(text.replace(/^(?:smtp|x-[a-z-]{1,30});\s*/i, ''));
}

// PowerMTA's documented bounce categories (X-PowerMTA-BounceCategory, PowerMTA user guide,
// "bounce categories"): the sending MTA has already read the reply, and says which kind it was.
const CATEGORIES: Record<string, Reason> = {
	'bad-mailbox': 'userunknown',
	'bad-domain': 'hostunknown',
	'inactive-mailbox': 'suspend',
	'quota-issues': 'mailboxfull',
	'message-expired': 'expired',
	'no-answer-from-host': 'expired',
	'bad-connection': 'networkerror',
	'routing-errors': 'systemerror',
	'spam-related': 'spamdetected',
	'virus-related': 'virusdetected',
	'content-related': 'contenterror',
	'policy-related': 'policyviolation',
	'relaying-issues': 'norelaying',
	'invalid-sender': 'rejected',
};

// How a layout's table reason meets the classifier's (fromLayout in buildResult): Sisimai's "retry"
// reasons only say where or how it ended, not why, and give way to a first-rank reason the reply's own
// words state, as Sisimai lib/Sisimai/Reason.pm (v5.1.0p3) does (its first class order); CLASS_ONLY
// are the classifier's readings of a code by its class alone.
const RETRIED: ReadonlySet<Reason> = new Set<Reason>(['undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'suspend', 'networkerror', 'hostunknown', 'userunknown']);
const CLASS_ONLY: ReadonlySet<Reason> = new Set<Reason>(['onhold', 'undefined', 'securityerror', 'contenterror']);
const FIRST_RANK: ReadonlySet<Reason> = new Set<Reason>(['mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'userunknown', 'filtered', 'rejected', 'hostunknown', 'spamdetected', 'speeding', 'toomanyconn', 'blocked']);

function categoryReason(category: string | undefined): Reason | undefined {
	return category ? CATEGORIES[category] : undefined;
}

function lastStatus(text: string): string {
	return findStatuses(text).at(-1) ?? '';
}

function remoteMtaOf(e: Evidence): string {
	return (e.dsn?.remoteMta || e.hit?.remoteMta || '').toLowerCase().replace(/\.$/, '');
}

function buildResult(e: Evidence): RecipientResult {
	let dsnDiag = cleanDiagnostic(e.dsn?.diagnostic ?? '');
	const hitDiag = cleanDiagnostic(e.hit?.diagnostic ?? '');
	// Some MTAs put only the first line of a multi-line reply in Diagnostic-Code; the text has it all.
	if (dsnDiag && hitDiag.length > dsnDiag.length && hitDiag.length < dsnDiag.length + 600 && hitDiag.startsWith(dsnDiag.slice(0, 40))) dsnDiag = hitDiag;
	const diagnostic = dsnDiag || hitDiag;
	const both = dsnDiag && hitDiag && !dsnDiag.includes(hitDiag) ? `${dsnDiag} ${hitDiag}` : diagnostic;
	// A refusal of the sender's address after a verification probe is read without the probe's reply
	// about the sender that it quotes (sender-probe.ts); any other diagnostic is read as it is.
	const said = withoutSenderProbe(diagnostic);
	const saidBoth = said === diagnostic ? both : withoutSenderProbe(both);
	let action = e.dsn?.action || e.hit?.action || '';
	// The remote server's own code beats the reporting MTA's summary in the Status field: MTAs
	// often write a generic or different code there (RFC 3464 §2.3.4 lets them). The last code in
	// the words is the innermost reply when replies are nested ("… <421 4.4.2 …>", SES "5.1.0 - … 550-'5.7.1").
	const fieldStatus = e.dsn?.status || e.hit?.status || '';
	let status = lastStatus(said) || fieldStatus || lastStatus(saidBoth);
	const replyCode = findReply(said, status[0]) || pairedReply(said, status) || findReply(saidBoth, status[0]);
	const command = e.hit?.command || findCommand(both) || e.noticeCommand || '';
	// No delivery-status field and no layout says it: the notice's own words (a delay warning, or an
	// MTA that gave up), then the code class. A delay warning never turns a permanent reply into one.
	const permanent = status.startsWith('5') || (!status && replyCode.startsWith('5'));
	if (!action && e.noticeAction && !(e.noticeAction === 'delayed' && permanent)) action = e.noticeAction;
	if (!action) action = status.startsWith('4') || (!status && replyCode.startsWith('4')) ? 'delayed' : status.startsWith('2') ? 'delivered' : 'failed';
	// The receivers the reply's words and the remote host name, found once for the provider rule, the
	// carrier rules and the recipient's provider.
	const remoteMta = e.dsn?.remoteMta || e.hit?.remoteMta || '';
	const host = remoteMtaOf(e);
	const hostFound = host ? detectProviders(host) : undefined;
	const words = detectProviders(said);
	// A provider rule that recognises this reply by its documented wording or tag (not by the code alone).
	const found = findProviderRule({reply: replyCode || undefined, status: status || undefined, text: said, detected: words});
	const rule = found?.rule;
	const providerReason = rule && (rule.phrase || rule.tag) ? rule.reason : undefined;
	const layoutReason = e.hit?.reason ?? (e.hit?.table ? tableReason(e.hit.table, said) : undefined);
	// Asked at most once: the layout's reading and the final fallback both need it.
	let classifiedOnce: Reason | undefined;
	const classified = (): Reason => (classifiedOnce ??= classifyReason({status, replyCode, diagnostic: said, context: dsnDiag ? (said === diagnostic ? hitDiag : withoutSenderProbe(hitDiag)) : '', command, action, diagnosticType: e.dsn?.diagnosticType || e.hit?.diagnosticType || '', providerReason, providerDecides: Boolean(providerReason && found?.receiver.decides)}));
	// The reason a layout's own table gives (its MTA's documented meaning of its own words). A receiving
	// provider's documented reading of the reply comes first. A table reason that only says where or how
	// it ended (a system or network error, an expired queue, an unknown user or host) gives way to a
	// specific status code the classifier reads more precisely than by its class, and to a first-rank
	// reason the reply's words state; any other stands (Sisimai lib/Sisimai/Reason.pm (v5.1.0p3)).
	const fromLayout = (): Reason | undefined => {
		if (!layoutReason || providerReason) return undefined;
		if (!RETRIED.has(layoutReason)) return layoutReason;
		// A specific code the classifier reads only by its class (X.7.n security, X.6.n content, or
		// nothing) leaves the MTA's own table the better reading.
		if (/^[245]\.\d{1,3}\.[1-9]\d{0,2}$/.test(status)) return CLASS_ONLY.has(classified()) ? layoutReason : undefined;
		const c = classified();
		return FIRST_RANK.has(c) ? c : layoutReason;
	};
	let reason = categoryReason(e.dsn?.category) ?? providerCodeReason(said) ?? fromLayout() ?? classified();
	// A receiving carrier's own meaning of a generic wording (receivers/carriers.ts), under the
	// conditions its document states (SMTP command, DSN Status).
	reason = carrierReason({reason, command, dsnStatus: e.dsn?.status || e.hit?.dsnStatus || '', remoteMta: host, recipient: e.recipient, diagnostic: said, detected: {words, host: hostFound}}) ?? reason;
	if (!status && reason !== 'delivered') {
		const temporary = replyCode ? replyCode.startsWith('4') : action === 'delayed';
		status = pseudoStatus(reason, temporary);
	}
	const result: RecipientResult = {
		recipient: e.recipient,
		status,
		replyCode,
		reason,
		hardBounce: isHardBounce(reason, status, replyCode),
		action,
		diagnostic: clip(diagnostic),
		command,
		remoteMta,
	};
	// The receiving side (decode/provider.ts): its host, the recipient's domain, the reply's words.
	const provider = recipientProvider(remoteMta, said, e.recipient, {host: remoteMta === host ? hostFound : undefined, words});
	if (provider) result.provider = provider;
	return result;
}

/** Per-recipient results of one parsed message. */
export function assemble(msg: MimeMessage): RecipientResult[] {
	if (isFeedback(msg)) return feedbackResults(msg);
	// Broken MIME (a boundary that never occurs) leaves no parts: read the raw body as text.
	const text = /\S/.test(msg.text) ? msg.text : msg.body;
	const dsnTexts = msg.dsn.length ? msg.dsn : hasDsnFields(text) ? [text] : hasDsnFields(msg.body, false) ? [msg.body] : [];
	// Plain loops: this runs once per email of a bulk run.
	const dsnRcpts: DsnRecipient[] = [];
	for (const dsnText of dsnTexts) for (const r of parseDsn(dsnText).recipients) dsnRcpts.push(r);
	const {hits} = parseLayouts(text);
	const evidence: Evidence[] = [];
	const byAddress = new Map<string, Evidence>();
	const add = (raw: string): Evidence => {
		const recipient = asRecipient(raw);
		let e = byAddress.get(recipient);
		if (!e) {
			// Every field in one literal, in one order: one object shape for buildResult to read.
			e = {recipient, dsn: undefined, hit: undefined, noticeCommand: undefined, noticeAction: undefined};
			byAddress.set(recipient, e);
			evidence.push(e);
		}
		return e;
	};
	// Sun/Oracle Messaging Server and PMDF list "Recipient address: <routed form>" and then
	// "Original address: <as the sender wrote it>": the sender's address is the one to report.
	const originals = new Set(mayMatch(ORIGINAL_ADDRESS, text) ? [...text.matchAll(ORIGINAL_ADDRESS)].map((m) => (m[1] ?? '').toLowerCase()) : []);
	for (const d of dsnRcpts) {
		const preferred = d.originalRecipient && originals.has(d.originalRecipient) ? d.originalRecipient : d.finalRecipient;
		// A Final-Recipient that is not an address (a sentence, a link) gives way to the Original-Recipient.
		const e = add(asRecipient(preferred) ? preferred : d.originalRecipient);
		if (!e.dsn) e.dsn = d;
	}
	// The notice is addressed to the sender of the returned message: an address of its own To: that a
	// layout found in the wording ("Sorry alice@example.org. Your mail to …", "an email alice@… addressed
	// to …") is the sender, never a failed recipient. Delivery-status fields are not second-guessed.
	const sender = new Set(findAddresses(header(msg.headers, 'to')));
	for (const h of hits) {
		h.recipient = asRecipient(h.recipient);
		if (h.recipient && sender.has(h.recipient)) h.recipient = '';
		// A notice that names no recipient: the returned message's To: (a single address) is the one.
		if (!h.recipient && !dsnRcpts.length) {
			const to = findAddresses(/^To:[^\n]*(?:\n[ \t][^\n]*)*/im.exec(text.slice(cutOriginal(text).length))?.[0] ?? msg.original.match(/^To:[^\n]*(?:\n[ \t][^\n]*)*/im)?.[0] ?? '');
			if (to.length === 1) h.recipient = to[0] ?? '';
		}
		const match = byAddress.get(h.recipient) ?? (dsnRcpts.length === 1 && hits.length === 1 ? evidence[0] : undefined);
		if (match) {
			if (!match.hit) match.hit = h;
		} else if (!dsnRcpts.length) add(h.recipient).hit = h;
	}
	if (!evidence.length) {
		const failed = findAddresses(header(msg.headers, 'x-failed-recipients'));
		const cut = cutOriginal(text);
		if (failed.length || looksLikeBounce(msg) || noticeLike(cut)) {
			if (!failed.length) {
				const to = findAddresses(msg.original.match(/^To:[^\n]*(?:\n[ \t][^\n]*)*/im)?.[0] ?? '');
				failed.push(to[0] ?? findAddresses(cut).find((a) => !sender.has(a)) ?? '');
			}
			const body = fold(cutOriginal(text)).slice(0, 4000);
			for (const r of new Set(failed)) add(r).hit = {recipient: r, diagnostic: errorText(cutOriginal(text)) || body};
		}
	}
	const noticeCommand = labelledCommand(cutOriginal(text));
	const finality = noticeAction(cutOriginal(text));
	for (const e of evidence) {
		if (noticeCommand) e.noticeCommand = noticeCommand;
		if (finality) e.noticeAction = finality;
	}
	if (!evidence.length && isAutoReply(msg)) return [autoReplyResult(msg)];
	if (!evidence.length && !msg.headers.length) {
		const other = textFeedback(text);
		return other.length ? other : textAutoReply(text);
	}
	return evidence.map(buildResult);
}

// "  Original address: user@example.com" in a Messaging Server / PMDF notice.
const ORIGINAL_ADDRESS = anchored(/^[ \t]{0,8}Original address:[ \t]{0,8}<?([^\s<>@]{1,254}@[^\s<>]{1,254}?)>?[ \t]*$/gim);

// Wording that only a non-delivery notice uses (the first lines of MTA and webmail notices).
const BOUNCE_TEXT =
	/\b(?:could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|undeliverable|undelivered|delivery (?:has )?failed|delivery to the following recipients? failed|failed to deliver|unable to deliver|not able to be\s+delivered|permanent (?:fatal )?error|delivery status notification|mail delivery (?:failed|subsystem|system)|returned mail|non-?delivery|message not delivered|address not found|could not deliver|was unable to deliver|rejected your message)\b/i;

/**
 * Displayed text that reads like a non-delivery notice of an unknown layout: the wording near the
 * top, and either a code in the text or the wording as its first line. A person writing "my mail
 * was undelivered" in a conversation is not a bounce.
 */
function noticeLike(text: string): boolean {
	const top = text.slice(0, 800);
	if (!BOUNCE_TEXT.test(top)) return false;
	const firstLine = text.trim().split('\n', 1)[0] ?? '';
	return BOUNCE_TEXT.test(firstLine) || NOTICE_MARK.test(top) || findStatuses(text).length > 0 || /(?<![\w.])[45]\d\d[ -][^\n]{0,200}(?:user|mailbox|recipient|address|host|domain|relay|denied|rejected|blocked)/i.test(text);
}

// Subjects of Microsoft notices in the reader's language ("Unzustellbar: …"), at the start of the subject.
const LOCALISED_SUBJECT = new RegExp(String.raw`^\s{0,3}(?:${wordsPattern(EXCHANGE_SUBJECTS)})[ \t]{0,3}:`, 'i');

// Words of a machine-written notice (as opposed to a person's message).
const NOTICE_MARK =
	/\b(?:automatically (?:generated|created)|created automatically|mailer-daemon|mail delivery (?:system|subsystem)|the following (?:recipients?|address(?:es|\(es\))?)\b|intended recipients?|did not receive this message)/i;

/** Headers or wording that only a non-delivery report has. */
function looksLikeBounce(msg: MimeMessage): boolean {
	const from = header(msg.headers, 'from');
	const subject = header(msg.headers, 'subject');
	if (/mailer-daemon|postmaster|mail delivery|mail administrator/i.test(from)) return true;
	if (/undeliver|undelivered|delivery (?:status|failure|failed|notification)|returned mail|non-?delivery|failure notice|mail delivery failed|could not be delivered|delivery has failed|rejected/i.test(subject)) return true;
	if (LOCALISED_SUBJECT.test(matchView(subject))) return true;
	return /report-type="?delivery-status/i.test(header(msg.headers, 'content-type'));
}

