// SendGrid notices: "This is an automatically generated message from SendGrid.", then per recipient
// "sender:id:<rcpt> : client-ip : mx.example:[ip] :" with the reply on the indented line below,
// ending in the command it answered ("… User Unknown  in RCPT TO", "in End of DATA"). Per Sisimai
// lib/Sisimai/Lhost/SendGrid.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {cutOriginal} from './helpers';
import {cleanAddress, fold} from '../text';

const HEAD = /^[^\n<]{0,300}<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>[ \t]*:[ \t]*[0-9A-Fa-f.:]{2,64}[ \t]*:[ \t]*([A-Za-z0-9.-]{1,255}):\[[^\]\n]{1,64}\][ \t]*:?[ \t]*$/;

function sendgridCommand(reply: string): string {
	const c = (/\bin (?:End of )?(RCPT|MAIL|DATA|HELO|EHLO)\b/i.exec(reply)?.[1] ?? '').toUpperCase();
	return c === 'HELO' ? 'EHLO' : c;
}

export const sendGrid: Layout = {
	id: 'sendgrid',
	detect: /^This is an automatically generated message from SendGrid\.?[ \t]*$/m,
	parse(text) {
		const hits: LayoutHit[] = [];
		let cur: LayoutHit | undefined;
		for (const line of cutOriginal(text).split('\n')) {
			const m = HEAD.exec(line);
			if (m) {
				cur = {recipient: cleanAddress(m[1] ?? ''), diagnostic: '', remoteMta: (m[2] ?? '').toLowerCase()};
				hits.push(cur);
			} else if (cur && /^[ \t]+\S/.test(line)) cur.diagnostic = fold(`${cur.diagnostic} ${line}`);
			else cur = undefined;
		}
		for (const h of hits) {
			h.command = sendgridCommand(h.diagnostic);
			// The command it answered is SendGrid's note, not the remote server's words.
			h.diagnostic = fold(h.diagnostic.replace(/[ \t]+in (?:End of )?(?:RCPT TO|MAIL FROM|DATA|RCPT|MAIL|HELO|EHLO)[ \t]*$/i, ''));
		}
		return hits;
	},
};
