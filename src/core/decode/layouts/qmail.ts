// qmail-send bounces ("Hi. This is the qmail-send program at …") and the qmail-derived Yahoo
// notice ("Sorry, we were unable to deliver your message to the following address."): one
// paragraph per recipient headed `<rcpt>:`, the remote reply after "Remote host said:", and
// local errors with the code in parentheses "(#5.1.1)".
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal} from './helpers';
import {fold} from '../text';

const HEAD = /^[ \t]*<([^>\s]{1,320})>:?[ \t]*(.*)$/;

function qmailCommand(text: string): string {
	if (/\[RCPT_TO\]|after RCPT|RCPT TO/i.test(text)) return 'RCPT';
	if (/\[MAIL_FROM\]|after MAIL|MAIL FROM/i.test(text)) return 'MAIL';
	if (/\[DATA\]|after DATA|end of data/i.test(text)) return 'DATA';
	if (/my name was rejected|HELO|EHLO/i.test(text)) return 'EHLO';
	if (/Connected to [^\s]{1,64} but (?:sender|greeting)/i.test(text)) return 'CONN';
	return '';
}

export const qmail: Layout = {
	id: 'qmail',
	detect: (text) =>
		/This is the qmail-send program|I'm afraid I wasn't able to deliver your message|Sorry, we were unable to deliver your message to the following address|Sorry, I wasn't able to establish an SMTP connection|This is a permanent error; I've given up/i.test(text),
	parse(text) {
		const body = cutOriginal(text);
		const delayed = /I'm not going to try again|permanent error/i.test(body) ? false : /will keep trying|not yet been delivered|delayed/i.test(body);
		const hits: LayoutHit[] = [];
		for (const b of addressBlocks(body, HEAD)) {
			const all = blockText(b);
			const said = /Remote host said:[ \t]*/i.exec(all);
			let diagnostic = said ? all.slice(said.index + said[0].length) : all;
			diagnostic = fold(diagnostic.replace(/I'm not going to try again;[^.]{0,200}\./i, '').replace(/Giving up on [0-9.]{7,15}\.?/i, ''));
			const mta = /(?:Connected to|establish an SMTP connection to) ([0-9a-f.:]{3,64}|[A-Za-z0-9.-]{1,255})/i.exec(all);
			hits.push({recipient: b.recipient, diagnostic, command: qmailCommand(all), remoteMta: mta?.[1] ?? '', action: delayed ? 'delayed' : undefined});
		}
		return hits;
	},
};
