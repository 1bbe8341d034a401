// au (KDDI) EZweb Mail notices: a first line that states the recipient's account condition
// ("The user(s) account is disabled.", "… is temporarily over quota.", "… is temporarily limited."),
// then one "<rcpt>: 550 user unknown (in reply to RCPT TO command)" line per recipient. The
// statement is the carrier's own verdict on the account; the quoted reply is often a generic one,
// so the statement leads the diagnostic.
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal} from './helpers';
import {postfixCommand} from './postfix';
import {fold} from '../text';

const STATEMENT = /^[ \t]*(The user\(s\) account is (?:disabled|temporarily over quota|temporarily limited)\.)[ \t]*$/im;
const HEAD = /^[ \t]{0,8}<([^\s<>]{1,256}@[A-Za-z0-9.-]{1,255})>[ \t]*:?[ \t]*(.*)$/;

export const ezweb: Layout = {
	id: 'ezweb',
	detect: STATEMENT,
	parse(text) {
		const body = cutOriginal(text);
		const statement = STATEMENT.exec(body)?.[1] ?? '';
		const hits: LayoutHit[] = [];
		for (const b of addressBlocks(body, HEAD)) {
			const reply = blockText(b);
			hits.push({recipient: b.recipient, diagnostic: fold(`${statement} ${reply.replace(/\(in reply to [^)]{1,40}\)/i, '')}`), command: postfixCommand(reply)});
		}
		return hits;
	},
};
