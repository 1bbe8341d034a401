// OpenSMTPD / DragonFly dma style: a list of "rcpt: error" lines after a fixed introduction
// ("An error has occurred while attempting to deliver a message for the following list of
// recipients:" / "Delivery to the following recipients failed permanently:"), and Courier's
// `<rcpt>:` paragraphs with the SMTP transcript ("<<< 550 …").
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal, messageTable, section, tableReason} from './helpers';
import {fold} from '../text';

const LINE = /^[ \t]*<?([^\s<>:]{1,256}@[A-Za-z0-9.-]{1,255})>?:[ \t]*(.*)$/;

function transcriptCommand(text: string): string {
	const m = />>> ([A-Za-z]{4})/i.exec(text);
	const c = (m?.[1] ?? '').toUpperCase();
	return c === 'HELO' ? 'EHLO' : c;
}

// Courier's own texts for a domain it could not reach (courier/module.esmtp/esmtpclient.c) and what
// each means, per Sisimai lib/Sisimai/Lhost/Courier.pm (v5.1.0p3).
const COURIER_MESSAGES = messageTable([
	['hostunknown', ['No such domain.']],
	['systemerror', ["This domain's DNS violates RFC 1035."]],
	['networkerror', ['DNS lookup failed.']],
]);

export const openSmtpd: Layout = {
	id: 'opensmtpd',
	detect: /following list of recipients|This is the MAILER-DAEMON, please DO NOT REPLY|running the Courier mail server|This is the DragonFly Mail Agent|dma\b[^\n]{0,40}failed|Your message to the following recipients cannot be delivered|An error has occurred while attempting to deliver|cannot be delivered to the following recipients/i,
	parse(text) {
		let body = cutOriginal(text);
		const after = section(body, /(?:following list of recipients|the following recipients cannot be delivered|Delivery to the following recipients failed[^\n]*|cannot be delivered to the following recipients)[:.]?/i);
		if (after) body = after;
		const hits: LayoutHit[] = [];
		const courier = /running the Courier mail server/i.test(text);
		// OpenSMTPD's warning notice (smtpd/bounce.c notice_warning): still queued, not failed.
		const delayed = /A message is delayed for more than [^\n]{1,40} for the following|this is only a temporary failure report/i.test(text);
		for (const b of addressBlocks(body, LINE)) {
			const all = blockText(b);
			const reply = /<<<[ \t]*([^\n]*)/.exec([b.head, ...b.lines].join('\n'));
			const diagnostic = reply ? fold([b.head, ...b.lines].filter((l) => l.trim().startsWith('<<<') || l === b.head).join(' ').replace(/<<<\s*/g, '')) : all;
			hits.push({recipient: b.recipient, diagnostic: diagnostic || all, command: transcriptCommand(all), reason: courier ? tableReason(COURIER_MESSAGES, all) : undefined, action: delayed ? 'delayed' : undefined});
		}
		return hits;
	},
};
