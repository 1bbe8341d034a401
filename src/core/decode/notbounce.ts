// Messages that are not bounces: ARF feedback reports (RFC 5965) and automatic replies
// (RFC 3834). Bounces are auto-generated too, so these checks run only when no failed
// recipient was found.
import type {RecipientResult} from '../types';
import {header} from './message';
import type {MimeMessage} from './message';
import {findAddresses, fold} from './text';

function field(block: string, name: string): string[] {
	const out: string[] = [];
	const re = new RegExp(`^${name}[ \\t]*:[ \\t]*(.*)$`, 'gim');
	for (const m of block.matchAll(re)) out.push((m[1] ?? '').trim());
	return out;
}

/** True for an RFC 5965 report (multipart/report; report-type=feedback-report). */
export function isFeedback(msg: MimeMessage): boolean {
	if (msg.feedback || /report-type="?feedback-report/i.test(header(msg.headers, 'content-type'))) return true;
	// Microsoft's JMRP complaints are not ARF: "complaint about message from <IP>" with the message attached.
	return /^complaint about message from /i.test(header(msg.headers, 'subject').trim()) || /^X-HmXmrOriginalRecipient:/im.test(msg.original);
}

/** One `feedback` result per reported recipient (RFC 5965 §3.2 Original-Rcpt-To, else the original To:). */
export function feedbackResults(msg: MimeMessage): RecipientResult[] {
	const report = msg.feedback || msg.text;
	const type = (field(report, 'Feedback-Type')[0] ?? 'abuse').toLowerCase().split(/[\s;]/)[0] ?? 'abuse';
	let rcpts = field(report, 'Original-Rcpt-To').flatMap((v) => findAddresses(v));
	if (!rcpts.length) rcpts = field(report, 'Removal-Recipient').flatMap((v) => findAddresses(v));
	if (!rcpts.length) rcpts = field(msg.original, 'X-HmXmrOriginalRecipient').flatMap((v) => findAddresses(v));
	if (!rcpts.length) rcpts = field(msg.original, 'To').flatMap((v) => findAddresses(v)).slice(0, 1);
	if (!rcpts.length) rcpts = [''];
	return [...new Set(rcpts)].map((recipient) => ({
		recipient,
		status: '',
		replyCode: '',
		reason: 'feedback',
		hardBounce: false,
		action: '',
		diagnostic: '',
		command: '',
		remoteMta: '',
		feedbackType: type,
	}));
}

const VACATION_SUBJECT = /\b(?:out of (?:the )?office|auto(?:matic)?[ -]?(?:reply|response|answer)|autoreply|vacation|away from (?:my|the) (?:desk|office)|on leave|abwesenheit|absence|congés|fuera de la oficina|不在)/i;

/** RFC 3834 §5 Auto-Submitted: auto-replied, vacation-style headers, or an out-of-office subject. */
export function isAutoReply(msg: MimeMessage): boolean {
	const h = msg.headers;
	const subject = header(h, 'subject');
	const from = header(h, 'from');
	if (/mailer-daemon|postmaster|mail delivery/i.test(from)) return false;
	if (/undeliver|delivery status|failure|returned mail|non-?delivery|failed/i.test(subject)) return false;
	if (header(h, 'x-autoreply') || header(h, 'x-autorespond') || /auto.?reply|vacation/i.test(header(h, 'x-mailer'))) return true;
	if (/^auto-replied/i.test(header(h, 'auto-submitted'))) return true;
	if (/^auto_reply$/i.test(header(h, 'precedence')) || /^oof$/i.test(header(h, 'x-auto-response-suppress'))) return true;
	return VACATION_SUBJECT.test(subject);
}

export function autoReplyResult(msg: MimeMessage): RecipientResult {
	const recipient = findAddresses(header(msg.headers, 'from'))[0] ?? '';
	return {
		recipient,
		status: '',
		replyCode: '',
		reason: 'vacation',
		hardBounce: false,
		action: '',
		diagnostic: msg.text.trim().split('\n').slice(0, 3).join(' ').slice(0, 300),
		command: '',
		remoteMta: '',
	};
}

// Displayed text has no headers: recognise the human part of an ARF report (RFC 5965 §3.1 asks
// for a human-readable first part; providers write "This is an email abuse report …").
const FEEDBACK_TEXT = /\b(?:(?:e-?mail )?(?:abuse|feedback|spam|fraud|complaint) report for|this is an? [^\n]{0,40}(?:abuse|feedback|spam|fraud) report|feedback[- ]loop report|abuse complaint|complaint about (?:a )?message from)\b/i;

export function textFeedback(text: string): RecipientResult[] {
	if (!FEEDBACK_TEXT.test(text.slice(0, 3000))) return [];
	const type = /\bdmarc\b|\bdkim\b|\bspf\b|authentication fail/i.test(text.slice(0, 3000)) ? 'auth-failure' : 'abuse';
	const rcpt = /^(?:Original-Rcpt-To|Removal-Recipient)[ \t]*:[ \t]*(\S+)/im.exec(text);
	return [{recipient: findAddresses(rcpt?.[1] ?? '')[0] ?? '', status: '', replyCode: '', reason: 'feedback', hardBounce: false, action: '', diagnostic: '', command: '', remoteMta: '', feedbackType: type}];
}

// Out-of-office wording (RFC 3834 replies carry it in the body, which is all a webmail shows).
const AWAY_TEXT =
	/\b(?:out of (?:the )?office|on (?:annual )?(?:vacation|holiday|leave)|currently (?:away|out)|i am away|i'm away|away from (?:the|my) (?:office|desk)|limited access to (?:e-?mail|my e-?mail)|will respond (?:to you |to your (?:e-?mail|message) )?(?:upon|on|when) my return|until my return|auto(?:matic)?[- ]?reply|will be traveling|will be out)\b/i;

export function textAutoReply(text: string): RecipientResult[] {
	if (!AWAY_TEXT.test(text.slice(0, 3000))) return [];
	return [{recipient: '', status: '', replyCode: '', reason: 'vacation', hardBounce: false, action: '', diagnostic: fold(text.slice(0, 300)), command: '', remoteMta: ''}];
}
