// Trend Micro InterScan Messaging Security Suite notices: the failed exchange written as the gateway
// saw it, "Sent <<< RCPT TO:<rcpt>" then "Received >>> 550 5.1.1 <rcpt>... user unknown" (the Japanese
// edition puts its own words before " >>> RCPT TO:<…>" and " <<< 550 …"). Per Sisimai
// lib/Sisimai/Lhost/InterScanMSS.pm (v5.1.0p3): the address in either line is the recipient, the
// command is the one sent, the diagnostic is the reply received.
import type {Layout, LayoutHit} from './types';
import {cutOriginal} from './helpers';
import {cleanAddress, fold} from '../text';

// Each line is one of the two directions, each bounded.
const SENT = /^(?:Sent[ \t]+<<<|[^\n]{1,200}?[ \t]>>>)[ \t]+([A-Z]{4})\b[^\n<]{0,40}<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>/;
const RECEIVED = /^(?:Received[ \t]+>>>|[^\n]{1,200}?[ \t]<<<)[ \t]+([2-5]\d\d[ \t-][^\n]{0,1000})$/;

export const interScan: Layout = {
	id: 'interscan',
	detect: {any: [/^Sent[ \t]+<<<[ \t]+[A-Z]{4}\b/m, /^[^\n]{1,200}?[ \t]>>>[ \t]+RCPT TO:/m]},
	parse(text) {
		const hits: LayoutHit[] = [];
		let cur: LayoutHit | undefined;
		for (const line of cutOriginal(text).split('\n')) {
			const sent = SENT.exec(line);
			if (sent) {
				const recipient = cleanAddress(sent[2] ?? '');
				const command = sent[1] ?? '';
				if (!cur || cur.recipient !== recipient || cur.diagnostic) {
					cur = {recipient, diagnostic: '', command: command === 'HELO' ? 'EHLO' : command};
					hits.push(cur);
				}
				continue;
			}
			const got = RECEIVED.exec(line);
			if (got && cur && !cur.diagnostic) cur.diagnostic = fold(got[1] ?? '');
		}
		return hits.filter((h) => h.diagnostic);
	},
};
