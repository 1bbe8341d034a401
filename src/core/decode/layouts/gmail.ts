// Gmail / Google Workspace notices. Old (pre-2016): "Delivery to the following recipient failed
// permanently:" + "Technical details of permanent failure:". New: "** Address not found **",
// "Your message wasn't delivered to X because …", "The response from the remote server was:".
// The same notice in the reader's UI language: its wordings are in localised.ts.
import type {Reason} from '../../types';
import type {Detect, Layout, LayoutHit} from './types';
import {cutOriginal, matchView, messageTable, section, tableReason, wordsPattern} from './helpers';
import {GMAIL_REPLY_LABELS, GMAIL_SENTENCES, GMAIL_TITLES} from './localised';
import {findAddresses, fold} from '../text';

// Old Gmail notices end the quoted reply with "(state N)": the state of Gmail's SMTP client when the
// remote server answered, i.e. the command it had sent. With no specific enhanced code in the reply
// (absent or X.Y.0) the state is the best evidence of the cause: a refusal once DATA was sent is a
// refusal of the message (the recipient was accepted), one at RCPT a refusal of the address.
const GMAIL_STATES: Record<string, {command: string; reason: Reason}> = {
	'6': {command: 'MAIL', reason: 'systemerror'}, // "500 Remote server does not support TLS (state 6)"
	'8': {command: 'AUTH', reason: 'systemerror'}, // "535 SMTP AUTH failed with the remote server (state 8)"
	'9': {command: 'AUTH', reason: 'systemerror'}, // "454 TLS missing certificate … (state 9)"
	'12': {command: 'AUTH', reason: 'norelaying'}, // "500 Remote server does not support SMTP Authenticated Relay (state 12)"
	'13': {command: 'EHLO', reason: 'blocked'}, // "550 5.7.1 <…>... Access denied (state 13)"
	'14': {command: 'RCPT', reason: 'userunknown'}, // "550 5.1.1 <…>... User Unknown (state 14)"
	'15': {command: 'DATA', reason: 'filtered'},
	'17': {command: 'DATA', reason: 'filtered'},
	'18': {command: 'DATA', reason: 'filtered'},
};

// The localised notice: its title (between "** **" on its line in the text part; the heading that
// opens the displayed page), the sentence naming the recipient, the label before the server's reply.
const TITLE_STARRED = new RegExp(String.raw`^[ \t]*\*\*[ \t]{0,2}(${wordsPattern(GMAIL_TITLES)})[ \t]{0,2}\*\*[ \t]*$`, 'im');
const TITLE_FIRST = new RegExp(String.raw`^\s{0,200}(${wordsPattern(GMAIL_TITLES)})[ \t]*\r?(?:\n|$)`, 'i');
const DELAYED_TITLE = new RegExp(String.raw`^(?:${wordsPattern(GMAIL_TITLES.filter((t) => t.delayed))})$`, 'i');
const SENTENCE = new RegExp(String.raw`(?:${wordsPattern(GMAIL_SENTENCES)})\s{0,4}<?([^\s<>@]{1,128}@[^\s<>,;]{1,255})`, 'i');
const LOCAL_LABEL = String.raw`^[ \t]*(?:${wordsPattern(GMAIL_REPLY_LABELS)})[ \t]{0,3}[:：]`;
const LOCAL_LABEL_LINE = new RegExp(LOCAL_LABEL, 'im');
const REPLY_LABEL = new RegExp(String.raw`(?:The error that the other server returned was|The response from the remote server was|The response was|The remote server (?:returned|said)):?[ \t]*\n?|${LOCAL_LABEL}[ \t]*\n?`, 'im');
// A line that starts with a reply code: the server's reply when the label's wording is not known.
const REPLY_LINE = /^[ \t]*[245]\d\d[ -][^\n]{0,1500}(?:\n[ \t]*[^\s][^\n]{0,1500}){0,5}/m;

/** The localised notice: its title line, or the sentence naming the recipient with the reply label. */
const LOCAL_NOTICE: Detect = {any: [TITLE_STARRED, TITLE_FIRST, {all: [LOCAL_LABEL_LINE, SENTENCE]}]};

/** The localised title: on a "** **" line, or as the first line of the text. A title quoted inside a person's message is neither. */
function findTitle(text: string): RegExpExecArray | null {
	return TITLE_STARRED.exec(text) ?? TITLE_FIRST.exec(text);
}

/** The first paragraph after the localised title: the sentence that names the recipient, whatever its wording. */
function paragraphAfter(body: string, title: RegExpExecArray): string {
	const rest = body.slice(title.index + title[0].length).replace(/^\s+/, '');
	const end = rest.search(/\n[ \t\r]*\n/);
	return (end < 0 ? rest : rest.slice(0, end)).slice(0, 1500);
}

// Gmail's own texts for a delivery it could not make (no remote reply), per Sisimai
// lib/Sisimai/Lhost/Gmail.pm (v5.1.0p3): its DNS and connection failures.
const GMAIL_MESSAGES = messageTable([
	['expired', ['DNS Error: Could not contact DNS servers', 'The recipient server did not accept our requests to connect']],
	['hostunknown', ['DNS Error: Domain name not found', 'DNS Error: DNS server returned answer with no data']],
]);

export const gmail: Layout = {
	id: 'gmail',
	detect: {
		any: [
			/Delivery to the following recipients? (?:failed permanently|has been delayed)|Technical details of (?:permanent|temporary) failure|\*\* ?(?:Address not found|Message not delivered|Delivery incomplete|Message blocked|Message too large|Delivery failed) ?\*\*|Your message wasn't delivered to|There was a temporary problem delivering your message to/i,
			{view: LOCAL_NOTICE},
		],
	},
	parse(text) {
		const body = cutOriginal(matchView(text));
		const title = findTitle(body);
		const delayed = /has been delayed|Delivery incomplete|temporary problem|will retry|THIS IS A WARNING/i.test(body) || (title !== null && DELAYED_TITLE.test(title[1] ?? ''));
		let recipients: string[] = [];
		const old = section(body, /Delivery to the following recipients? (?:failed permanently|has been delayed):?/i, /Technical details|^[ \t]*(?:-{3,}|={5,})/im);
		if (old) recipients = findAddresses(old);
		if (!recipients.length) {
			const m = /(?:wasn't delivered to|delivering your message to|problem delivering your message to)[ \t\n]+(\S{1,320}@\S{1,255})/i.exec(body);
			if (m) recipients = findAddresses(m[1] ?? '');
		}
		const sentence = recipients.length ? null : SENTENCE.exec(body);
		if (sentence) recipients = findAddresses(sentence[1] ?? '');
		// A localised sentence whose wording is not in the table: the paragraph under the title names the recipient.
		const paragraph = !recipients.length && title ? paragraphAfter(body, title) : '';
		if (paragraph && !REPLY_LINE.test(paragraph)) recipients = findAddresses(paragraph).slice(0, 1);
		const response = section(body, REPLY_LABEL).replace(/^\s+/, '');
		const end = response.search(/\n[ \t]*\n|^-{3,}|Learn more/im);
		let diagnostic = (end < 0 ? response : response.slice(0, end)) || section(body, /Technical details(?: of (?:permanent|temporary) failure)?:/i, /^[ \t]*(?:-{3,}|={5,})/m);
		// A localised notice whose reply label is not in the table: the first line that starts with a reply code.
		if (!diagnostic.trim() && (title || sentence)) diagnostic = REPLY_LINE.exec(body.slice((sentence ?? title)?.index ?? 0))?.[0] ?? '';
		if (!diagnostic.trim()) {
			const m = /(?:Your message wasn't delivered|There was a temporary problem)[^\n]{0,400}(?:\n[^\n]{1,400}){0,3}/i.exec(body);
			diagnostic = m?.[0] ?? '';
		}
		if (!diagnostic.trim() && (sentence || title)) diagnostic = (sentence ? sentence.input.slice(sentence.index, sentence.index + 800).split(/\n[ \t]*\n/, 1)[0] : paragraph) ?? '';
		// The same wording from another MTA (Sisimai lib/Sisimai/Lhost/X3.pm (v5.1.0p3)) writes its technical
		// details as "SMTP:RCPT host 192.0.2.8: 553 5.3.0 …": the command, the host, then the reply.
		const x3 = /^[ \t]*SMTP:([A-Za-z]{4})[ \t]+host[ \t]+([^\s:]{1,255}):[ \t]*([^\n]{1,1000})/m.exec(diagnostic);
		if (x3) {
			const cmd = (x3[1] ?? '').toUpperCase();
			return recipients.map((recipient): LayoutHit => ({recipient, diagnostic: fold(x3[3] ?? ''), command: cmd === 'HELO' ? 'EHLO' : cmd, remoteMta: x3[2] ?? '', action: delayed ? 'delayed' : undefined}));
		}
		const specific = /(?<![\w.])[245]\.\d{1,3}\.[1-9]\d{0,2}(?![\w.])/.test(diagnostic);
		const state = specific ? undefined : GMAIL_STATES[/\(state (\d{1,2})\)\.?[ \t]*$/m.exec(diagnostic)?.[1] ?? ''];
		if (!state) {
			const reason = tableReason(GMAIL_MESSAGES, diagnostic) ?? (delayed && /Delivery to the following recipient has been delayed/i.test(body) ? 'expired' : undefined);
			if (reason) return recipients.map((recipient): LayoutHit => ({recipient, diagnostic: fold(diagnostic), action: delayed ? 'delayed' : undefined, reason}));
		}
		return recipients.map((recipient): LayoutHit => ({recipient, diagnostic: fold(diagnostic), action: delayed ? 'delayed' : undefined, ...(state ? {command: state.command, reason: state.reason} : {})}));
	},
};
