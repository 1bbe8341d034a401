// An MTA Sisimai knows as "unknown MTA #6" (lib/Sisimai/Lhost/X6.pm (v5.1.0p3)): "We had trouble
// delivering your message. Full details follow:" then per recipient "SMTP Server <mx> rejected
// recipient <rcpt> (Error following RCPT command). It responded as follows: [550 5.1.1 …]", or
// "The following recipients returned permanent errors: rcpt.".
import type {Layout, LayoutHit} from './types';
import {cleanAddress, fold} from '../text';

const REJECTED = /^SMTP Server <([A-Za-z0-9.-]{1,255})> rejected recipient <([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>[ \t]*(?:\n[ \t]+)?\(Error following ([A-Z]{4}) command\)\.?[ \t]*(?:It responded as follows:[ \t]*\[([^\]\n]{1,1000})\])?/gm;
const PERMANENT = /^The following recipients returned permanent errors:[ \t]*([^\s]{1,256}@[A-Za-z0-9.-]{1,255}?)\.?[ \t]*$/gm;

export const x6: Layout = {
	id: 'x6',
	detect: /^We had trouble delivering your message\. Full details follow:/m,
	parse(text) {
		const hits: LayoutHit[] = [];
		for (const m of text.matchAll(REJECTED)) {
			const cmd = m[3] ?? '';
			hits.push({recipient: cleanAddress(m[2] ?? ''), diagnostic: fold(m[4] ?? m[0]), command: cmd === 'HELO' ? 'EHLO' : cmd, remoteMta: (m[1] ?? '').toLowerCase()});
		}
		for (const m of text.matchAll(PERMANENT)) hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic: fold(m[0])});
		return hits;
	},
};
