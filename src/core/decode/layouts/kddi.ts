// au by KDDI notices: "Your mail sent on: <date>" (or "Your mail attempted to be delivered on:"),
// then per recipient "    Could not be delivered to: <rcpt>" and KDDI's own indented reason, whose
// meanings come from Sisimai lib/Sisimai/Lhost/KDDI.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {cutOriginal, messageTable, tableReason} from './helpers';
import {cleanAddress, fold} from '../text';
import {findCommand} from '../codes';

const HEAD = /^[ \t]{1,8}Could not be delivered to:[ \t]*<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>/;

const KDDI_MESSAGES = messageTable([
	['mailboxfull', ['As their mailbox is full']],
	['norelaying', ['Due to the following SMTP relay error']],
	['hostunknown', ['As the remote domain doesnt exist']],
]);

export const kddi: Layout = {
	id: 'kddi',
	detect: {all: [/^Your mail (?:sent on|attempted to be delivered on):/m, /Could not be delivered to:[ \t]*</]},
	parse(text) {
		const hits: LayoutHit[] = [];
		let cur: LayoutHit | undefined;
		for (const line of cutOriginal(text).split('\n')) {
			const m = HEAD.exec(line);
			if (m) {
				cur = {recipient: cleanAddress(m[1] ?? ''), diagnostic: ''};
				hits.push(cur);
			} else if (cur && /^[ \t]+\S/.test(line)) cur.diagnostic = fold(`${cur.diagnostic} ${line}`);
			else cur = undefined;
		}
		for (const h of hits) {
			h.command = findCommand(h.diagnostic);
			// A refusal at RCPT is the address itself (KDDI.pm); otherwise KDDI's own words decide.
			h.reason = h.command === 'RCPT' ? 'userunknown' : tableReason(KDDI_MESSAGES, h.diagnostic);
		}
		return hits;
	},
};
