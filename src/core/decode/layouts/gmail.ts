// Gmail / Google Workspace notices. Old (pre-2016): "Delivery to the following recipient failed
// permanently:" + "Technical details of permanent failure:". New: "** Address not found **",
// "Your message wasn't delivered to X because …", "The response from the remote server was:".
import type {Reason} from '../../types';
import type {Layout, LayoutHit} from './types';
import {cutOriginal, section} from './helpers';
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

export const gmail: Layout = {
	id: 'gmail',
	detect: (text) =>
		/Delivery to the following recipients? (?:failed permanently|has been delayed)|Technical details of (?:permanent|temporary) failure|\*\* ?(?:Address not found|Message not delivered|Delivery incomplete|Message blocked|Message too large|Delivery failed) ?\*\*|Your message wasn't delivered to|There was a temporary problem delivering your message to/i.test(
			text,
		),
	parse(text) {
		const body = cutOriginal(text);
		const delayed = /has been delayed|Delivery incomplete|temporary problem|will retry|THIS IS A WARNING/i.test(body);
		let recipients: string[] = [];
		const old = section(body, /Delivery to the following recipients? (?:failed permanently|has been delayed):?/i, /Technical details|^[ \t]*(?:-{3,}|={5,})/im);
		if (old) recipients = findAddresses(old);
		if (!recipients.length) {
			const m = /(?:wasn't delivered to|delivering your message to|problem delivering your message to)[ \t\n]+(\S{1,320}@\S{1,255})/i.exec(body);
			if (m) recipients = findAddresses(m[1] ?? '');
		}
		const response = section(body, /(?:The error that the other server returned was|The response from the remote server was|The response was|The remote server (?:returned|said)):?[ \t]*\n?/i).replace(/^\s+/, '');
		const end = response.search(/\n[ \t]*\n|^-{3,}|Learn more/im);
		let diagnostic = (end < 0 ? response : response.slice(0, end)) || section(body, /Technical details(?: of (?:permanent|temporary) failure)?:/i, /^[ \t]*(?:-{3,}|={5,})/m);
		if (!diagnostic.trim()) {
			const m = /(?:Your message wasn't delivered|There was a temporary problem)[^\n]{0,400}(?:\n[^\n]{1,400}){0,3}/i.exec(body);
			diagnostic = m?.[0] ?? '';
		}
		const specific = /(?<![\w.])[245]\.\d{1,3}\.[1-9]\d{0,2}(?![\w.])/.test(diagnostic);
		const state = specific ? undefined : GMAIL_STATES[/\(state (\d{1,2})\)\.?[ \t]*$/m.exec(diagnostic)?.[1] ?? ''];
		return recipients.map((recipient): LayoutHit => ({recipient, diagnostic: fold(diagnostic), action: delayed ? 'delayed' : undefined, ...(state ? {command: state.command, reason: state.reason} : {})}));
	},
};
