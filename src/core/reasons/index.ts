// The reasons in precedence order, and the classifier. Order matters: the first reason whose
// phrases occur in the server's words wins, so specific wordings come before generic ones
// (a "mailbox size limit exceeded" is mailboxfull, not mesgtoobig; an RBL hit naming "spam" is
// blocked, not spamdetected). Registration is explicit: add a file, then place it here.
import type {Reason} from '../types';
import type {ReasonRule, ReplyFacts} from './types';
import {buildPhraseIndex} from './phrase-index';
import {needsLetter} from '../needs-letter';
import {emailScope} from '../email-scope';
import {foldSpaces} from '../fold-spaces';
import type {PhraseIndex} from './phrase-index';
import {authFailure} from './auth-failure';
import {badReputation} from './bad-reputation';
import {blocked} from './blocked';
import {contentError} from './content-error';
import {exceedLimit} from './exceed-limit';
import {expired} from './expired';
import {filtered} from './filtered';
import {hasMoved} from './has-moved';
import {hostUnknown} from './host-unknown';
import {mailboxFull} from './mailbox-full';
import {mailerError} from './mailer-error';
import {mesgTooBig} from './mesg-too-big';
import {networkError} from './network-error';
import {noRelaying} from './no-relaying';
import {notAccept} from './not-accept';
import {notCompliantRfc} from './not-compliant-rfc';
import {policyViolation} from './policy-violation';
import {rejected} from './rejected';
import {requirePtr} from './require-ptr';
import {securityError} from './security-error';
import {spamDetected} from './spam-detected';
import {speeding} from './speeding';
import {suspend} from './suspend';
import {syntaxError} from './syntax-error';
import {systemError} from './system-error';
import {systemFull} from './system-full';
import {tooManyConn} from './too-many-conn';
import {userUnknown} from './user-unknown';
import {virusDetected} from './virus-detected';

export type {ReasonRule} from './types';

/** Phrase precedence, most specific first. */
export const REASON_RULES: readonly ReasonRule[] = [
	hasMoved,
	mailboxFull,
	exceedLimit,
	mesgTooBig,
	authFailure,
	requirePtr,
	badReputation,
	speeding,
	suspend,
	rejected,
	userUnknown,
	notAccept,
	networkError,
	hostUnknown,
	noRelaying,
	virusDetected,
	blocked,
	spamDetected,
	tooManyConn,
	securityError,
	notCompliantRfc,
	policyViolation,
	contentError,
	filtered,
	syntaxError,
	mailerError,
	systemFull,
	expired,
	systemError,
];

/** Detail numbers of the corpus's internal codes for reasons without a rule file. */
const OTHER_PSEUDO: Partial<Record<Reason, string>> = {onhold: '901', undefined: '900'};

export interface ReasonInput {
	status?: string;
	replyCode?: string;
	/** The remote server's words (folded). */
	diagnostic?: string;
	/** Secondary words (the notice's own text around the reply), read only when the diagnostic says nothing. */
	context?: string;
	command?: string;
	action?: string;
	/** RFC 3464 §2.3.6 diagnostic type: `smtp`, `x-unix` (a local program), `x-postfix` … */
	diagnosticType?: string;
	/** The reason of a provider rule (receivers/) whose phrase or tag matched the reply, if any. */
	providerReason?: Reason;
	/** The provider of that rule is a receiving provider whose reading of its own reply decides (Receiver.decides). */
	providerDecides?: boolean;
}

// Compiled on first use: the same answer as trying each rule's phrases in precedence order.
let phraseIndex: PhraseIndex | undefined;
// Words without an ASCII letter (a bare `550`, `5.7.57`) can only hold the phrases that need none
// (needs-letter.ts: `5.7.57`, Japanese wordings): those few are tried in precedence
// order, which gives the index's answer without building it.
let letterless: {rule: number; phrase: string | RegExp}[] | undefined;

function firstLetterless(text: string): number {
	letterless ??= REASON_RULES.flatMap((rule, index) => rule.phrases.filter(phrase => !needsLetter(phrase)).map(phrase => ({rule: index, phrase})));
	for (const {rule, phrase} of letterless) if (typeof phrase === 'string' ? text.includes(phrase) : phrase.test(text)) return rule;
	return -1;
}

// The last few texts classified in this email (email-scope.ts): the classifier asks about the same
// words more than once per recipient, and a message often repeats one diagnostic for several recipients.
const recent = new Map<string, Reason | undefined>();
const RECENT_MAX = 64;
let recentScope = -1;

/** The reason whose phrases occur in the text, in precedence order, or undefined. */
export function reasonFromText(text: string): Reason | undefined {
	if (recentScope !== emailScope()) {
		recent.clear();
		recentScope = emailScope();
	}
	if (recent.has(text)) return recent.get(text);
	const reason = classifyWords(text);
	if (recent.size >= RECENT_MAX) recent.clear();
	recent.set(text, reason);
	return reason;
}

function classifyWords(text: string): Reason | undefined {
	// Drop the reply-code prefixes of joined multi-line replies ("550-5.7.1 … 550 5.7.1 …", RFC 5321
	// §4.2.1) so that phrases cut by them still match.
	const t = foldSpaces(text.toLowerCase().replace(/(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?/g, ' ')).trim();
	if (!t) return undefined;
	if (!/[a-z]/.test(t)) return REASON_RULES[firstLetterless(t)]?.id;
	phraseIndex ??= buildPhraseIndex(REASON_RULES);
	return REASON_RULES[phraseIndex.firstRule(t)]?.id;
}

/** The reason an enhanced code names on its own (RFC 3463 subject/detail), or undefined. */
export function reasonFromStatus(status: string): Reason | undefined {
	if (!status) return undefined;
	for (const rule of REASON_RULES) if (rule.statuses?.includes(status)) return rule.id;
	const [, subject, detail] = status.split('.');
	// RFC 3463 §3.5: X.4.x network and routing; X.4.4 "unable to route" (no MX / no A).
	if (subject === '4' && detail === '4') return 'hostunknown';
	if (subject === '4' && (detail === '1' || detail === '2')) return 'networkerror';
	return undefined;
}

const RULE_OF = new Map<Reason, ReasonRule>(REASON_RULES.map((rule) => [rule.id, rule]));

/**
 * The reason the words gave, qualified by the documented exceptions of that reason (its rule's
 * `exceptions`: the SMTP stage it was said at, the code it came with — RFC 5321 §3.3, RFC 3463).
 */
function qualify(reason: Reason, facts: ReplyFacts): Reason {
	for (const exception of RULE_OF.get(reason)?.exceptions ?? []) if (exception.applies(facts)) return exception.reason;
	return reason;
}

// "<status> - <wrapper words> <reply>-'<remote words>" (Amazon SES) and "… -> <reply> <remote words>"
// (Exchange, Office 365): the reply of the remote server nested inside the relaying MTA's report.
const NESTED = /^[245]\.\d{1,3}\.\d{1,3} - [^']{0,200}?[245]\d\d[ -]'|->[ \t]*(?=[245]\d\d\b)/;

/** The remote server's words when the diagnostic nests its reply inside the relay's own, else ''. */
export function innerReply(diagnostic: string): string {
	const m = NESTED.exec(diagnostic);
	return m ? diagnostic.slice(m.index + m[0].length) : '';
}

/**
 * Decide the reason from the status, the reply code and the diagnostic text. The text wins where a
 * server miscategorises ("mailbox full" under 5.1.1, "user unknown" under 5.0.0).
 */
export function classifyReason(input: ReasonInput): Reason {
	const status = input.status ?? '';
	const action = (input.action ?? '').toLowerCase();
	if (action === 'delivered' || action === 'relayed' || action === 'expanded' || status.startsWith('2.')) return 'delivered';
	const command = (input.command ?? '').toUpperCase();
	const diagnostic = input.diagnostic ?? '';
	// The server's words first, then its code, then the notice's surrounding words.
	// A relaying MTA that wraps the remote reply in its own words (Amazon SES "5.1.0 - Unknown address
	// error 550-'5.7.1 … Access denied'", Exchange "Remote server returned … -> 550 …"): the remote
	// server's own words say what happened; the wrapper's are its guess.
	const inner = innerReply(diagnostic);
	const words = inner || diagnostic;
	let fromText = reasonFromText(words);
	// The wrapper's words (and the notice's own) only when the codes say nothing.
	if (!fromText && !reasonFromStatus(status) && !(inner && status)) fromText = reasonFromText(inner ? `${diagnostic} ${input.context ?? ''}` : (input.context ?? ''));
	// RFC 3464 §2.3.6 "x-unix": a local delivery program answered, not an SMTP server. So did Postfix's
	// pipe(8) when its report quotes "Command output:" — a connection failure in those words is the
	// program's own trouble reaching its helper (a daemon socket), not a remote server's refusal.
	const diagnosticType = input.diagnosticType ?? '';
	const localProgram = /^x-unix$/i.test(diagnosticType) || (/^x-postfix$/i.test(diagnosticType) && /\bcommand output:/i.test(diagnostic));
	if (localProgram && (!fromText || fromText === 'systemerror' || fromText === 'expired' || fromText === 'blocked' || fromText === 'networkerror')) return 'mailererror';
	// A delay report (RFC 3464 Action: delayed) with no remote reply, no words and only an "other or
	// undefined" code (X.N.0): nothing has failed yet, the message is waiting in the queue.
	if (!fromText && action === 'delayed' && !input.replyCode && /^4\.\d\.0$/.test(status)) return 'expired';
	// A provider's documented reading of its own reply (receivers/: Gmail's "likely unsolicited mail …
	// has been blocked" is its spam verdict) is more precise than a generic refusal word in it, and than
	// the bare code when no word names a reason (a greylisting reply, Postfix's "Error:
	// too much mail from", Exim's "an MX or SRV record indicated no SMTP service"); for a provider whose
	// table decides (Receiver.decides, as Sisimai's Rhost tables do), over any words.
	if (input.providerReason && (input.providerDecides || !fromText || fromText === 'blocked' || fromText === 'rejected') && input.providerReason !== fromText) return input.providerReason;
	// The reason's own documented exceptions (its rule file): the stage and the code qualify the words.
	if (fromText) return qualify(fromText, {command, status, words, text: reasonFromText(words) ? words : `${diagnostic} ${input.context ?? ''}`, providerReason: input.providerReason});
	fromText = reasonFromStatus(status);
	if (fromText) return fromText;
	// The SMTP stage narrows it down when the words do not (RFC 5321 §3.3: MAIL names the sender).
	if (command === 'MAIL') return 'rejected';
	if (command === 'CONN' || command === 'HELO' || command === 'EHLO') return 'blocked';
	// RFC 3463 §3.8 / §3.7: the subject of a code the table does not name still says its kind —
	// X.7.x "Security or policy status", X.6.x "Message content or media status". It is more
	// precise than the bare reply code (a 551 with 5.7.1 is a refusal, not "user not local").
	if (/^[45]\.7\./.test(status)) return 'securityerror';
	if (/^[45]\.6\./.test(status)) return 'contenterror';
	const reply = input.replyCode ?? '';
	if (reply === '552' || reply === '452') return 'mailboxfull';
	if (reply === '551') return 'hasmoved';
	if (reply === '556' || reply === '521') return 'notaccept';
	// RFC 4954 / RFC 5248: 538 "Encryption required for requested authentication mechanism", 523
	// "Encryption Needed" (X.7.10), 524; a refusal of STARTTLS itself. Sisimai reads them the same way.
	if (reply === '523' || reply === '524' || reply === '538' || command === 'STARTTLS') return 'securityerror';
	// 525 with X.7.13 "User Account Disabled" (RFC 3463 registry): Sisimai's Suspend reads the bare 525.
	if (reply === '525') return 'suspend';
	// RFC 5321 §4.2.2: 500–504 are syntax and sequence errors (command unrecognised, bad parameters, not
	// implemented, bad sequence); Sisimai's SyntaxError takes 501–507 and 401–407 the same way.
	if (/^(?:50[0-7]|40[1-7])$/.test(reply)) return 'syntaxerror';
	if (action === 'delayed') return 'expired';
	return 'onhold';
}

/** The internal code `C.0.9NN` the corpus assigns to a reason when the bounce has no usable code. */
export function pseudoStatus(reason: Reason, temporary: boolean): string {
	const rule = REASON_RULES.find((r) => r.id === reason);
	const detail = rule?.pseudo ?? OTHER_PSEUDO[reason];
	if (!detail) return '';
	return `${temporary ? '4' : '5'}.0.${detail}`;
}

/** Whether a status is of the internal form `C.0.9NN` that pseudoStatus makes: no server wrote it. */
export const isPseudoStatus = (status: string): boolean => /^[45]\.0\.9\d\d$/.test(status);

/** Hard bounce per the corpus definition: the address itself is bad, retrying can never work. */
export function isHardBounce(reason: Reason, status: string, replyCode: string): boolean {
	if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved') return true;
	if (reason === 'notaccept') return status.startsWith('5') || (!status && replyCode.startsWith('5'));
	return false;
}
