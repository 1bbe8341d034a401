// Sun Java System / Oracle Communications Messaging Server (and PMDF) notices: "Your message cannot be
// delivered to the following recipients:" then per recipient indented fields "Recipient address:",
// "Original address:", "Reason:", "Diagnostic code: smtp;550 …", "Remote system: dns;host (TCP|…)".
// Per Sisimai lib/Sisimai/Lhost/MessagingServer.pm (v5.1.0p3): the diagnostic code is the remote
// server's reply; the Reason line is the server's own summary, used when there is no reply.
import type {Layout, LayoutHit} from './types';
import {cutOriginal} from './helpers';
import {cleanAddress, fold} from '../text';

const FIELD = /^[ \t]{1,8}(Recipient address|Original address|Reason|Diagnostic code|Remote system):[ \t]*([^\n]{0,2000})$/i;

export const messagingServer: Layout = {
	id: 'messaging-server',
	detect: {all: [/^[ \t]{1,8}Recipient address:[ \t]*\S/m, /^[ \t]{1,8}(?:Reason|Diagnostic code):/m]},
	parse(text) {
		const hits: (LayoutHit & {why?: string})[] = [];
		let cur: (LayoutHit & {why?: string}) | undefined;
		for (const line of cutOriginal(text).split('\n')) {
			const m = FIELD.exec(line);
			if (!m) continue;
			const name = (m[1] ?? '').toLowerCase();
			const value = (m[2] ?? '').trim();
			if (name === 'recipient address') {
				cur = {recipient: cleanAddress(value.replace(/^@[^:\s]{1,255}:/, '')), diagnostic: ''};
				hits.push(cur);
			} else if (!cur) continue;
			// The address as the sender wrote it, where the server rewrote it.
			else if (name === 'original address' && value.includes('@')) cur.recipient = cleanAddress(value);
			else if (name === 'reason') cur.why = value;
			else if (name === 'diagnostic code') cur.diagnostic = fold(value.replace(/^[A-Za-z-]{1,20};[ \t]*/, ''));
			else if (name === 'remote system') cur.remoteMta = (/^dns;[ \t]*([A-Za-z0-9.-]{1,255})/i.exec(value)?.[1] ?? '').toLowerCase();
		}
		return hits.map(({why, ...h}): LayoutHit => ({...h, diagnostic: h.diagnostic || fold(why ?? '')}));
	},
};
